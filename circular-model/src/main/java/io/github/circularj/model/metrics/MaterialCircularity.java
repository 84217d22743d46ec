package io.github.circularj.model.metrics;

import io.github.circularj.model.Mass;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Material Circularity Indicator (MCI) of a product, exactly as defined by the Ellen MacArthur
 * Foundation &amp; Granta, <i>Circularity Indicators: An Approach to Measuring Circularity</i>,
 * Methodology (2015), with the biological terms {@code F_S} and {@code C_C} of the 2019 update.
 *
 * <p>For the product's material flows (see {@link MaterialFlow} for {@code M}, {@code F_R},
 * {@code F_U}, {@code F_S}, {@code C_R}, {@code C_U}, {@code C_C}, {@code E_F}, {@code E_C}) and its
 * {@link Utility} {@code X}:
 * <pre>
 * V    = M (1 − F_R − F_U − F_S)           virgin feedstock
 * W_0  = M (1 − C_R − C_U − C_C)           unrecoverable waste: the mass not collected for recycling,
 *                                          reuse or composting (landfill, energy recovery …)
 * W_C  = M (1 − E_C) C_R                   waste of the recycling at the end of use
 * W_F  = M (1 − E_F) F_R / E_F             waste of making the recycled feedstock (0 when F_R = 0)
 * W    = W_0 + (W_F + W_C) / 2             overall unrecoverable waste
 * LFI  = (V + W) / (2M + (W_F − W_C) / 2)  linear flow index, in [0, 1]
 * F(X) = 0.9 / X                           utility factor
 * MCI  = max(0, 1 − LFI · F(X))
 * </pre>
 *
 * <p><b>Several materials.</b> {@code M}, {@code V}, {@code W_0}, {@code W_C} and {@code W_F} are summed
 * over the flows first, and {@code W}, {@code LFI} and {@code MCI} are then computed once from the sums
 * with the product's {@code X}, as the method prescribes. (A mass-weighted mean of per-material MCIs is a
 * different number and is not offered here.)
 *
 * <p><b>Arithmetic.</b> Masses and fractions are read as the decimals they print as, and the formulas are
 * evaluated in decimal with 34 significant digits ({@link java.math.MathContext#DECIMAL128}) before the
 * results are rounded once to {@code double}. A fully linear product of average utility therefore scores
 * exactly {@code 0.1}. The {@code max(0, …)} is the method's own floor for products of very low utility.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MaterialCircularity {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal NINE_TENTHS = new BigDecimal("0.9");

    private final List<MaterialFlow> flows;
    private final Utility utility;
    private final Mass mass;
    private final Mass virginFeedstock;
    private final Mass uncollectedWaste;
    private final Mass endOfUseRecyclingWaste;
    private final Mass feedstockRecyclingWaste;
    private final Mass unrecoverableWaste;
    private final double linearFlowIndex;
    private final double mci;

    private MaterialCircularity(List<MaterialFlow> flows, Utility utility) {
        this.flows = flows;
        this.utility = utility;
        BigDecimal m = BigDecimal.ZERO;
        BigDecimal v = BigDecimal.ZERO;
        BigDecimal w0 = BigDecimal.ZERO;
        BigDecimal wc = BigDecimal.ZERO;
        BigDecimal wf = BigDecimal.ZERO;
        for (MaterialFlow f : flows) {
            BigDecimal mk = Decimals.kilograms(f.mass());
            BigDecimal fr = BigDecimal.valueOf(f.recycledInput());
            BigDecimal fu = BigDecimal.valueOf(f.reusedInput());
            BigDecimal fs = BigDecimal.valueOf(f.sustainedBiologicalInput());
            BigDecimal cr = BigDecimal.valueOf(f.recycledOutput());
            BigDecimal cu = BigDecimal.valueOf(f.reusedOutput());
            BigDecimal cc = BigDecimal.valueOf(f.compostedOutput());
            BigDecimal ef = BigDecimal.valueOf(f.inputRecyclingEfficiency());
            BigDecimal ec = BigDecimal.valueOf(f.outputRecyclingEfficiency());
            m = m.add(mk);
            v = v.add(mk.multiply(BigDecimal.ONE.subtract(fr).subtract(fu).subtract(fs)));
            w0 = w0.add(mk.multiply(BigDecimal.ONE.subtract(cr).subtract(cu).subtract(cc)));
            wc = wc.add(mk.multiply(BigDecimal.ONE.subtract(ec)).multiply(cr));
            if (fr.signum() > 0) {
                wf = wf.add(mk.multiply(BigDecimal.ONE.subtract(ef)).multiply(fr).divide(ef, Decimals.MC));
            }
        }
        BigDecimal w = w0.add(wf.add(wc).divide(TWO, Decimals.MC));
        BigDecimal lfi = v.add(w).divide(m.multiply(TWO).add(wf.subtract(wc).divide(TWO, Decimals.MC)), Decimals.MC);
        BigDecimal index = BigDecimal.ONE.subtract(lfi.multiply(NINE_TENTHS).divide(utility.decimalX(), Decimals.MC));
        this.mass = Decimals.mass("M", m);
        this.virginFeedstock = Decimals.mass("V", v);
        this.uncollectedWaste = Decimals.mass("W_0", w0);
        this.endOfUseRecyclingWaste = Decimals.mass("W_C", wc);
        this.feedstockRecyclingWaste = Decimals.mass("W_F", wf);
        this.unrecoverableWaste = Decimals.mass("W", w);
        this.linearFlowIndex = lfi.doubleValue();
        this.mci = index.signum() < 0 ? 0.0 : index.doubleValue();
    }

    /**
     * Computes the indicator of a product from its material flows and its utility.
     *
     * @param flows the product's material flows, not null, not empty, no null element; copied
     * @param utility the product's utility {@code X}, not null
     * @return the indicator with its terms
     * @throws IllegalArgumentException if {@code flows} is empty, or if a summed waste is too large to be
     *     a {@link Mass}
     */
    public static MaterialCircularity of(List<MaterialFlow> flows, Utility utility) {
        List<MaterialFlow> copy = List.copyOf(Objects.requireNonNull(flows, "flows"));
        Objects.requireNonNull(utility, "utility");
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(
                    "flows \"[]\" is empty; the indicator needs at least one material flow");
        }
        return new MaterialCircularity(copy, utility);
    }

    /**
     * Computes the indicator of a product made of one material.
     *
     * @param flow the product's material flow, not null
     * @param utility the product's utility {@code X}, not null
     * @return the indicator with its terms
     * @throws IllegalArgumentException if a waste is too large to be a {@link Mass}
     */
    public static MaterialCircularity of(MaterialFlow flow, Utility utility) {
        return of(List.of(Objects.requireNonNull(flow, "flow")), utility);
    }

    /**
     * Returns the Material Circularity Indicator, {@code MCI = max(0, 1 − LFI · 0.9 / X)}.
     *
     * @return the MCI, in [0, 1]
     */
    public double mci() {
        return mci;
    }

    /**
     * Returns the linear flow index, {@code LFI = (V + W) / (2M + (W_F − W_C) / 2)}.
     *
     * @return the LFI, in [0, 1]; it does not depend on the utility
     */
    public double linearFlowIndex() {
        return linearFlowIndex;
    }

    /**
     * Returns the utility factor {@code F(X) = 0.9 / X}.
     *
     * @return {@code F(X)}, greater than 0
     */
    public double utilityFactor() {
        return NINE_TENTHS.divide(utility.decimalX(), Decimals.MC).doubleValue();
    }

    /**
     * Returns the summed mass {@code M} of the flows.
     *
     * @return {@code M}, greater than 0
     */
    public Mass mass() {
        return mass;
    }

    /**
     * Returns the virgin feedstock {@code V}, summed over the flows.
     *
     * @return {@code V = Σ M (1 − F_R − F_U − F_S)}
     */
    public Mass virginFeedstock() {
        return virginFeedstock;
    }

    /**
     * Returns {@code W_0}, the mass not collected for recycling, reuse or composting (landfill, energy
     * recovery and other unrecoverable routes), summed over the flows.
     *
     * @return {@code W_0 = Σ M (1 − C_R − C_U − C_C)}
     */
    public Mass uncollectedWaste() {
        return uncollectedWaste;
    }

    /**
     * Returns {@code W_C}, the waste of the recycling at the end of use, summed over the flows.
     *
     * @return {@code W_C = Σ M (1 − E_C) C_R}
     */
    public Mass endOfUseRecyclingWaste() {
        return endOfUseRecyclingWaste;
    }

    /**
     * Returns {@code W_F}, the waste of making the recycled feedstock, summed over the flows.
     *
     * @return {@code W_F = Σ M (1 − E_F) F_R / E_F}
     */
    public Mass feedstockRecyclingWaste() {
        return feedstockRecyclingWaste;
    }

    /**
     * Returns the overall unrecoverable waste {@code W}.
     *
     * @return {@code W = W_0 + (W_F + W_C) / 2}
     */
    public Mass unrecoverableWaste() {
        return unrecoverableWaste;
    }

    /**
     * Returns the utility the indicator was computed with.
     *
     * @return the utility {@code X}, never null
     */
    public Utility utility() {
        return utility;
    }

    /**
     * Returns the flows the indicator was computed from.
     *
     * @return the flows, unmodifiable, in the order given
     */
    public List<MaterialFlow> flows() {
        return flows;
    }

    /**
     * Checks whether another object is the indicator of the same flows and utility.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof MaterialCircularity o && flows.equals(o.flows) && utility.equals(o.utility);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(flows, utility);
    }

    /**
     * Prints the indicator and its main terms, for example
     * {@code MaterialCircularity[MCI=0.1, LFI=1.0, X=1.0, M=1 kg, V=1 kg, W=1 kg]}.
     *
     * @return the indicator as text, never null
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MaterialCircularity[MCI=%s, LFI=%s, X=%s, M=%s, V=%s, W=%s]",
                mci, linearFlowIndex, utility.x(), mass, virginFeedstock, unrecoverableWaste);
    }
}
