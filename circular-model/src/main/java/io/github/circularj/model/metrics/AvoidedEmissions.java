package io.github.circularj.model.metrics;

import io.github.circularj.model.Mass;
import io.github.circularj.model.internal.Checks;
import java.util.Locale;
import java.util.Objects;

/**
 * Greenhouse-gas emissions avoided by reuse, repair or longer use, in kilograms of CO2 equivalent.
 *
 * <p>Three methods, each a separate factory:
 * <ul>
 *   <li>{@link #displacement(long, double, double, double)}, the displacement method (WRAP):
 *       {@code avoided = N · (D · P − E)} with {@code N} the number of items reused or repaired,
 *       {@code D} the displacement rate (the share of those items that replace the purchase of a new
 *       one; WRAP: {@link #REPAIR_DISPLACEMENT_RATE repair 0.822}, {@link #RESALE_DISPLACEMENT_RATE
 *       resale 0.646}), {@code P} the footprint of a new equivalent item and {@code E} the emissions of
 *       the circular activity (collection, repair, transport …) per item;</li>
 *   <li>{@link #displacementByMass(Mass, double, double)}, its mass-based variant:
 *       {@code avoided = mass · EF_new · D} with {@code EF_new} the footprint of new product per kilogram
 *       (printed example: 0.3 kg × 11.2 kg CO2e/kg × 0.91 = 3.0576 kg CO2e);</li>
 *   <li>{@link #lifetimeExtension(double, double, double)}, lifetime extension of embodied emissions
 *       {@code E} from lifetime {@code L0} to {@code L1}: {@code avoided per year = E / L0 − E / L1}.</li>
 * </ul>
 * A negative result (the activity emits more than it displaces, or the lifetime got shorter) is
 * returned as it is, never clamped to 0.
 *
 * <p><b>Reporting.</b> Avoided emissions are reported separately from any emissions inventory and are
 * never netted against it: this type deliberately offers no arithmetic with inventory emissions, and
 * {@link #plus(AvoidedEmissions)} adds only results of the same method.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AvoidedEmissions {

    /** WRAP's displacement rate for repair: 0.822. */
    public static final double REPAIR_DISPLACEMENT_RATE = 0.822;

    /** WRAP's displacement rate for resale (reuse): 0.646. */
    public static final double RESALE_DISPLACEMENT_RATE = 0.646;

    /** The method a result was computed with. */
    public enum Method {
        /** {@code N · (D · P − E)}. */
        DISPLACEMENT,
        /** {@code mass · EF_new · D}. */
        DISPLACEMENT_BY_MASS,
        /** {@code E / L0 − E / L1}, per unit of lifetime. */
        LIFETIME_EXTENSION
    }

    private final Method method;
    private final double kilogramsCo2e;

    private AvoidedEmissions(Method method, double kilogramsCo2e) {
        this.method = method;
        double kg = Checks.finite("avoided emissions", kilogramsCo2e);
        this.kilogramsCo2e = kg == 0.0 ? 0.0 : kg;
    }

    /**
     * Computes {@code N · (D · P − E)}, the displacement method.
     *
     * @param items {@code N}, the number of items reused or repaired, 0 or more
     * @param displacementRate {@code D}, in [0, 1]
     * @param newItemFootprintKg {@code P}, the footprint of a new equivalent item in kg CO2e, finite,
     *     0 or more
     * @param activityEmissionsKg {@code E}, the emissions of the circular activity per item in kg CO2e,
     *     finite, 0 or more
     * @return the avoided emissions, negative when {@code E > D · P}
     * @throws IllegalArgumentException if {@code N} is negative, {@code D} is outside [0, 1], or
     *     {@code P} or {@code E} is negative, NaN or infinite
     */
    public static AvoidedEmissions displacement(long items, double displacementRate, double newItemFootprintKg,
            double activityEmissionsKg) {
        if (items < 0) {
            throw new IllegalArgumentException("N \"" + items + "\" is negative; the number of items is 0 or more");
        }
        double d = Checks.fraction("D", displacementRate);
        double p = Checks.nonNegative("P", newItemFootprintKg);
        double e = Checks.nonNegative("E", activityEmissionsKg);
        return new AvoidedEmissions(Method.DISPLACEMENT, items * (d * p - e));
    }

    /**
     * Computes {@code mass · EF_new · D}, the mass-based displacement method.
     *
     * @param mass the mass reused, not null
     * @param newProductFactorKgPerKg {@code EF_new}, the footprint of new product in kg CO2e per kg,
     *     finite, 0 or more
     * @param displacementRate {@code D}, in [0, 1]
     * @return the avoided emissions, 0 or more
     * @throws IllegalArgumentException if {@code EF_new} is negative, NaN or infinite or {@code D} is
     *     outside [0, 1]
     */
    public static AvoidedEmissions displacementByMass(Mass mass, double newProductFactorKgPerKg,
            double displacementRate) {
        Objects.requireNonNull(mass, "mass");
        double ef = Checks.nonNegative("EF_new", newProductFactorKgPerKg);
        double d = Checks.fraction("D", displacementRate);
        return new AvoidedEmissions(Method.DISPLACEMENT_BY_MASS, mass.kilograms() * ef * d);
    }

    /**
     * Computes {@code E / L0 − E / L1}, the embodied emissions avoided per unit of lifetime (per year
     * when the lifetimes are in years) by extending the lifetime from {@code L0} to {@code L1}.
     *
     * @param embodiedKg {@code E}, the embodied emissions in kg CO2e, finite, 0 or more
     * @param originalLifetime {@code L0}, finite and greater than 0
     * @param extendedLifetime {@code L1}, finite and greater than 0, in the same unit as {@code L0}
     * @return the avoided emissions per unit of lifetime, negative when {@code L1 < L0}
     * @throws IllegalArgumentException if {@code E} is negative, NaN or infinite, or a lifetime is not
     *     finite and positive
     */
    public static AvoidedEmissions lifetimeExtension(double embodiedKg, double originalLifetime,
            double extendedLifetime) {
        double e = Checks.nonNegative("E", embodiedKg);
        double l0 = Checks.positive("L0", originalLifetime);
        double l1 = Checks.positive("L1", extendedLifetime);
        return new AvoidedEmissions(Method.LIFETIME_EXTENSION, e / l0 - e / l1);
    }

    /**
     * Returns the avoided emissions.
     *
     * @return kilograms of CO2 equivalent; negative when the method gives a negative result
     */
    public double kilogramsCo2e() {
        return kilogramsCo2e;
    }

    /**
     * Returns the method the result was computed with.
     *
     * @return the method, never null
     */
    public Method method() {
        return method;
    }

    /**
     * Adds another result of the same method, for example of another product line.
     *
     * @param other a result of the same method, not null
     * @return the sum
     * @throws IllegalArgumentException if the methods differ, or the sum is infinite
     */
    public AvoidedEmissions plus(AvoidedEmissions other) {
        if (other.method != method) {
            throw new IllegalArgumentException("method \"" + other.method + "\" differs from \"" + method
                    + "\"; only results of the same method add up");
        }
        return new AvoidedEmissions(method, kilogramsCo2e + other.kilogramsCo2e);
    }

    /**
     * Checks whether another object is a result of the same method and amount.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof AvoidedEmissions o && method == o.method
                && Double.compare(kilogramsCo2e, o.kilogramsCo2e) == 0;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(method, kilogramsCo2e);
    }

    /**
     * Prints the result, for example {@code AvoidedEmissions[3.0576 kg CO2e, DISPLACEMENT_BY_MASS]}.
     *
     * @return the result as text, never null
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AvoidedEmissions[%s kg CO2e, %s]", kilogramsCo2e, method);
    }
}
