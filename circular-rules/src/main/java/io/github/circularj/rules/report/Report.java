package io.github.circularj.rules.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Something that can be written in every {@link ReportFormat}: a {@link ScorecardReport}, an
 * {@link OverviewReport}, an {@link ExperimentReport} or a {@link SensitivityReport}.
 *
 * <p>Rendering is deterministic: equal reports give byte-identical output in every format, whatever the
 * thread that renders them.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Report permits ScorecardReport, OverviewReport, ExperimentReport,
        SensitivityReport {

    /**
     * Returns the options the report is written with.
     *
     * @return the options
     */
    ReportOptions options();

    /**
     * Writes the report to an appendable, such as a {@link java.io.Writer} that encodes UTF-8.
     *
     * @param format the format, not null
     * @param out where to write, not null
     * @throws IOException if the appendable throws it
     */
    void writeTo(ReportFormat format, Appendable out) throws IOException;

    /**
     * Writes the report to a string.
     *
     * @param format the format, not null
     * @return the report text
     */
    default String render(ReportFormat format) {
        StringBuilder out = new StringBuilder();
        try {
            writeTo(format, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not throw", e);
        }
        return out.toString();
    }
}
