package io.github.circularj.model.metrics;

import io.github.circularj.model.Mass;
import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.Material;
import io.github.circularj.model.product.MaterialComposition;
import io.github.circularj.model.product.MaterialKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import javax.annotation.Nullable;

/**
 * The material flow of one material of a product (or of a whole product made of one material), the
 * input of the Material Circularity Indicator (Ellen MacArthur Foundation &amp; Granta, <i>Circularity
 * Indicators: An Approach to Measuring Circularity</i>, Methodology, 2015; biological terms added in
 * 2019).
 *
 * <p>The symbols of the method, each a fraction in [0, 1] of the mass {@code M}:
 * <ul>
 *   <li>{@code M}: the mass of the material in the product, in kilograms, greater than 0;</li>
 *   <li>{@code F_R} ({@link Builder#recycledInput(double)}): the fraction of the feedstock from recycled
 *       sources;</li>
 *   <li>{@code F_U} ({@link Builder#reusedInput(double)}): the fraction of the feedstock from reused
 *       components;</li>
 *   <li>{@code F_S} ({@link Builder#sustainedBiologicalInput(double)}): the fraction of the feedstock
 *       that is sustainably produced biological material (2019, biological materials only);</li>
 *   <li>{@code C_R} ({@link Builder#recycledOutput(double)}): the fraction collected for recycling at
 *       the end of use;</li>
 *   <li>{@code C_U} ({@link Builder#reusedOutput(double)}): the fraction collected for component
 *       reuse;</li>
 *   <li>{@code C_C} ({@link Builder#compostedOutput(double)}): the fraction composted or anaerobically
 *       digested (2019, biological materials only);</li>
 *   <li>{@code E_F} ({@link Builder#inputRecyclingEfficiency(double)}): the efficiency of the recycling
 *       process that made the recycled feedstock; required when {@code F_R > 0};</li>
 *   <li>{@code E_C} ({@link Builder#outputRecyclingEfficiency(double)}): the efficiency of the recycling
 *       process at the end of use; required when {@code C_R > 0}.</li>
 * </ul>
 *
 * <p>Rules, checked by {@link Builder#build()}: {@code M > 0}; every fraction finite and in [0, 1];
 * {@code F_R + F_U + F_S ≤ 1}; {@code C_R + C_U + C_C ≤ 1}; {@code F_R > 0} needs {@code E_F > 0};
 * {@code F_S} and {@code C_C} only on a biological material. Sums are taken in decimal
 * ({@link java.math.BigDecimal#valueOf(double)}), so {@code 0.9 + 0.1} is exactly 1.
 *
 * <p><b>No default efficiencies.</b> A flow with recycled input ({@code F_R > 0}) must say how
 * efficient the recycling that made it was ({@code E_F}), and a flow with recycled output
 * ({@code C_R > 0}) how efficient the recycling at the end of use is ({@code E_C}): assuming lossless
 * recycling would silently give the most favourable score. Give 1 explicitly where that is what you
 * mean, as the method's worked examples do. An efficiency makes no difference when its fraction is
 * 0, and is then taken as 1 if not given.
 *
 * <p><b>Technical or biological.</b> A flow is biological if it was declared so with
 * {@link Builder#cycle(MaterialKind)}, or, when no cycle was declared, if it has a positive
 * {@code F_S} or {@code C_C}: a flow given those terms is biological by definition. A flow declared
 * {@link MaterialKind#TECHNICAL} with a positive {@code F_S} or {@code C_C} is rejected.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MaterialFlow {

    private final Mass mass;
    private final double recycledInput;
    private final double reusedInput;
    private final double sustainedBiologicalInput;
    private final double recycledOutput;
    private final double reusedOutput;
    private final double compostedOutput;
    private final double inputRecyclingEfficiency;
    private final double outputRecyclingEfficiency;
    private final boolean biological;

    private MaterialFlow(Builder b) {
        this.mass = Checks.positive("M", b.mass);
        this.recycledInput = Checks.fraction("F_R", b.recycledInput);
        this.reusedInput = Checks.fraction("F_U", b.reusedInput);
        this.sustainedBiologicalInput = Checks.fraction("F_S", b.sustainedBiologicalInput);
        this.recycledOutput = Checks.fraction("C_R", b.recycledOutput);
        this.reusedOutput = Checks.fraction("C_U", b.reusedOutput);
        this.compostedOutput = Checks.fraction("C_C", b.compostedOutput);
        this.inputRecyclingEfficiency = efficiency("E_F", b.inputRecyclingEfficiency, "F_R", recycledInput,
                "recycled feedstock needs the efficiency of the recycling that made it");
        this.outputRecyclingEfficiency = efficiency("E_C", b.outputRecyclingEfficiency, "C_R", recycledOutput,
                "material collected for recycling needs the efficiency of that recycling");
        Checks.sumAtMostOne("F_R + F_U + F_S",
                "the recycled, reused and sustainably produced biological feedstock cannot exceed the whole feedstock",
                recycledInput, reusedInput, sustainedBiologicalInput);
        Checks.sumAtMostOne("C_R + C_U + C_C",
                "the fractions collected for recycling, for reuse and composted cannot exceed the whole mass",
                recycledOutput, reusedOutput, compostedOutput);
        if (recycledInput > 0.0 && inputRecyclingEfficiency == 0.0) {
            throw new IllegalArgumentException("E_F \"" + inputRecyclingEfficiency + "\" is 0 while F_R is \""
                    + recycledInput + "\"; recycled feedstock (F_R > 0) needs a recycling efficiency E_F > 0");
        }
        boolean hasBiologicalTerms = sustainedBiologicalInput > 0.0 || compostedOutput > 0.0;
        if (b.cycle == MaterialKind.TECHNICAL && hasBiologicalTerms) {
            String symbol = sustainedBiologicalInput > 0.0 ? "F_S" : "C_C";
            double value = sustainedBiologicalInput > 0.0 ? sustainedBiologicalInput : compostedOutput;
            throw new IllegalArgumentException(symbol + " \"" + value + "\" is given for a technical material; "
                    + symbol + " applies to biological materials only");
        }
        this.biological = b.cycle == null ? hasBiologicalTerms : b.cycle == MaterialKind.BIOLOGICAL;
    }

    private static double efficiency(String symbol, @Nullable Double given, String fractionSymbol, double fraction,
            String rule) {
        // A NaN that was given is refused as not finite, not mistaken for "not given".
        if (given != null) {
            return Checks.fraction(symbol, given);
        }
        if (fraction > 0.0) {
            throw new IllegalArgumentException(fractionSymbol + " \"" + fraction + "\" is given without " + symbol
                    + "; " + rule + " (" + symbol + " > 0); give 1 explicitly for lossless recycling");
        }
        return 1.0;
    }

    /**
     * Starts a flow from one entry of a product's {@link MaterialComposition}: {@code M}, {@code F_R},
     * {@code F_U} and {@code F_S} and the material's kind are taken from the entry; the end-of-use
     * fractions start at 0 (all to landfill) and no efficiency is given, for the caller to set.
     *
     * @param entry the composition entry, not null
     * @return a new builder with the feedstock side set
     */
    public static Builder builder(MaterialComposition.Entry entry) {
        return builder(entry.mass())
                .cycle(entry.material().kind())
                .recycledInput(entry.recycledInput().value())
                .reusedInput(entry.reusedInput().value())
                .sustainedBiologicalInput(entry.sustainablySourcedInput().value());
    }

    /**
     * Converts a product's material composition to its flows, one per material in the
     * composition's order, with the end of use set per material by {@code endOfUse}.
     *
     * <p>The composition says where the feedstock came from; where the material goes at the end of
     * use ({@code C_R}, {@code C_U}, {@code C_C}, {@code E_C}) is a property of the product's
     * collection and recycling, so the caller sets it on each material's builder, for example
     * {@code (material, flow) -> flow.recycledOutput(0.6).outputRecyclingEfficiency(0.8)}. A
     * material the caller leaves untouched ends fully in landfill.
     *
     * @param composition the product's composition, not null
     * @param endOfUse sets the end-of-use fractions of each material's builder, not null
     * @return the flows, unmodifiable, ready for {@link MaterialCircularity#of(List, Utility)}
     * @throws IllegalArgumentException if a resulting flow breaks a rule of {@link Builder#build()}
     */
    public static List<MaterialFlow> fromComposition(MaterialComposition composition,
            BiConsumer<Material, Builder> endOfUse) {
        Objects.requireNonNull(endOfUse, "endOfUse");
        List<MaterialFlow> flows = new ArrayList<>();
        for (MaterialComposition.Entry entry : composition.entries()) {
            Builder builder = builder(entry);
            endOfUse.accept(entry.material(), builder);
            flows.add(builder.build());
        }
        return List.copyOf(flows);
    }

    /**
     * Starts a flow of the given mass; every fraction starts at 0 and neither efficiency is given.
     *
     * @param mass the mass {@code M} of the material, not null; must be greater than 0 when built
     * @return a new builder
     */
    public static Builder builder(Mass mass) {
        return new Builder(Objects.requireNonNull(mass, "mass"));
    }

    /**
     * Returns a builder holding this flow's values, to derive a changed copy.
     *
     * @return a new builder with the values of this flow
     */
    public Builder toBuilder() {
        Builder b = new Builder(mass)
                .recycledInput(recycledInput)
                .reusedInput(reusedInput)
                .sustainedBiologicalInput(sustainedBiologicalInput)
                .recycledOutput(recycledOutput)
                .reusedOutput(reusedOutput)
                .compostedOutput(compostedOutput)
                .inputRecyclingEfficiency(inputRecyclingEfficiency)
                .outputRecyclingEfficiency(outputRecyclingEfficiency);
        return b.cycle(biological ? MaterialKind.BIOLOGICAL : MaterialKind.TECHNICAL);
    }

    /**
     * Returns the mass {@code M}.
     *
     * @return the mass, greater than 0
     */
    public Mass mass() {
        return mass;
    }

    /**
     * Returns {@code F_R}, the recycled feedstock fraction.
     *
     * @return a fraction in [0, 1]
     */
    public double recycledInput() {
        return recycledInput;
    }

    /**
     * Returns {@code F_U}, the reused feedstock fraction.
     *
     * @return a fraction in [0, 1]
     */
    public double reusedInput() {
        return reusedInput;
    }

    /**
     * Returns {@code F_S}, the sustainably produced biological feedstock fraction.
     *
     * @return a fraction in [0, 1]; 0 for a technical material
     */
    public double sustainedBiologicalInput() {
        return sustainedBiologicalInput;
    }

    /**
     * Returns {@code C_R}, the fraction collected for recycling.
     *
     * @return a fraction in [0, 1]
     */
    public double recycledOutput() {
        return recycledOutput;
    }

    /**
     * Returns {@code C_U}, the fraction collected for component reuse.
     *
     * @return a fraction in [0, 1]
     */
    public double reusedOutput() {
        return reusedOutput;
    }

    /**
     * Returns {@code C_C}, the fraction composted or anaerobically digested.
     *
     * @return a fraction in [0, 1]; 0 for a technical material
     */
    public double compostedOutput() {
        return compostedOutput;
    }

    /**
     * Returns {@code E_F}, the efficiency of the recycling that made the recycled feedstock.
     *
     * @return a fraction in [0, 1]; greater than 0 when {@code F_R > 0}
     */
    public double inputRecyclingEfficiency() {
        return inputRecyclingEfficiency;
    }

    /**
     * Returns {@code E_C}, the efficiency of the recycling at the end of use.
     *
     * @return a fraction in [0, 1]
     */
    public double outputRecyclingEfficiency() {
        return outputRecyclingEfficiency;
    }

    /**
     * Returns whether this is a flow of a biological material (see the class comment).
     *
     * @return true for a biological material
     */
    public boolean isBiological() {
        return biological;
    }

    /**
     * Returns the material cycle of this flow.
     *
     * @return {@link MaterialKind#BIOLOGICAL} or {@link MaterialKind#TECHNICAL}, never null
     */
    public MaterialKind cycle() {
        return biological ? MaterialKind.BIOLOGICAL : MaterialKind.TECHNICAL;
    }

    /**
     * Checks whether another object is a flow with the same mass, fractions, efficiencies and cycle.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof MaterialFlow o
                && mass.equals(o.mass)
                && Double.compare(recycledInput, o.recycledInput) == 0
                && Double.compare(reusedInput, o.reusedInput) == 0
                && Double.compare(sustainedBiologicalInput, o.sustainedBiologicalInput) == 0
                && Double.compare(recycledOutput, o.recycledOutput) == 0
                && Double.compare(reusedOutput, o.reusedOutput) == 0
                && Double.compare(compostedOutput, o.compostedOutput) == 0
                && Double.compare(inputRecyclingEfficiency, o.inputRecyclingEfficiency) == 0
                && Double.compare(outputRecyclingEfficiency, o.outputRecyclingEfficiency) == 0
                && biological == o.biological;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(mass, recycledInput, reusedInput, sustainedBiologicalInput, recycledOutput,
                reusedOutput, compostedOutput, inputRecyclingEfficiency, outputRecyclingEfficiency, biological);
    }

    /**
     * Prints the flow with its symbols, for example
     * {@code MaterialFlow[M=10 kg, F_R=0.3, F_U=0.1, F_S=0.0, C_R=0.5, C_U=0.1, C_C=0.0, E_F=0.9, E_C=0.8, technical]}.
     *
     * @return the flow as text, never null
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "MaterialFlow[M=%s, F_R=%s, F_U=%s, F_S=%s, C_R=%s, C_U=%s, C_C=%s, E_F=%s, E_C=%s, %s]",
                mass, recycledInput, reusedInput, sustainedBiologicalInput, recycledOutput, reusedOutput,
                compostedOutput, inputRecyclingEfficiency, outputRecyclingEfficiency,
                biological ? "biological" : "technical");
    }

    /**
     * Collects the terms of a {@link MaterialFlow}; {@link #build()} validates them all.
     *
     * <p>A builder is not thread-safe; the flows it builds are.
     */
    public static final class Builder {
        private final Mass mass;
        private double recycledInput;
        private double reusedInput;
        private double sustainedBiologicalInput;
        private double recycledOutput;
        private double reusedOutput;
        private double compostedOutput;
        @Nullable
        private Double inputRecyclingEfficiency; // null: not given
        @Nullable
        private Double outputRecyclingEfficiency; // null: not given
        private MaterialKind cycle;

        private Builder(Mass mass) {
            this.mass = mass;
        }

        /**
         * Sets {@code F_R}, the fraction of the feedstock from recycled sources.
         *
         * @param fraction a fraction in [0, 1]
         * @return this builder
         */
        public Builder recycledInput(double fraction) {
            this.recycledInput = fraction;
            return this;
        }

        /**
         * Sets {@code F_U}, the fraction of the feedstock from reused components.
         *
         * @param fraction a fraction in [0, 1]
         * @return this builder
         */
        public Builder reusedInput(double fraction) {
            this.reusedInput = fraction;
            return this;
        }

        /**
         * Sets {@code F_S}, the fraction of the feedstock that is sustainably produced biological
         * material; a positive {@code F_S} makes an undeclared flow biological.
         *
         * @param fraction a fraction in [0, 1]
         * @return this builder
         */
        public Builder sustainedBiologicalInput(double fraction) {
            this.sustainedBiologicalInput = fraction;
            return this;
        }

        /**
         * Sets {@code C_R}, the fraction collected for recycling at the end of use.
         *
         * @param fraction a fraction in [0, 1]
         * @return this builder
         */
        public Builder recycledOutput(double fraction) {
            this.recycledOutput = fraction;
            return this;
        }

        /**
         * Sets {@code C_U}, the fraction collected for component reuse.
         *
         * @param fraction a fraction in [0, 1]
         * @return this builder
         */
        public Builder reusedOutput(double fraction) {
            this.reusedOutput = fraction;
            return this;
        }

        /**
         * Sets {@code C_C}, the fraction composted or anaerobically digested; a positive {@code C_C}
         * makes an undeclared flow biological.
         *
         * @param fraction a fraction in [0, 1]
         * @return this builder
         */
        public Builder compostedOutput(double fraction) {
            this.compostedOutput = fraction;
            return this;
        }

        /**
         * Sets {@code E_F}, the efficiency of the recycling that made the recycled feedstock
         * (default 1).
         *
         * @param efficiency a fraction in [0, 1]; greater than 0 when {@code F_R > 0}
         * @return this builder
         */
        public Builder inputRecyclingEfficiency(double efficiency) {
            this.inputRecyclingEfficiency = efficiency;
            return this;
        }

        /**
         * Sets {@code E_C}, the efficiency of the recycling at the end of use (default 1).
         *
         * @param efficiency a fraction in [0, 1]
         * @return this builder
         */
        public Builder outputRecyclingEfficiency(double efficiency) {
            this.outputRecyclingEfficiency = efficiency;
            return this;
        }

        /**
         * Declares the material cycle; a {@link MaterialKind#TECHNICAL} flow may not have a positive
         * {@code F_S} or {@code C_C}. Without a declaration, the flow is biological exactly when it has
         * a positive {@code F_S} or {@code C_C}.
         *
         * @param cycle the cycle, not null
         * @return this builder
         */
        public Builder cycle(MaterialKind cycle) {
            this.cycle = Objects.requireNonNull(cycle, "cycle");
            return this;
        }

        /**
         * Validates the terms and builds the flow.
         *
         * @return the flow
         * @throws IllegalArgumentException if {@code M} is 0; a fraction or efficiency is NaN, infinite
         *     or outside [0, 1]; {@code F_R + F_U + F_S > 1}; {@code C_R + C_U + C_C > 1};
         *     {@code F_R > 0} with {@code E_F = 0}; or a technical flow has a positive {@code F_S} or
         *     {@code C_C}
         */
        public MaterialFlow build() {
            return new MaterialFlow(this);
        }
    }
}
