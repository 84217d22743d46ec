package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.Mass;
import io.github.circularj.model.product.MaterialKind;
import org.junit.jupiter.api.Test;

class MaterialFlowTest {

    private static MaterialFlow.Builder oneKilogram() {
        return MaterialFlow.builder(Mass.ofKilograms(1));
    }

    @Test
    void startsWithNoCircularFractionsAndLosslessRecycling() {
        MaterialFlow flow = oneKilogram().build();

        assertThat(flow.recycledInput()).isZero();
        assertThat(flow.reusedInput()).isZero();
        assertThat(flow.sustainedBiologicalInput()).isZero();
        assertThat(flow.recycledOutput()).isZero();
        assertThat(flow.reusedOutput()).isZero();
        assertThat(flow.compostedOutput()).isZero();
        assertThat(flow.inputRecyclingEfficiency()).isEqualTo(1.0);
        assertThat(flow.outputRecyclingEfficiency()).isEqualTo(1.0);
        assertThat(flow.isBiological()).isFalse();
    }

    @Test
    void rejectsAFractionAboveOneNamingTheSymbol() {
        assertThatIllegalArgumentException().isThrownBy(() -> oneKilogram().recycledInput(1.2).build())
                .withMessage("F_R \"1.2\" is outside [0, 1]");
    }

    @Test
    void rejectsANegativeFractionNamingTheSymbol() {
        assertThatIllegalArgumentException().isThrownBy(() -> oneKilogram().reusedOutput(-0.1).build())
                .withMessage("C_U \"-0.1\" is outside [0, 1]");
        assertThatIllegalArgumentException().isThrownBy(() -> oneKilogram().outputRecyclingEfficiency(-1).build())
                .withMessage("E_C \"-1.0\" is outside [0, 1]");
    }

