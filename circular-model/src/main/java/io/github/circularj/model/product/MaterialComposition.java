package io.github.circularj.model.product;

import io.github.circularj.model.Fraction;
import io.github.circularj.model.Mass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a product is made of: the mass of each material and where its feedstock came from.
 *
 * <p>Per material (an {@link Entry}) it holds the mass M and the input fractions of the Material
 * Circularity Indicator (Ellen MacArthur Foundation &amp; Granta Design, 2015; biological terms 2019):
 * recycled feedstock F_R, reused feedstock F_U and sustainably-produced biological feedstock F_S. The
 * rest, {@code 1 − F_R − F_U − F_S}, is virgin feedstock. A composition has at least one material, no
 * material name twice, and lists its entries ordered by material ({@link Material#compareTo(Material)}),
 * whatever order they were added in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MaterialComposition {

    private final List<Entry> entries;
    private final Mass totalMass;

    private MaterialComposition(List<Entry> entries) {
        this.entries = entries;
        Mass total = Mass.ZERO;
        for (Entry e : entries) {
            total = total.plus(e.mass());
        }
        this.totalMass = total;
    }

    /**
     * Obtains a composition from entries, in any order.
     *
     * @param entries the entries, not null, not empty, no material name twice
     * @return the composition, with entries ordered by material
     * @throws IllegalArgumentException if {@code entries} is empty or names a material twice
     */
    public static MaterialComposition of(List<Entry> entries) {
        Builder b = builder();
        for (Entry e : List.copyOf(entries)) {
            b.add(e);
        }
        return b.build();
    }

    /**
     * Obtains a composition of one material, all virgin feedstock.
     *
     * @param material the material, not null
     * @param mass its mass, not null, positive
     * @return the composition
     * @throws IllegalArgumentException if the mass is zero
     */
    public static MaterialComposition of(Material material, Mass mass) {
        return builder().add(material, mass).build();
    }

    /**
     * Starts building a composition.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the entries, ordered by material.
     *
     * @return the entries, unmodifiable, not empty
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the entry for a material.
     *
     * @param material the material, not null
     * @return the entry, or empty if the composition does not hold that material
     */
    public Optional<Entry> entry(Material material) {
        Objects.requireNonNull(material, "material");
        return entries.stream().filter(e -> e.material().equals(material)).findFirst();
    }

    /**
     * Returns the materials, ordered.
     *
     * @return the materials, unmodifiable
     */
    public List<Material> materials() {
        return entries.stream().map(Entry::material).toList();
    }

    /**
     * Returns the sum of the masses of all materials.
     *
     * @return the total mass, positive
     */
    public Mass totalMass() {
        return totalMass;
    }

    /**
     * Checks whether another object is a composition with equal entries.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof MaterialComposition other && entries.equals(other.entries);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Prints the entries.
     *
     * @return the composition as text, not null
     */
    @Override
    public String toString() {
        return "MaterialComposition" + entries;
    }

    /**
     * One material of a composition: its mass and its feedstock fractions.
     *
     * <p>The three input fractions sum to at most 1, checked on their decimal values as written (so
     * {@code 0.1 + 0.2 + 0.7} is exactly 1); F_S is only allowed on a biological material.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param material the material
     * @param mass its mass M in the product, positive
     * @param recycledInput F_R, the fraction of the feedstock from recycled sources
     * @param reusedInput F_U, the fraction of the feedstock from reused sources (reused components)
     * @param sustainablySourcedInput F_S, the fraction from sustainably-produced biological feedstock;
     *     zero for a technical material
     */
    public record Entry(Material material, Mass mass, Fraction recycledInput, Fraction reusedInput,
            Fraction sustainablySourcedInput) {

        /**
         * Validates the entry.
         *
         * @param material the material, not null
         * @param mass the mass, not null, not zero
         * @param recycledInput F_R, not null
         * @param reusedInput F_U, not null
         * @param sustainablySourcedInput F_S, not null; zero unless the material is biological
         * @throws IllegalArgumentException if the mass is zero, the fractions sum to more than 1, or
         *     F_S is positive on a technical material
         */
        public Entry {
            Objects.requireNonNull(material, "material");
            Objects.requireNonNull(mass, "mass");
            Objects.requireNonNull(recycledInput, "recycledInput");
            Objects.requireNonNull(reusedInput, "reusedInput");
            Objects.requireNonNull(sustainablySourcedInput, "sustainablySourcedInput");
            if (mass.isZero()) {
                throw new IllegalArgumentException("mass \"" + mass + "\" of material \"" + material.name()
                        + "\" is zero; a material in a composition has a positive mass");
            }
            if (!sustainablySourcedInput.isZero() && !material.isBiological()) {
                throw new IllegalArgumentException("sustainablySourcedInput \"" + sustainablySourcedInput
                        + "\" of material \"" + material.name()
                        + "\" is positive but the material is TECHNICAL; only a BIOLOGICAL material has sustainably-sourced feedstock");
            }
            BigDecimal sum = BigDecimal.valueOf(recycledInput.value()).add(BigDecimal.valueOf(reusedInput.value()))
                    .add(BigDecimal.valueOf(sustainablySourcedInput.value()));
            if (sum.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("input fractions of material \"" + material.name() + "\": recycledInput \""
                        + recycledInput + "\" + reusedInput \"" + reusedInput + "\" + sustainablySourcedInput \""
                        + sustainablySourcedInput + "\" = " + sum.stripTrailingZeros().toPlainString()
                        + "; the input fractions of a material sum to at most 1");
            }
        }

        /**
         * Obtains an entry of all virgin feedstock.
         *
         * @param material the material, not null
         * @param mass the mass, not null, not zero
         * @return the entry
         * @throws IllegalArgumentException if the mass is zero
         */
        public static Entry of(Material material, Mass mass) {
            return new Entry(material, mass, Fraction.ZERO, Fraction.ZERO, Fraction.ZERO);
        }

        /**
         * Returns the virgin feedstock fraction, {@code 1 − F_R − F_U − F_S}, never below zero.
         *
         * @return the virgin fraction
         */
        public Fraction virginInput() {
            BigDecimal rest = BigDecimal.ONE.subtract(BigDecimal.valueOf(recycledInput.value()))
                    .subtract(BigDecimal.valueOf(reusedInput.value()))
                    .subtract(BigDecimal.valueOf(sustainablySourcedInput.value()));
            return Fraction.of(rest.doubleValue());
        }
    }

    /**
     * Builds a {@link MaterialComposition}; entries may be added in any order.
     *
     * <p>A builder is mutable and not thread-safe; the composition it builds is immutable.
     */
    public static final class Builder {

        private final List<Entry> entries = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a material of all virgin feedstock.
         *
         * @param material the material, not null
         * @param mass its mass, not null, not zero
         * @return this builder
         * @throws IllegalArgumentException if the mass is zero or the material's name was added before
         */
        public Builder add(Material material, Mass mass) {
            return add(Entry.of(material, mass));
        }

        /**
         * Adds a material with recycled and reused feedstock.
         *
         * @param material the material, not null
         * @param mass its mass, not null, not zero
         * @param recycledInput F_R, not null
         * @param reusedInput F_U, not null
         * @return this builder
         * @throws IllegalArgumentException if the entry is invalid or the material's name was added before
         */
        public Builder add(Material material, Mass mass, Fraction recycledInput, Fraction reusedInput) {
            return add(new Entry(material, mass, recycledInput, reusedInput, Fraction.ZERO));
        }

        /**
         * Adds a material with recycled, reused and sustainably-sourced feedstock.
         *
         * @param material the material, not null
         * @param mass its mass, not null, not zero
         * @param recycledInput F_R, not null
         * @param reusedInput F_U, not null
         * @param sustainablySourcedInput F_S, not null; zero unless the material is biological
         * @return this builder
         * @throws IllegalArgumentException if the entry is invalid or the material's name was added before
         */
        public Builder add(Material material, Mass mass, Fraction recycledInput, Fraction reusedInput,
                Fraction sustainablySourcedInput) {
            return add(new Entry(material, mass, recycledInput, reusedInput, sustainablySourcedInput));
        }

        /**
         * Adds an entry.
         *
         * @param entry the entry, not null
         * @return this builder
         * @throws IllegalArgumentException if the entry's material name was added before
         */
        public Builder add(Entry entry) {
            Objects.requireNonNull(entry, "entry");
            for (Entry e : entries) {
                if (e.material().name().equals(entry.material().name())) {
                    throw new IllegalArgumentException("material \"" + entry.material().name()
                            + "\" appears twice; a composition lists each material once");
                }
            }
            entries.add(entry);
            return this;
        }

        /**
         * Builds the composition.
         *
         * @return the composition, with entries ordered by material
         * @throws IllegalArgumentException if no material was added
         */
        public MaterialComposition build() {
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("materials \"[]\" is empty; a material composition has at least one material");
            }
            List<Entry> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparing(Entry::material));
            return new MaterialComposition(List.copyOf(sorted));
        }
    }
}
