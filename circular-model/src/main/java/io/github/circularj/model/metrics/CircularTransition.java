package io.github.circularj.model.metrics;

import io.github.circularj.model.Mass;
import io.github.circularj.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Circular inflow and outflow in the style of the WBCSD Circular Transition Indicators (ISO 59020 uses
 * the same mass-weighted form).
 *
 * <p>For inflows {@code i} with mass {@code m_i}, non-virgin fraction {@code nv_i} (reused, refurbished,
 * remanufactured or recycled content) and sustainably sourced renewable virgin fraction {@code rv_i}
 * ({@code nv_i + rv_i ≤ 1}), and outflows {@code j} with mass {@code m_j}, recovery potential
 * {@code RP_j} and actual recovery {@code AR_j}:
 * <pre>
 * % circular inflow      = 100 · Σ m_i (nv_i + rv_i) / Σ m_i
 * % circular outflow     = 100 · Σ m_j RP_j AR_j / Σ m_j
 * % material circularity = 100 · (Σ m_i (nv_i + rv_i) + Σ m_j RP_j AR_j) / (Σ m_i + Σ m_j)
 * </pre>
 * The last is the mass-weighted mean of the first two. (The reference states it without the factor 100;
 * it is given here in percent like the other two.)
 *
 * <p><b>Undefined results.</b> With no inflows, the circular inflow is undefined (empty); with no
 * outflows, the circular outflow is undefined. The material circularity needs both sides: with only
 * one, it is empty too, rather than silently repeating the one side that is known.
 *
 * <p>Masses must be greater than 0; fractions finite and in [0, 1], read as the decimals they print as.
 * Sums are exact decimals and do not depend on the order of the flows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CircularTransition {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal inflowMass;
    private final BigDecimal circularInflowMass;
    private final BigDecimal outflowMass;
    private final BigDecimal circularOutflowMass;
    private final int inflowCount;
    private final int outflowCount;

    private CircularTransition(Builder b) {
        this.inflowMass = b.inflowMass;
        this.circularInflowMass = b.circularInflowMass;
        this.outflowMass = b.outflowMass;
        this.circularOutflowMass = b.circularOutflowMass;
        this.inflowCount = b.inflowCount;
        this.outflowCount = b.outflowCount;
    }

    /**
     * Starts a set of inflows and outflows.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private static OptionalDouble percent(BigDecimal part, BigDecimal whole, boolean defined) {
        return defined
                ? OptionalDouble.of(part.multiply(HUNDRED).divide(whole, Decimals.MC).doubleValue())
                : OptionalDouble.empty();
    }

    /**
     * Returns {@code 100 · Σ m_i (nv_i + rv_i) / Σ m_i}.
     *
     * @return the circular inflow in percent [0, 100], or empty when there are no inflows
     */
    public OptionalDouble circularInflowPercent() {
        return percent(circularInflowMass, inflowMass, inflowCount > 0);
    }

    /**
     * Returns {@code 100 · Σ m_j RP_j AR_j / Σ m_j}.
     *
     * @return the circular outflow in percent [0, 100], or empty when there are no outflows
     */
    public OptionalDouble circularOutflowPercent() {
        return percent(circularOutflowMass, outflowMass, outflowCount > 0);
    }

    /**
     * Returns {@code 100 · (Σ m_i (nv_i + rv_i) + Σ m_j RP_j AR_j) / (Σ m_i + Σ m_j)}.
     *
     * @return the material circularity in percent [0, 100], or empty unless there is at least one inflow
     *     and at least one outflow
     */
    public OptionalDouble materialCircularityPercent() {
        return percent(circularInflowMass.add(circularOutflowMass), inflowMass.add(outflowMass),
                inflowCount > 0 && outflowCount > 0);
    }

    /**
     * Returns {@code Σ m_i}, the total inflow.
     *
     * @return the total inflow mass, zero when there are no inflows
     */
    public Mass inflowMass() {
        return Decimals.mass("Σ m_i", inflowMass);
    }

    /**
     * Returns {@code Σ m_i (nv_i + rv_i)}, the circular part of the inflow.
     *
     * @return the circular inflow mass
     */
    public Mass circularInflowMass() {
        return Decimals.mass("Σ m_i (nv_i + rv_i)", circularInflowMass);
    }

    /**
     * Returns {@code Σ m_j}, the total outflow.
     *
     * @return the total outflow mass, zero when there are no outflows
     */
    public Mass outflowMass() {
        return Decimals.mass("Σ m_j", outflowMass);
    }

    /**
     * Returns {@code Σ m_j RP_j AR_j}, the circular part of the outflow.
     *
     * @return the circular outflow mass
     */
    public Mass circularOutflowMass() {
        return Decimals.mass("Σ m_j RP_j AR_j", circularOutflowMass);
    }

    /**
     * Prints the three indicators, for example
     * {@code CircularTransition[inflow=40.0 %, outflow=undefined, material=undefined]}.
     *
     * @return the indicators as text, never null
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CircularTransition[inflow=%s, outflow=%s, material=%s]",
                text(circularInflowPercent()), text(circularOutflowPercent()), text(materialCircularityPercent()));
    }

    private static String text(OptionalDouble percent) {
        return percent.isPresent() ? percent.getAsDouble() + " %" : "undefined";
    }

    /**
     * Collects inflows and outflows; each is validated when it is added.
     *
     * <p>A builder is not thread-safe; what it builds is.
     */
    public static final class Builder {
        private BigDecimal inflowMass = BigDecimal.ZERO;
        private BigDecimal circularInflowMass = BigDecimal.ZERO;
        private BigDecimal outflowMass = BigDecimal.ZERO;
        private BigDecimal circularOutflowMass = BigDecimal.ZERO;
        private int inflowCount;
        private int outflowCount;

        private Builder() {
        }

        /**
         * Adds an inflow.
         *
         * @param mass {@code m_i}, greater than 0, not null
         * @param nonVirgin {@code nv_i}, the non-virgin fraction (reused, refurbished, remanufactured or
         *     recycled content), in [0, 1]
         * @param renewableVirgin {@code rv_i}, the sustainably sourced renewable virgin fraction, in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if the mass is 0, a fraction is NaN, infinite or outside
         *     [0, 1], or {@code nv_i + rv_i > 1}
         */
        public Builder inflow(Mass mass, double nonVirgin, double renewableVirgin) {
            Checks.positive("m_i", Objects.requireNonNull(mass, "mass"));
            Checks.fraction("nv_i", nonVirgin);
            Checks.fraction("rv_i", renewableVirgin);
            Checks.sumAtMostOne("nv_i + rv_i",
                    "the non-virgin and renewable virgin fractions cannot exceed the whole inflow",
                    nonVirgin, renewableVirgin);
            BigDecimal m = Decimals.kilograms(mass);
            inflowMass = inflowMass.add(m);
            circularInflowMass = circularInflowMass.add(
                    m.multiply(BigDecimal.valueOf(nonVirgin).add(BigDecimal.valueOf(renewableVirgin))));
            inflowCount++;
            return this;
        }

        /**
         * Adds an outflow.
         *
         * @param mass {@code m_j}, greater than 0, not null
         * @param recoveryPotential {@code RP_j}, the fraction that could be recovered, in [0, 1]
         * @param actualRecovery {@code AR_j}, the fraction of that potential actually recovered, in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if the mass is 0 or a fraction is NaN, infinite or outside [0, 1]
         */
        public Builder outflow(Mass mass, double recoveryPotential, double actualRecovery) {
            Checks.positive("m_j", Objects.requireNonNull(mass, "mass"));
            Checks.fraction("RP_j", recoveryPotential);
            Checks.fraction("AR_j", actualRecovery);
            BigDecimal m = Decimals.kilograms(mass);
            outflowMass = outflowMass.add(m);
            circularOutflowMass = circularOutflowMass.add(
                    m.multiply(BigDecimal.valueOf(recoveryPotential)).multiply(BigDecimal.valueOf(actualRecovery)));
            outflowCount++;
            return this;
        }

        /**
         * Builds the indicators.
         *
         * @return the indicators of the flows added so far
         */
        public CircularTransition build() {
            return new CircularTransition(this);
        }
    }
}
