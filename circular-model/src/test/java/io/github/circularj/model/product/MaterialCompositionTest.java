package io.github.circularj.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.Fraction;
import io.github.circularj.model.Mass;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaterialCompositionTest {

    private static final Material STEEL = Material.technical("steel");
    private static final Material ALUMINIUM = Material.technical("aluminium");
    private static final Material COTTON = Material.biological("cotton");

    @Test
    void listsEntriesInMaterialOrderWhateverTheInsertionOrder() {
        MaterialComposition a = MaterialComposition.builder().add(STEEL, Mass.ofKilograms(2))
                .add(ALUMINIUM, Mass.ofKilograms(1)).add(COTTON, Mass.ofGrams(500)).build();
        MaterialComposition b = MaterialComposition.builder().add(COTTON, Mass.ofGrams(500))
                .add(ALUMINIUM, Mass.ofKilograms(1)).add(STEEL, Mass.ofKilograms(2)).build();
        assertThat(a.materials()).containsExactly(ALUMINIUM, COTTON, STEEL);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.totalMass()).isEqualTo(Mass.ofKilograms(3.5));
    }

    @Test
    void exposesPerMaterialFeedstockFractions() {
        MaterialComposition c = MaterialComposition.builder()
                .add(STEEL, Mass.ofKilograms(10), Fraction.of(0.3), Fraction.of(0.1))
                .add(COTTON, Mass.ofKilograms(1), Fraction.ZERO, Fraction.ZERO, Fraction.of(0.6)).build();
        MaterialComposition.Entry steel = c.entry(STEEL).orElseThrow();
        assertThat(steel.mass()).isEqualTo(Mass.ofKilograms(10));
        assertThat(steel.recycledInput()).isEqualTo(Fraction.of(0.3));
        assertThat(steel.reusedInput()).isEqualTo(Fraction.of(0.1));
        assertThat(steel.sustainablySourcedInput()).isEqualTo(Fraction.ZERO);
        assertThat(steel.virginInput()).isEqualTo(Fraction.of(0.6));
        assertThat(c.entry(COTTON).orElseThrow().sustainablySourcedInput()).isEqualTo(Fraction.of(0.6));
        assertThat(c.entry(ALUMINIUM)).isEmpty();
    }

    @Test
    void acceptsFractionsThatSumToExactlyOneAsWritten() {
        MaterialComposition.Entry e = new MaterialComposition.Entry(COTTON, Mass.ofKilograms(1), Fraction.of(0.1),
                Fraction.of(0.2), Fraction.of(0.7));
        assertThat(e.virginInput()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void rejectsFractionsSummingAboveOneNamingTheMaterialAndValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MaterialComposition.builder()
                        .add(STEEL, Mass.ofKilograms(1), Fraction.of(0.7), Fraction.of(0.4)))
                .withMessage("input fractions of material \"steel\": recycledInput \"0.7\" + reusedInput \"0.4\""
                        + " + sustainablySourcedInput \"0\" = 1.1; the input fractions of a material sum to at most 1");
    }

    @Test
    void rejectsSustainablySourcedFeedstockOnATechnicalMaterial() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MaterialComposition.Entry(STEEL, Mass.ofKilograms(1), Fraction.ZERO,
                        Fraction.ZERO, Fraction.of(0.2)))
                .withMessage("sustainablySourcedInput \"0.2\" of material \"steel\" is positive but the material is"
                        + " TECHNICAL; only a BIOLOGICAL material has sustainably-sourced feedstock");
    }

    @Test
    void rejectsAZeroMass() {
        assertThatIllegalArgumentException().isThrownBy(() -> MaterialComposition.of(STEEL, Mass.ZERO))
                .withMessage("mass \"0 kg\" of material \"steel\" is zero; a material in a composition has a positive mass");
    }

    @Test
    void rejectsAMaterialTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MaterialComposition.of(List.of(MaterialComposition.Entry.of(STEEL, Mass.ofKilograms(1)),
                        MaterialComposition.Entry.of(STEEL, Mass.ofKilograms(2)))))
                .withMessage("material \"steel\" appears twice; a composition lists each material once");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MaterialComposition.builder().add(Material.technical("wood"), Mass.ofKilograms(1))
                        .add(Material.biological("wood"), Mass.ofKilograms(1)))
                .withMessageContaining("material \"wood\" appears twice");
    }

    @Test
    void rejectsAnEmptyComposition() {
        assertThatIllegalArgumentException().isThrownBy(() -> MaterialComposition.builder().build())
                .withMessage("materials \"[]\" is empty; a material composition has at least one material");
    }

    @Test
    void copiesTheEntriesItIsGiven() {
        java.util.ArrayList<MaterialComposition.Entry> list = new java.util.ArrayList<>();
        list.add(MaterialComposition.Entry.of(STEEL, Mass.ofKilograms(1)));
        MaterialComposition c = MaterialComposition.of(list);
        list.add(MaterialComposition.Entry.of(COTTON, Mass.ofKilograms(1)));
        assertThat(c.entries()).hasSize(1);
        assertThat(c.entries()).isUnmodifiable();
        assertThat(c.toString()).startsWith("MaterialComposition[").contains("steel");
    }

    @Test
    void rejectsABadMaterialName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Material.technical(""))
                .withMessage("material name \"\" is blank; it needs at least one visible character");
        assertThatIllegalArgumentException().isThrownBy(() -> Material.technical("steel "))
                .withMessageContaining("material name \"steel \" has leading or trailing whitespace");
        assertThatIllegalArgumentException().isThrownBy(() -> Material.technical("s".repeat(101)))
                .withMessageContaining("has 101 characters; at most 100 are allowed");
    }

    @Test
    void printsAMaterialWithItsKind() {
        assertThat(COTTON).hasToString("cotton (BIOLOGICAL)");
        assertThat(COTTON.isBiological()).isTrue();
    }
}
