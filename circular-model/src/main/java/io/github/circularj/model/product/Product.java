package io.github.circularj.model.product;

import io.github.circularj.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A product type: brand, model and category, with what circularity metrics need to know about it.
 *
 * <p>Brand and model are 1 to {@value #MAX_TEXT_LENGTH} characters, not blank and not trimmed
 * silently. The {@link MaterialComposition}, the design lifetime and the use intensity are optional:
 * secondhand goods are often traded without them, and a Material Circularity Indicator calculation
 * that needs them reports their absence itself (the MCI treats an unknown utility factor as 1). When
 * present, the design lifetime (L, in years) and the use intensity (U, functional units per use
 * cycle) are finite and positive. The {@link EfficiencyGrade} (energy- or water-efficiency label, 1 to 5) is
 * present where the product's category has such a label and the records hold it.
 *
 * <p>Build with {@link #of(String, String, Category)} or {@link #builder(String, String, Category)}.
 * Two products are equal when all their fields are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Product {

    /** The longest brand or model accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 200;

    private final String brand;
    private final String model;
    private final Category category;
    private final Optional<MaterialComposition> composition;
    private final OptionalDouble designLifetimeYears;
    private final OptionalDouble useIntensity;
    private final Optional<EfficiencyGrade> efficiencyGrade;

    private Product(Builder b) {
        this.brand = b.brand;
        this.model = b.model;
        this.category = b.category;
        this.composition = Optional.ofNullable(b.composition);
        this.designLifetimeYears = b.designLifetimeYears;
        this.useIntensity = b.useIntensity;
        this.efficiencyGrade = Optional.ofNullable(b.efficiencyGrade);
    }

    /**
     * Obtains a product with no composition, design lifetime or use intensity.
     *
     * @param brand the brand, not null, not blank, trimmed
     * @param model the model, not null, not blank, trimmed
     * @param category the category, not null
     * @return the product
     * @throws IllegalArgumentException if brand or model is blank, too long or not trimmed
     */
    public static Product of(String brand, String model, Category category) {
        return builder(brand, model, category).build();
    }

    /**
     * Starts building a product.
     *
     * @param brand the brand, not null, not blank, trimmed
     * @param model the model, not null, not blank, trimmed
     * @param category the category, not null
     * @return a builder
     * @throws IllegalArgumentException if brand or model is blank, too long or not trimmed
     */
    public static Builder builder(String brand, String model, Category category) {
        return new Builder(Checks.text("brand", brand, MAX_TEXT_LENGTH), Checks.text("model", model, MAX_TEXT_LENGTH),
                Objects.requireNonNull(category, "category"));
    }


    /**
     * Returns the brand.
     *
     * @return the brand, not null
     */
    public String brand() {
        return brand;
    }

    /**
     * Returns the model.
     *
     * @return the model, not null
     */
    public String model() {
        return model;
    }

    /**
     * Returns the category.
     *
     * @return the category, not null
     */
    public Category category() {
        return category;
    }

    /**
     * Returns the material composition, if known.
     *
     * @return the composition, or empty
     */
    public Optional<MaterialComposition> composition() {
        return composition;
    }

    /**
     * Returns the design lifetime L in years, if known.
     *
     * @return the lifetime in years, positive, or empty
     */
    public OptionalDouble designLifetimeYears() {
        return designLifetimeYears;
    }

    /**
     * Returns the use intensity U, the functional units delivered per use cycle, if known.
     *
     * @return the use intensity, positive, or empty
     */
    public OptionalDouble useIntensity() {
        return useIntensity;
    }

    /**
     * Returns the grade on the product's energy- or water-efficiency label, if its category has one and it is
     * recorded.
     *
     * @return the grade, or empty
     */
    public Optional<EfficiencyGrade> efficiencyGrade() {
        return efficiencyGrade;
    }

    /**
     * Checks whether another object is a product with equal fields.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Product other && brand.equals(other.brand) && model.equals(other.model)
                && category.equals(other.category) && composition.equals(other.composition)
                && designLifetimeYears.equals(other.designLifetimeYears) && useIntensity.equals(other.useIntensity)
                && efficiencyGrade.equals(other.efficiencyGrade);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(brand, model, category, composition, designLifetimeYears, useIntensity, efficiencyGrade);
    }

    /**
     * Prints brand, model and category code, for example {@code Acme X1 (electronics/phone)}.
     *
     * @return the product as text, not null
     */
    @Override
    public String toString() {
        return brand + " " + model + " (" + category + ")";
    }

    /**
     * Builds a {@link Product}. Obtain one from {@link Product#builder(String, String, Category)}.
     *
     * <p>A builder is mutable and not thread-safe; the product it builds is immutable.
     */
    public static final class Builder {

        private final String brand;
        private final String model;
        private final Category category;
        private MaterialComposition composition;
        private OptionalDouble designLifetimeYears = OptionalDouble.empty();
        private OptionalDouble useIntensity = OptionalDouble.empty();
        private EfficiencyGrade efficiencyGrade;

        private Builder(String brand, String model, Category category) {
            this.brand = brand;
            this.model = model;
            this.category = category;
        }

        /**
         * Sets the material composition.
         *
         * @param composition the composition, not null
         * @return this builder
         */
        public Builder composition(MaterialComposition composition) {
            this.composition = Objects.requireNonNull(composition, "composition");
            return this;
        }

        /**
         * Sets the design lifetime L.
         *
         * @param years the lifetime in years, finite and positive
         * @return this builder
         * @throws IllegalArgumentException if {@code years} is not finite and positive
         */
        public Builder designLifetimeYears(double years) {
            this.designLifetimeYears = OptionalDouble.of(Checks.positive("designLifetimeYears", years));
            return this;
        }

        /**
         * Sets the use intensity U.
         *
         * @param functionalUnitsPerCycle the functional units per use cycle, finite and positive
         * @return this builder
         * @throws IllegalArgumentException if the value is not finite and positive
         */
        public Builder useIntensity(double functionalUnitsPerCycle) {
            this.useIntensity = OptionalDouble.of(Checks.positive("useIntensity", functionalUnitsPerCycle));
            return this;
        }

        /**
         * Sets the grade on the product's energy- or water-efficiency label.
         *
         * @param grade the grade, not null
         * @return this builder
         */
        public Builder efficiencyGrade(EfficiencyGrade grade) {
            this.efficiencyGrade = Objects.requireNonNull(grade, "efficiencyGrade");
            return this;
        }

        /**
         * Builds the product.
         *
         * @return the product
         */
        public Product build() {
            return new Product(this);
        }
    }
}
