package io.github.circularj.rules.report;

import io.github.circularj.rules.experiment.SensitivityResult;
import java.io.IOException;
import java.util.Objects;

/**
 * A report of a sensitivity sweep ({@link SensitivityResult}): the population under the pack as given,
 * then one row per swept value with score and delta statistics, counts per band and how many subjects
 * changed band; in HTML also a line chart of the mean score and the band counts against the value.
 *
 * <p>Rows keep the order the values were swept in; the chart plots them by value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SensitivityReport implements Report {

    private final SensitivityResult result;
    private final ReportOptions options;

    private SensitivityReport(SensitivityResult result, ReportOptions options) {
        this.result = Objects.requireNonNull(result, "result");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Obtains a report of a sweep with the default options.
     *
     * @param result the sweep's result, not null
     * @return the report
     */
    public static SensitivityReport of(SensitivityResult result) {
        return new SensitivityReport(result, ReportOptions.defaults());
    }

    /**
     * Obtains a report of a sweep.
     *
     * @param result the sweep's result, not null
     * @param options the options, not null
     * @return the report
     */
    public static SensitivityReport of(SensitivityResult result, ReportOptions options) {
        return new SensitivityReport(result, options);
    }

    /**
     * Returns the sweep's result.
     *
     * @return the result
     */
    public SensitivityResult result() {
        return result;
    }

    @Override
    public ReportOptions options() {
        return options;
    }

    /**
     * Returns the heading: the options' title, or else {@code "Sensitivity of <pack id> <version> to <parameter>"}.
     *
     * @return the title
     */
    public String title() {
        return options.title().orElse("Sensitivity of " + result.pack().id() + " " + result.pack().version() + " to "
                + result.parameter());
    }

    @Override
    public void writeTo(ReportFormat format, Appendable out) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        format.renderer().sensitivity(this, out);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SensitivityReport r && result.equals(r.result) && options.equals(r.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, options);
    }

    /**
     * Returns the title and the number of swept values.
     *
     * @return the report as short text
     */
    @Override
    public String toString() {
        return "SensitivityReport[" + title() + ": " + result.rows().size() + " values]";
    }
}
