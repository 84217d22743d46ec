package io.github.circularj.rules.experiment;

import io.github.circularj.rules.Band;
import java.util.Objects;

/**
 * How many subjects earned each band.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param exemplary how many are {@link Band#EXEMPLARY}, not negative
 * @param compliant how many are {@link Band#COMPLIANT}, not negative
 * @param needsImprovement how many are {@link Band#NEEDS_IMPROVEMENT}, not negative
 * @param nonCompliant how many are {@link Band#NON_COMPLIANT}, not negative
 * @param notRated how many are {@link Band#NOT_RATED}, not negative
 */
public record BandCounts(int exemplary, int compliant, int needsImprovement, int nonCompliant, int notRated) {

    /**
     * Validates the counts.
     *
     * @param exemplary the exemplary count, not negative
     * @param compliant the compliant count, not negative
     * @param needsImprovement the needs-improvement count, not negative
     * @param nonCompliant the non-compliant count, not negative
     * @param notRated the not-rated count, not negative
     * @throws IllegalArgumentException if a count is negative
     */
    public BandCounts {
        check("exemplary", exemplary);
        check("compliant", compliant);
        check("needsImprovement", needsImprovement);
        check("nonCompliant", nonCompliant);
        check("notRated", notRated);
    }

    private static void check(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("band count " + name + " \"" + value + "\" is negative; a count is never negative");
        }
    }

    /**
     * Counts the bands of a list, in any order.
     *
     * @param bands the bands, not null
     * @return the counts
     */
    public static BandCounts of(Iterable<Band> bands) {
        Objects.requireNonNull(bands, "bands");
        int[] n = new int[Band.values().length];
        for (Band band : bands) {
            n[Objects.requireNonNull(band, "band").ordinal()]++;
        }
        return new BandCounts(n[0], n[1], n[2], n[3], n[4]);
    }

    /**
     * Returns how many subjects earned a band.
     *
     * @param band the band, not null
     * @return the count
     */
    public int count(Band band) {
        switch (Objects.requireNonNull(band, "band")) {
            case EXEMPLARY:
                return exemplary;
            case COMPLIANT:
                return compliant;
            case NEEDS_IMPROVEMENT:
                return needsImprovement;
            case NON_COMPLIANT:
                return nonCompliant;
            default:
                return notRated;
        }
    }

    /**
     * Returns how many subjects were counted.
     *
     * @return the sum of the counts
     */
    public int total() {
        return exemplary + compliant + needsImprovement + nonCompliant + notRated;
    }

    /**
     * Returns the counts as text, best band first, e.g.
     * {@code "EXEMPLARY 1, COMPLIANT 0, NEEDS_IMPROVEMENT 0, NON_COMPLIANT 2"}.
     *
     * @return the counts as text
     */
    @Override
    public String toString() {
        return "EXEMPLARY " + exemplary + ", COMPLIANT " + compliant + ", NEEDS_IMPROVEMENT " + needsImprovement
                + ", NON_COMPLIANT " + nonCompliant;
    }
}
