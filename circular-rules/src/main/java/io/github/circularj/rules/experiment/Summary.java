package io.github.circularj.rules.experiment;

import java.util.Objects;

/**
 * The summary of an experiment: statistics of the baseline scores, the variant scores and the deltas,
 * and the counts per band on each side.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param baselineScores the statistics of the scores under the baseline pack
 * @param variantScores the statistics of the scores under the variant pack
 * @param deltas the statistics of the per-subject deltas (variant minus baseline)
 * @param baselineBands the counts per band under the baseline pack
 * @param variantBands the counts per band under the variant pack
 */
public record Summary(Statistics baselineScores, Statistics variantScores, Statistics deltas,
        BandCounts baselineBands, BandCounts variantBands) {

    /**
     * Validates the summary.
     *
     * @param baselineScores the baseline statistics, not null
     * @param variantScores the variant statistics, not null
     * @param deltas the delta statistics, not null
     * @param baselineBands the baseline band counts, not null
     * @param variantBands the variant band counts, not null
     * @throws IllegalArgumentException if the parts count different numbers of subjects
     */
    public Summary {
        Objects.requireNonNull(baselineScores, "baselineScores");
        Objects.requireNonNull(variantScores, "variantScores");
        Objects.requireNonNull(deltas, "deltas");
        Objects.requireNonNull(baselineBands, "baselineBands");
        Objects.requireNonNull(variantBands, "variantBands");
        int n = baselineScores.count();
        if (variantScores.count() != n || deltas.count() != n || baselineBands.total() != n || variantBands.total() != n) {
            throw new IllegalArgumentException("summary parts count different numbers of subjects: baseline scores "
                    + n + ", variant scores " + variantScores.count() + ", deltas " + deltas.count()
                    + ", baseline bands " + baselineBands.total() + ", variant bands " + variantBands.total()
                    + "; they must agree");
        }
    }

    /**
     * Returns how many subjects are summarised.
     *
     * @return the population size
     */
    public int count() {
        return baselineScores.count();
    }

    /**
     * Returns the summary as text on one line.
     *
     * @return the summary as text
     */
    @Override
    public String toString() {
        return "baseline " + baselineScores + " [" + baselineBands + "]; variant " + variantScores + " ["
                + variantBands + "]; delta " + deltas;
    }
}
