package io.github.circularj.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A mass, held in kilograms; never negative, never NaN or infinite.
 *
 * <p>Build one with {@link #ofKilograms(double)}, {@link #ofGrams(double)} or
 * {@link #ofTonnes(double)}; combine with {@link #plus(Mass)}, {@link #times(double)} and
 * {@link #ratio(Mass)}. Two masses are equal when their kilogram values are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mass implements Comparable<Mass> {

    /** No mass at all. */
    public static final Mass ZERO = new Mass(0.0);

    private final double kilograms;

    private Mass(double kilograms) {
        this.kilograms = kilograms;
    }

    /**
     * Obtains a mass from kilograms.
     *
     * @param kilograms the mass in kilograms, finite and not negative
     * @return the mass
     * @throws IllegalArgumentException if {@code kilograms} is negative, NaN or infinite
     */
    public static Mass ofKilograms(double kilograms) {
        return new Mass(checked("kilograms", kilograms));
    }

    /**
     * Obtains a mass from grams.
     *
     * @param grams the mass in grams, finite and not negative
     * @return the mass
     * @throws IllegalArgumentException if {@code grams} is negative, NaN or infinite
     */
    public static Mass ofGrams(double grams) {
        return new Mass(checked("grams", grams) / 1_000.0);
    }

    /**
     * Obtains a mass from metric tonnes (1 t = 1,000 kg).
     *
     * @param tonnes the mass in tonnes, finite and not negative
     * @return the mass
     * @throws IllegalArgumentException if {@code tonnes} is negative, NaN or infinite, or if the
     *     mass in kilograms overflows
     */
    public static Mass ofTonnes(double tonnes) {
        double kilograms = checked("tonnes", tonnes) * 1_000.0;
        if (Double.isInfinite(kilograms)) {
            throw new IllegalArgumentException("mass tonnes \"" + tonnes
                    + "\" is too large: it gives mass kilograms \"Infinity\", and a mass must be finite");
        }
        return new Mass(checked("kilograms", kilograms));
    }

    private static double checked(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "mass " + field + " \"" + value + "\" is not a finite number; a mass must be finite");
        }
        if (value < 0.0) {
            throw new IllegalArgumentException(
                    "mass " + field + " \"" + value + "\" is negative; a mass is never negative");
        }
        // Normalise -0.0 so that equals and hashCode agree for zero.
        return value == 0.0 ? 0.0 : value;
    }

    /**
     * Returns this mass in kilograms.
     *
     * @return the kilograms, finite and not negative
     */
    public double kilograms() {
        return kilograms;
    }

    /**
     * Returns this mass in grams.
     *
     * @return the grams, finite and not negative
     */
    public double grams() {
        return kilograms * 1_000.0;
    }

    /**
     * Returns this mass in metric tonnes.
     *
     * @return the tonnes, finite and not negative
     */
    public double tonnes() {
        return kilograms / 1_000.0;
    }

    /**
     * Returns whether this mass is zero.
     *
     * @return true if this mass is zero kilograms
     */
    public boolean isZero() {
        return kilograms == 0.0;
    }

    /**
     * Returns the sum of this mass and another.
     *
     * @param other the mass to add, not null
     * @return the sum
     * @throws IllegalArgumentException if the sum overflows to infinity
     */
    public Mass plus(Mass other) {
        return new Mass(checked("kilograms", kilograms + other.kilograms));
    }

    /**
     * Returns this mass multiplied by a factor.
     *
     * @param factor the factor, finite and not negative
     * @return the scaled mass
     * @throws IllegalArgumentException if {@code factor} is negative, NaN or infinite, or the
     *     product overflows
     */
    public Mass times(double factor) {
        if (Double.isNaN(factor) || Double.isInfinite(factor) || factor < 0.0) {
            throw new IllegalArgumentException(
                    "mass factor \"" + factor + "\" is not a finite, non-negative number; a mass times it would not be a mass");
        }
        return new Mass(checked("kilograms", kilograms * factor));
    }

    /**
     * Returns the ratio of this mass to another, for example a recovered share of a collected mass.
     *
     * @param denominator the mass to divide by, not zero
     * @return this mass divided by {@code denominator}, finite and not negative
     * @throws IllegalArgumentException if {@code denominator} is zero
     */
    public double ratio(Mass denominator) {
        if (denominator.isZero()) {
            throw new IllegalArgumentException(
                    "mass denominator \"" + denominator + "\" is zero; a ratio needs a positive denominator");
        }
        return kilograms / denominator.kilograms;
    }

    /**
     * Compares by kilograms.
     *
     * @param other the other mass, not null
     * @return negative, zero or positive as this mass is less than, equal to or greater than {@code other}
     */
    @Override
    public int compareTo(Mass other) {
        return Double.compare(kilograms, other.kilograms);
    }

    /**
     * Checks whether another object is a mass of the same kilograms.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Mass other && Double.compare(kilograms, other.kilograms) == 0;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Double.hashCode(kilograms);
    }

    /**
     * Prints the mass in kilograms, for example {@code 1.25 kg}.
     *
     * @return the mass as text, never null
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s kg", BigDecimal.valueOf(kilograms).stripTrailingZeros().toPlainString());
    }
}
