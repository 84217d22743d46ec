package io.github.circularj.rules;

/**
 * The lowest scores, out of 100, that earn each band above {@link Band#NON_COMPLIANT}.
 *
 * <p>The defaults are 90, 75 and 60. A score equal to a threshold earns that band.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param exemplary the lowest score that is {@link Band#EXEMPLARY}
 * @param compliant the lowest score that is {@link Band#COMPLIANT}
 * @param needsImprovement the lowest score that is {@link Band#NEEDS_IMPROVEMENT}
 */
public record BandThresholds(double exemplary, double compliant, double needsImprovement) {

    /** Exemplary from 90, compliant from 75, needs improvement from 60. */
    public static final BandThresholds DEFAULT = new BandThresholds(90, 75, 60);

    /**
     * Validates the thresholds.
     *
     * @param exemplary the exemplary threshold, in [0, 100]
     * @param compliant the compliant threshold, in [0, 100], below {@code exemplary}
     * @param needsImprovement the needs-improvement threshold, in [0, 100], below {@code compliant}
     * @throws IllegalArgumentException if a threshold is outside [0, 100] or they are not strictly descending
     */
    public BandThresholds {
        check("exemplary", exemplary);
        check("compliant", compliant);
        check("needsImprovement", needsImprovement);
        if (!(exemplary > compliant && compliant > needsImprovement)) {
            throw new IllegalArgumentException("band thresholds exemplary \"" + Unit.plain(exemplary) + "\", compliant \""
                    + Unit.plain(compliant) + "\", needsImprovement \"" + Unit.plain(needsImprovement)
                    + "\" are out of order; they must be strictly descending");
        }
    }

    private static void check(String name, double value) {
        if (!(value >= 0.0 && value <= 100.0)) {
            throw new IllegalArgumentException("band threshold " + name + " \"" + value + "\" is outside [0, 100]");
        }
    }

    /**
     * Returns the band a score earns.
     *
     * @param score the score in [0, 100]
     * @return the band
     */
    public Band band(double score) {
        if (score >= exemplary) {
            return Band.EXEMPLARY;
        }
        if (score >= compliant) {
            return Band.COMPLIANT;
        }
        if (score >= needsImprovement) {
            return Band.NEEDS_IMPROVEMENT;
        }
        return Band.NON_COMPLIANT;
    }
}
