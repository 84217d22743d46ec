package io.github.circularj.model;

import java.math.BigDecimal;

/**
 * A share of a whole: a number between 0 and 1 inclusive, for example a recycled-feedstock fraction.
 *
 * <p>Build one with {@link #of(double)} or {@link #ofPercent(double)}; NaN, infinities and values
 * outside [0, 1] are refused, never clamped. Two fractions are equal when their values are equal
 * ({@code -0.0} counts as {@code 0.0}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

    /** Nothing: the fraction 0. */
    public static final Fraction ZERO = new Fraction(0.0);

    /** The whole: the fraction 1. */
    public static final Fraction ONE = new Fraction(1.0);

    private final double value;

    private Fraction(double value) {
        this.value = value;
    }

    /**
     * Obtains a fraction from a value in [0, 1].
     *
     * @param value the value, finite and between 0 and 1 inclusive
     * @return the fraction
     * @throws IllegalArgumentException if {@code value} is NaN, infinite or outside [0, 1]
     */
    public static Fraction of(double value) {
        return new Fraction(checked("fraction", value, 1.0, "[0, 1]"));
    }

    /**
     * Obtains a fraction from a percentage in [0, 100], for example {@code ofPercent(15)} for 0.15.
     *
     * @param percent the percentage, finite and between 0 and 100 inclusive
     * @return the fraction, {@code percent / 100}
     * @throws IllegalArgumentException if {@code percent} is NaN, infinite or outside [0, 100]
     */
    public static Fraction ofPercent(double percent) {
        return new Fraction(checked("percent", percent, 100.0, "[0, 100]") / 100.0);
    }

    private static double checked(String field, double value, double max, String range) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    field + " \"" + value + "\" is not a finite number; a fraction must be finite");
        }
        if (value < 0.0 || value > max) {
            throw new IllegalArgumentException(
                    field + " \"" + value + "\" is outside " + range + "; a fraction lies in " + range);
        }
        return value == 0.0 ? 0.0 : value;
    }

    /**
     * Returns the value in [0, 1].
     *
     * @return the value
     */
    public double value() {
        return value;
    }

    /**
     * Returns the value as a percentage in [0, 100].
     *
     * @return the value times 100
     */
    public double percent() {
        return value * 100.0;
    }

    /**
     * Returns the rest of the whole, {@code 1 - value}.
     *
     * @return the complement
     */
    public Fraction complement() {
        return new Fraction(1.0 - value == 0.0 ? 0.0 : 1.0 - value);
    }

    /**
     * Returns whether this fraction is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return value == 0.0;
    }

    /**
     * Compares by value.
     *
     * @param other the other fraction, not null
     * @return negative, zero or positive as this fraction is less than, equal to or greater than {@code other}
     */
    @Override
    public int compareTo(Fraction other) {
        return Double.compare(value, other.value);
    }

    /**
     * Checks whether another object is a fraction of the same value.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Fraction other && Double.compare(value, other.value) == 0;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }

    /**
     * Prints the value as a plain decimal, for example {@code 0.25}.
     *
     * @return the fraction as text, never null
     */
    @Override
    public String toString() {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
