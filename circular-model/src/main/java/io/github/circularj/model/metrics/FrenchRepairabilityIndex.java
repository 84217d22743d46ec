package io.github.circularj.model.metrics;

import io.github.circularj.model.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The French repairability index (<i>indice de réparabilité</i>, Code de l'environnement, article
 * L. 541-9-2, introduced by Loi n° 2020-105 of 10 February 2020, « AGEC »; Décret n° 2020-1757 of
 * 29 December 2020).
 *
 * <p>Five criteria {@code C_1 … C_5} (documentation, disassembly, availability of spare parts, price of
 * spare parts, and a criterion specific to the product category) are each scored out of 20. A criterion's
 * score is the sum of its sub-criterion notes, each out of 10, times their coefficients, which add up to 2:
 * <pre>
 * C_k   = Σ note_{k,s} · coefficient_{k,s}        in [0, 20], with Σ_s coefficient_{k,s} = 2
 * index = (C_1 + C_2 + C_3 + C_4 + C_5) / 10      in [0, 10]
 * </pre>
 * Colour bands ({@link ColourBand}): red below 2, orange below 4, yellow below 6, light green below 8,
 * dark green from 8. Printed example: criteria 10, 19, 16, 0, 20 give 65 / 100, index 6.5, light green.
 *
 * <p>All arithmetic is exact in decimal; doubles are converted with {@link BigDecimal#valueOf(double)}.
 * The index is not rounded for display: round it (to one decimal, as the label prints it) with
 * {@link BigDecimal#setScale(int, java.math.RoundingMode)} if you need to. Compare indices with
 * {@link BigDecimal#compareTo(BigDecimal)}, as the scale follows the inputs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrenchRepairabilityIndex {

    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** The colour band of the index on the label. */
    public enum ColourBand {
        /** Index below 2. */
        RED,
        /** Index from 2, below 4. */
        ORANGE,
        /** Index from 4, below 6. */
        YELLOW,
        /** Index from 6, below 8. */
        LIGHT_GREEN,
        /** Index from 8 to 10. */
        DARK_GREEN;

        /**
         * Returns the band of an index.
         *
         * @param index the index, in [0, 10], not null
         * @return the band, never null
         * @throws IllegalArgumentException if {@code index} is outside [0, 10]
         */
        public static ColourBand of(BigDecimal index) {
            Checks.within("index", Objects.requireNonNull(index, "index"), BigDecimal.ZERO, BigDecimal.TEN);
            int whole = index.intValue();
            if (whole < 2) {
                return RED;
            } else if (whole < 4) {
                return ORANGE;
            } else if (whole < 6) {
                return YELLOW;
            } else if (whole < 8) {
                return LIGHT_GREEN;
            }
            return DARK_GREEN;
        }
    }

    /**
     * A sub-criterion of the French index: a note out of 10 and its coefficient.
     *
     * @param note the note, in [0, 10], not null
     * @param coefficient the coefficient, 0 or more, not null; the coefficients of one criterion add up
     *     to 2
     */
    public record SubCriterion(BigDecimal note, BigDecimal coefficient) {

        /**
         * Validates the note and the coefficient.
         *
         * @param note the note, in [0, 10], not null
         * @param coefficient the coefficient, 0 or more, not null
         * @throws IllegalArgumentException if the note is outside [0, 10] or the coefficient is negative
         */
        public SubCriterion {
            Checks.within("note", Objects.requireNonNull(note, "note"), BigDecimal.ZERO, BigDecimal.TEN);
            Objects.requireNonNull(coefficient, "coefficient");
            if (coefficient.signum() < 0) {
                throw new IllegalArgumentException("coefficient \"" + coefficient.toPlainString()
                        + "\" is negative; a sub-criterion coefficient must be 0 or more");
            }
        }

        /**
         * Obtains a sub-criterion from doubles, read as the decimals they print as.
         *
         * @param note the note, finite, in [0, 10]
         * @param coefficient the coefficient, finite, 0 or more
         * @return the sub-criterion
         * @throws IllegalArgumentException if a value is NaN or infinite, the note is outside [0, 10] or
         *     the coefficient is negative
         */
        public static SubCriterion of(double note, double coefficient) {
            return new SubCriterion(Decimals.decimal("note", note), Decimals.decimal("coefficient", coefficient));
        }

        /**
         * Returns the weighted note, {@code note · coefficient}.
         *
         * @return the weighted note, exact
         */
        public BigDecimal weighted() {
            return note.multiply(coefficient);
        }
    }

    private final List<BigDecimal> criteria;
    private final BigDecimal index;

    private FrenchRepairabilityIndex(List<BigDecimal> criteria) {
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < criteria.size(); k++) {
            String symbol = "C_" + (k + 1);
            total = total.add(Checks.within(symbol, Objects.requireNonNull(criteria.get(k), symbol),
                    BigDecimal.ZERO, TWENTY));
        }
        this.criteria = List.copyOf(criteria);
        this.index = total.movePointLeft(1);
    }

    /**
     * Obtains the index from the five criterion scores.
     *
     * @param c1 {@code C_1}, documentation, in [0, 20], not null
     * @param c2 {@code C_2}, disassembly, in [0, 20], not null
     * @param c3 {@code C_3}, availability of spare parts, in [0, 20], not null
     * @param c4 {@code C_4}, price of spare parts, in [0, 20], not null
     * @param c5 {@code C_5}, the product-specific criterion, in [0, 20], not null
     * @return the index
     * @throws IllegalArgumentException if a criterion is outside [0, 20]
     */
    public static FrenchRepairabilityIndex ofCriteria(BigDecimal c1, BigDecimal c2, BigDecimal c3, BigDecimal c4,
            BigDecimal c5) {
        return new FrenchRepairabilityIndex(java.util.Arrays.asList(c1, c2, c3, c4, c5));
    }

    /**
     * Obtains the index from the five criterion scores given as doubles, read as the decimals they print as.
     *
     * @param c1 {@code C_1}, documentation, finite, in [0, 20]
     * @param c2 {@code C_2}, disassembly, finite, in [0, 20]
     * @param c3 {@code C_3}, availability of spare parts, finite, in [0, 20]
     * @param c4 {@code C_4}, price of spare parts, finite, in [0, 20]
     * @param c5 {@code C_5}, the product-specific criterion, finite, in [0, 20]
     * @return the index
     * @throws IllegalArgumentException if a criterion is NaN, infinite or outside [0, 20]
     */
    public static FrenchRepairabilityIndex ofCriteria(double c1, double c2, double c3, double c4, double c5) {
        return ofCriteria(Decimals.decimal("C_1", c1), Decimals.decimal("C_2", c2), Decimals.decimal("C_3", c3),
                Decimals.decimal("C_4", c4), Decimals.decimal("C_5", c5));
    }

    /**
     * Obtains the index from the sub-criteria of each of the five criteria.
     *
     * @param c1 the sub-criteria of {@code C_1}, documentation, not null
     * @param c2 the sub-criteria of {@code C_2}, disassembly, not null
     * @param c3 the sub-criteria of {@code C_3}, availability of spare parts, not null
     * @param c4 the sub-criteria of {@code C_4}, price of spare parts, not null
     * @param c5 the sub-criteria of {@code C_5}, the product-specific criterion, not null
     * @return the index
     * @throws IllegalArgumentException if a criterion has no sub-criteria or its coefficients do not add
     *     up to exactly 2
     */
    public static FrenchRepairabilityIndex ofSubCriteria(List<SubCriterion> c1, List<SubCriterion> c2,
            List<SubCriterion> c3, List<SubCriterion> c4, List<SubCriterion> c5) {
        return ofCriteria(criterion("C_1", c1), criterion("C_2", c2), criterion("C_3", c3),
                criterion("C_4", c4), criterion("C_5", c5));
    }

    /**
     * Returns the score of one criterion, {@code Σ note · coefficient}, out of 20.
     *
     * @param subCriteria the criterion's sub-criteria, not null, not empty; coefficients adding up to 2
     * @return the criterion score in [0, 20], exact
     * @throws IllegalArgumentException if there are no sub-criteria or the coefficients do not add up to
     *     exactly 2
     */
    public static BigDecimal criterionScore(List<SubCriterion> subCriteria) {
        return criterion("criterion", subCriteria);
    }

    private static BigDecimal criterion(String symbol, List<SubCriterion> subCriteria) {
        List<SubCriterion> copy = List.copyOf(Objects.requireNonNull(subCriteria, symbol));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(
                    symbol + " has no sub-criteria; a criterion needs sub-criteria whose coefficients add up to 2");
        }
        BigDecimal coefficients = BigDecimal.ZERO;
        BigDecimal score = BigDecimal.ZERO;
        for (SubCriterion s : copy) {
            coefficients = coefficients.add(s.coefficient());
            score = score.add(s.weighted());
        }
        if (coefficients.compareTo(TWO) != 0) {
            throw new IllegalArgumentException(symbol + " coefficients add up to \"" + coefficients.toPlainString()
                    + "\"; the coefficients of a criterion add up to 2");
        }
        return score;
    }

    /**
     * Returns the index, {@code (C_1 + … + C_5) / 10}.
     *
     * @return the index in [0, 10], exact and unrounded
     */
    public BigDecimal index() {
        return index;
    }

    /**
     * Returns the total out of 100, {@code C_1 + … + C_5}.
     *
     * @return the total in [0, 100], exact
     */
    public BigDecimal total() {
        return index.movePointRight(1);
    }

    /**
     * Returns the five criterion scores {@code C_1 … C_5}, in order.
     *
     * @return the criterion scores, each in [0, 20], unmodifiable
     */
    public List<BigDecimal> criteria() {
        return criteria;
    }

    /**
     * Returns the colour band of the index.
     *
     * @return the band, never null
     */
    public ColourBand colourBand() {
        return ColourBand.of(index);
    }

    /**
     * Checks whether another object is an index with criterion scores that compare equal.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof FrenchRepairabilityIndex o)) {
            return false;
        }
        for (int k = 0; k < criteria.size(); k++) {
            if (criteria.get(k).compareTo(o.criteria.get(k)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = 1;
        for (BigDecimal c : criteria) {
            h = 31 * h + (c.signum() == 0 ? 0 : c.stripTrailingZeros().hashCode());
        }
        return h;
    }

    /**
     * Prints the index, for example {@code FrenchRepairabilityIndex[6.5, LIGHT_GREEN, criteria=[10, 19, 16, 0, 20]]}.
     *
     * @return the index as text, never null
     */
    @Override
    public String toString() {
        return "FrenchRepairabilityIndex[" + plain(index) + ", " + colourBand() + ", criteria="
                + criteria.stream().map(FrenchRepairabilityIndex::plain).toList() + "]";
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
