package io.github.circularj.model.metrics;

import io.github.circularj.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The utility {@code X} of a product in the Material Circularity Indicator (Ellen MacArthur Foundation
 * &amp; Granta, 2015): {@code X = (L / L_av) · (U / U_av)}.
 *
 * <ul>
 *   <li>{@code L}: the actual average lifetime of the product;</li>
 *   <li>{@code L_av}: the average lifetime of an industry-average product of the same type (same unit as
 *       {@code L});</li>
 *   <li>{@code U}: the average number of functional units achieved per use cycle (the intensity of
 *       use);</li>
 *   <li>{@code U_av}: the same for an industry-average product.</li>
 * </ul>
 * A part that is unknown counts as 1: {@link #ofLifetime(double, double)} sets {@code U = U_av = 1},
 * {@link #ofIntensity(double, double)} sets {@code L = L_av = 1}, and {@link #AVERAGE} is the
 * industry-average product ({@code X = 1}). Every term is finite and greater than 0.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Utility {

    /** The utility of an industry-average product: {@code X = 1}. */
    public static final Utility AVERAGE = new Utility(1.0, 1.0, 1.0, 1.0);

    private final double lifetime;
    private final double averageLifetime;
    private final double intensity;
    private final double averageIntensity;
    private final BigDecimal x;

    private Utility(double lifetime, double averageLifetime, double intensity, double averageIntensity) {
        this.lifetime = Checks.positive("L", lifetime);
        this.averageLifetime = Checks.positive("L_av", averageLifetime);
        this.intensity = Checks.positive("U", intensity);
        this.averageIntensity = Checks.positive("U_av", averageIntensity);
        BigDecimal numerator = BigDecimal.valueOf(lifetime).multiply(BigDecimal.valueOf(intensity));
        BigDecimal denominator = BigDecimal.valueOf(averageLifetime).multiply(BigDecimal.valueOf(averageIntensity));
        this.x = numerator.divide(denominator, Decimals.MC);
    }

    /**
     * Obtains the utility from lifetime and intensity of use.
     *
     * @param lifetime {@code L}, the product's actual lifetime, finite and greater than 0
     * @param averageLifetime {@code L_av}, the industry-average lifetime, finite and greater than 0
     * @param intensity {@code U}, the product's functional units per use cycle, finite and greater than 0
     * @param averageIntensity {@code U_av}, the industry-average functional units, finite and greater
     *     than 0
     * @return the utility
     * @throws IllegalArgumentException if a term is NaN, infinite, zero or negative
     */
    public static Utility of(double lifetime, double averageLifetime, double intensity, double averageIntensity) {
        return new Utility(lifetime, averageLifetime, intensity, averageIntensity);
    }

    /**
     * Obtains the utility from lifetimes alone ({@code U = U_av = 1}).
     *
     * @param lifetime {@code L}, the product's actual lifetime, finite and greater than 0
     * @param averageLifetime {@code L_av}, the industry-average lifetime, finite and greater than 0
     * @return the utility, {@code X = L / L_av}
     * @throws IllegalArgumentException if a term is NaN, infinite, zero or negative
     */
    public static Utility ofLifetime(double lifetime, double averageLifetime) {
        return new Utility(lifetime, averageLifetime, 1.0, 1.0);
    }

    /**
     * Obtains the utility from intensity of use alone ({@code L = L_av = 1}).
     *
     * @param intensity {@code U}, the product's functional units per use cycle, finite and greater than 0
     * @param averageIntensity {@code U_av}, the industry-average functional units, finite and greater
     *     than 0
     * @return the utility, {@code X = U / U_av}
     * @throws IllegalArgumentException if a term is NaN, infinite, zero or negative
     */
    public static Utility ofIntensity(double intensity, double averageIntensity) {
        return new Utility(1.0, 1.0, intensity, averageIntensity);
    }

    /**
     * Returns the utility {@code X = (L / L_av) · (U / U_av)}.
     *
     * @return {@code X}, finite and greater than 0
     */
    public double x() {
        return x.doubleValue();
    }

    /** {@code X} in decimal, for the indicator's arithmetic. */
    BigDecimal decimalX() {
        return x;
    }

    /**
     * Returns {@code L}, the product's actual lifetime.
     *
     * @return {@code L}, greater than 0
     */
    public double lifetime() {
        return lifetime;
    }

    /**
     * Returns {@code L_av}, the industry-average lifetime.
     *
     * @return {@code L_av}, greater than 0
     */
    public double averageLifetime() {
        return averageLifetime;
    }

    /**
     * Returns {@code U}, the product's functional units per use cycle.
     *
     * @return {@code U}, greater than 0
     */
    public double intensity() {
        return intensity;
    }

    /**
     * Returns {@code U_av}, the industry-average functional units per use cycle.
     *
     * @return {@code U_av}, greater than 0
     */
    public double averageIntensity() {
        return averageIntensity;
    }

    /**
     * Checks whether another object is a utility with the same four terms.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Utility o
                && Double.compare(lifetime, o.lifetime) == 0
                && Double.compare(averageLifetime, o.averageLifetime) == 0
                && Double.compare(intensity, o.intensity) == 0
                && Double.compare(averageIntensity, o.averageIntensity) == 0;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(lifetime, averageLifetime, intensity, averageIntensity);
    }

    /**
     * Prints the utility, for example {@code Utility[X=1.2, L=6.0, L_av=5.0, U=1.0, U_av=1.0]}.
     *
     * @return the utility as text, never null
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Utility[X=%s, L=%s, L_av=%s, U=%s, U_av=%s]",
                x(), lifetime, averageLifetime, intensity, averageIntensity);
    }
}
