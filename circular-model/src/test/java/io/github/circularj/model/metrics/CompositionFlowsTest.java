package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.circularj.model.Fraction;
import io.github.circularj.model.Mass;
import io.github.circularj.model.product.Material;
import io.github.circularj.model.product.MaterialComposition;
import io.github.circularj.model.product.MaterialKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionFlowsTest {

    private static final Material STEEL = Material.technical("steel");
    private static final Material WOOD = Material.biological("wood");

    @Test
    void takesTheFeedstockSideFromTheComposition() {
        MaterialComposition composition = MaterialComposition.builder()
                .add(STEEL, Mass.ofKilograms(10), Fraction.of(0.3), Fraction.of(0.1))
                .build();
        // The reference's "mixed" worked example: M 10, F_R 0.3, F_U 0.1, C_R 0.5, C_U 0.1,
        // E_C 0.8, E_F 0.9, X = 1.2 gives LFI 32/59 and MCI 35/59.
        List<MaterialFlow> flows = MaterialFlow.fromComposition(composition, (material, flow) -> flow
                .inputRecyclingEfficiency(0.9).recycledOutput(0.5).reusedOutput(0.1).outputRecyclingEfficiency(0.8));
        MaterialCircularity result = MaterialCircularity.of(flows, Utility.ofLifetime(1.2, 1.0));
        assertThat(result.linearFlowIndex()).isCloseTo(32.0 / 59.0, within(1e-12));
        assertThat(result.mci()).isCloseTo(35.0 / 59.0, within(1e-12));
    }

    @Test
    void aMaterialLeftUntouchedEndsInLandfill() {
        MaterialComposition composition = MaterialComposition.of(STEEL, Mass.ofKilograms(1));
        MaterialCircularity result = MaterialCircularity.of(
                MaterialFlow.fromComposition(composition, (material, flow) -> { }), Utility.AVERAGE);
        assertThat(result.mci()).isEqualTo(0.1);
    }

    @Test
    void keepsTheMaterialKindSoATechnicalMaterialCannotBeComposted() {
        MaterialComposition composition = MaterialComposition.builder()
                .add(STEEL, Mass.ofKilograms(2))
                .add(WOOD, Mass.ofKilograms(1))
                .build();
        List<MaterialFlow> flows = MaterialFlow.fromComposition(composition, (material, flow) -> { });
        assertThat(flows).extracting(MaterialFlow::cycle).containsExactlyInAnyOrder(MaterialKind.TECHNICAL, MaterialKind.BIOLOGICAL);
        assertThatIllegalArgumentException().isThrownBy(() -> MaterialFlow.fromComposition(composition,
                (material, flow) -> flow.compostedOutput(0.5)))
                .withMessageContaining("C_C \"0.5\" is given for a technical material");
    }
}
