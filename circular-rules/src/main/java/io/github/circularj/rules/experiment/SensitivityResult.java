package io.github.circularj.rules.experiment;

import io.github.circularj.rules.RulePack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link Sensitivity} sweep: the population under the pack as given, and one
 * {@link SensitivityRow} per value of the swept parameter, in the order the values were given.
 *
 * <p>Like an {@link ExperimentResult}, it does not depend on the order of the population or the number
 * of threads. An empty population gives rows of count 0 with empty statistics.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SensitivityResult {

    private final RulePack<?, ?> pack;
    private final String parameter;
    private final LocalDate asOf;
    private final Statistics baselineScores;
    private final BandCounts baselineBands;
    private final List<SensitivityRow> rows;

    SensitivityResult(RulePack<?, ?> pack, String parameter, LocalDate asOf, Statistics baselineScores,
            BandCounts baselineBands, List<SensitivityRow> rows) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.parameter = Objects.requireNonNull(parameter, "parameter");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.baselineScores = Objects.requireNonNull(baselineScores, "baselineScores");
        this.baselineBands = Objects.requireNonNull(baselineBands, "baselineBands");
        this.rows = List.copyOf(rows);
    }

    /**
     * Returns the pack as given, from which every row's pack was derived.
     *
     * @return the pack
     */
    public RulePack<?, ?> pack() {
        return pack;
    }

    /**
     * Returns what was swept, e.g. {@code "target of DATA-ERASURE"} or {@code "weight of criterion \"Data
     * protection\""}.
     *
     * @return the parameter's description
     */
    public String parameter() {
        return parameter;
    }

    /**
     * Returns the date every pack judged as of.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns how many subjects were scored.
     *
     * @return the population size
     */
    public int populationSize() {
        return baselineScores.count();
    }

    /**
     * Returns the statistics of the scores under the pack as given.
     *
     * @return the statistics
     */
    public Statistics baselineScores() {
        return baselineScores;
    }

    /**
     * Returns the counts per band under the pack as given.
     *
     * @return the counts
     */
    public BandCounts baselineBands() {
        return baselineBands;
    }

    /**
     * Returns one row per swept value, in the order the values were given.
     *
     * @return the rows, unmodifiable, not empty
     */
    public List<SensitivityRow> rows() {
        return rows;
    }

    /**
     * Returns the result as text: a headline, then one line per row.
     *
     * @return the result as text
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Sensitivity of " + pack.id() + " " + pack.version() + " to the "
                + parameter + " as of " + asOf + " over " + populationSize()
                + (populationSize() == 1 ? " subject" : " subjects") + "; as given: " + baselineScores + " ["
                + baselineBands + "]");
        for (SensitivityRow row : rows) {
            out.append('\n').append("  ").append(row);
        }
        return out.toString();
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