    @Test
    void rejectsNanAndInfinity() {
        assertThatIllegalArgumentException().isThrownBy(() -> oneKilogram().reusedInput(Double.NaN).build())
                .withMessage("F_U \"NaN\" is not a finite number; it must be finite");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> oneKilogram().recycledOutput(Double.POSITIVE_INFINITY).build())
                .withMessageStartingWith("C_R \"Infinity\" is not a finite number");
    }

    @Test
    void rejectsFeedstockFractionsAddingUpToMoreThanOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> oneKilogram().recycledInput(0.7).inputRecyclingEfficiency(1).reusedInput(0.3).sustainedBiologicalInput(0.1).build())
                .withMessageStartingWith("F_R + F_U + F_S \"1.1\" exceeds 1;");
    }

    @Test
    void rejectsCollectedFractionsAddingUpToMoreThanOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> oneKilogram().recycledOutput(0.6).outputRecyclingEfficiency(1).reusedOutput(0.5).build())
                .withMessageStartingWith("C_R + C_U + C_C \"1.1\" exceeds 1;");
    }

    @Test
    void acceptsDecimalFractionsAddingUpToExactlyOne() {
        // 0.9 + 0.1 exceeds 1 in binary floating point, but not as the decimals the user wrote.
        MaterialFlow flow = oneKilogram().recycledInput(0.9).inputRecyclingEfficiency(1).reusedInput(0.1).recycledOutput(0.7)
                .outputRecyclingEfficiency(1).reusedOutput(0.2)
                .compostedOutput(0.1).build();

        assertThat(MaterialCircularity.of(flow, Utility.AVERAGE).virginFeedstock()).isEqualTo(Mass.ZERO);
    }

    @Test
    void rejectsRecycledFeedstockWithoutARecyclingEfficiency() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> oneKilogram().recycledInput(0.2).inputRecyclingEfficiency(0).build())
                .withMessage("E_F \"0.0\" is 0 while F_R is \"0.2\"; recycled feedstock (F_R > 0) needs a"
                        + " recycling efficiency E_F > 0");
    }

    @Test
    void acceptsAZeroInputEfficiencyWithoutRecycledFeedstock() {
        assertThat(oneKilogram().inputRecyclingEfficiency(0).build().inputRecyclingEfficiency()).isZero();
    }

    @Test
    void rejectsAZeroMass() {
        assertThatIllegalArgumentException().isThrownBy(() -> MaterialFlow.builder(Mass.ZERO).build())
                .withMessage("M \"0 kg\" is not positive; it must be greater than 0 kg");
    }

    @Test
    void isBiologicalWhenGivenSustainedBiologicalInputOrCompostedOutput() {
        assertThat(oneKilogram().sustainedBiologicalInput(0.3).build().isBiological()).isTrue();
        assertThat(oneKilogram().compostedOutput(0.3).build().cycle()).isEqualTo(MaterialKind.BIOLOGICAL);
    }

    @Test
    void isBiologicalWhenDeclaredSoWithoutBiologicalTerms() {
        assertThat(oneKilogram().cycle(MaterialKind.BIOLOGICAL).build().isBiological()).isTrue();
    }

    @Test
    void rejectsBiologicalTermsOnADeclaredTechnicalMaterial() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> oneKilogram().cycle(MaterialKind.TECHNICAL).sustainedBiologicalInput(0.2).build())
                .withMessage("F_S \"0.2\" is given for a technical material; F_S applies to biological materials only");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> oneKilogram().cycle(MaterialKind.TECHNICAL).compostedOutput(0.5).build())
                .withMessage("C_C \"0.5\" is given for a technical material; C_C applies to biological materials only");
    }

    @Test
    void aTechnicalMaterialMayStateZeroBiologicalTerms() {
        MaterialFlow flow = oneKilogram().cycle(MaterialKind.TECHNICAL).sustainedBiologicalInput(0).compostedOutput(0)
                .build();

        assertThat(flow.isBiological()).isFalse();
    }

    @Test
    void copiesThroughItsBuilder() {
        MaterialFlow flow = oneKilogram().recycledInput(0.3).inputRecyclingEfficiency(0.9).compostedOutput(0.2).build();

        assertThat(flow.toBuilder().build()).isEqualTo(flow).hasSameHashCodeAs(flow);
        assertThat(flow.toBuilder().recycledInput(0.4).build()).isNotEqualTo(flow);
    }

    @Test
    void printsItsSymbols() {
        assertThat(oneKilogram().recycledInput(0.3).inputRecyclingEfficiency(1).build()).hasToString(
                "MaterialFlow[M=1 kg, F_R=0.3, F_U=0.0, F_S=0.0, C_R=0.0, C_U=0.0, C_C=0.0, E_F=1.0, E_C=1.0, technical]");
    }

    @Test
    void rejectsRecycledFeedstockWithoutItsRecyclingEfficiency() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> oneKilogram().recycledInput(0.2).build())
                .withMessage("F_R \"0.2\" is given without E_F; recycled feedstock needs the efficiency of the"
                        + " recycling that made it (E_F > 0); give 1 explicitly for lossless recycling");
    }

    @Test
    void rejectsRecycledOutputWithoutItsRecyclingEfficiency() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> oneKilogram().recycledOutput(0.5).build())
                .withMessageStartingWith("C_R \"0.5\" is given without E_C;");
    }

    @Test
    void anEfficiencyIsNotNeededWhereItsFractionIsZero() {
        MaterialFlow flow = oneKilogram().reusedInput(0.5).reusedOutput(1).build();
        assertThat(flow.inputRecyclingEfficiency()).isEqualTo(1.0);
        assertThat(MaterialCircularity.of(flow, Utility.AVERAGE).linearFlowIndex()).isEqualTo(0.25);
    }

    @Test
    void rejectsARecyclingEfficiencyGivenAsNanInsteadOfTakingItAsNotGiven() {
        // NaN was the builder's "not given" marker, so an explicit NaN silently became E_F = 1.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MaterialFlow.builder(Mass.ofKilograms(1)).inputRecyclingEfficiency(Double.NaN).build())
                .withMessage("E_F \"NaN\" is not a finite number; it must be finite");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MaterialFlow.builder(Mass.ofKilograms(1)).outputRecyclingEfficiency(Double.NaN).build())
                .withMessage("E_C \"NaN\" is not a finite number; it must be finite");
    }
    private static MaterialFlow.Builder biologicalFlow() {
        return oneKilogram().cycle(MaterialKind.BIOLOGICAL).recycledInput(0.3).reusedInput(0.1)
                .sustainedBiologicalInput(0.1).recycledOutput(0.3).reusedOutput(0.1).compostedOutput(0.1)
                .inputRecyclingEfficiency(0.9).outputRecyclingEfficiency(0.8);
    }

    @Test
    void flowsDifferingInAnyOneTermAreNotEqual() {
        io.github.circularj.model.ValueContract.assertValueSemantics(biologicalFlow().build(), biologicalFlow().build(),
                java.util.List.of(
                        MaterialFlow.builder(Mass.ofKilograms(2)).cycle(MaterialKind.BIOLOGICAL).recycledInput(0.3)
                                .reusedInput(0.1).sustainedBiologicalInput(0.1).recycledOutput(0.3).reusedOutput(0.1)
                                .compostedOutput(0.1).inputRecyclingEfficiency(0.9).outputRecyclingEfficiency(0.8).build(),
                        biologicalFlow().recycledInput(0.2).build(),
                        biologicalFlow().reusedInput(0.2).build(),
                        biologicalFlow().sustainedBiologicalInput(0.2).build(),
                        biologicalFlow().recycledOutput(0.2).build(),
                        biologicalFlow().reusedOutput(0.2).build(),
                        biologicalFlow().compostedOutput(0.2).build(),
                        biologicalFlow().inputRecyclingEfficiency(0.7).build(),
                        biologicalFlow().outputRecyclingEfficiency(0.7).build()));
    }

    @Test
    void aDeclaredCycleAloneMakesFlowsDiffer() {
        MaterialFlow technical = oneKilogram().reusedInput(0.5).build();
        MaterialFlow biological = oneKilogram().reusedInput(0.5).cycle(MaterialKind.BIOLOGICAL).build();
        io.github.circularj.model.ValueContract.assertValueSemantics(technical, technical.toBuilder().build(),
                java.util.List.of(biological));
    }

    @Test
    void copyingATechnicalFlowKeepsItTechnical() {
        MaterialFlow technical = oneKilogram().reusedInput(0.5).build();
        assertThat(technical.toBuilder().build().cycle()).isEqualTo(MaterialKind.TECHNICAL);
        assertThat(technical.toBuilder().build()).isEqualTo(technical);
    }

    @Test
    void printsABiologicalFlowAsBiological() {
        assertThat(biologicalFlow().build()).hasToString(
                "MaterialFlow[M=1 kg, F_R=0.3, F_U=0.1, F_S=0.1, C_R=0.3, C_U=0.1, C_C=0.1, E_F=0.9, E_C=0.8, biological]");
    }
}
