package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.circularj.model.Mass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of the reference (metrics.md §1), each checked by hand from the formulas first. */
class MaterialCircularityTest {

    private static final double EPS = 1e-12;

    private static Mass kg(double kilograms) {
        return Mass.ofKilograms(kilograms);
    }

    @Test
    void aFullyLinearProductOfAverageUtilityScoresOneTenth() {
        // M = 1, every fraction 0, X = 1.
        // V = 1 (1 − 0) = 1; W_0 = 1 (1 − 0) = 1; W_C = 0; W_F = 0 (F_R = 0); W = 1 + 0 = 1
        // LFI = (1 + 1) / (2 + 0) = 1; MCI = 1 − 1 · 0.9 / 1 = 0.1
        MaterialCircularity mci = MaterialCircularity.of(MaterialFlow.builder(kg(1)).build(), Utility.AVERAGE);

        assertThat(mci.linearFlowIndex()).isEqualTo(1.0);
        assertThat(mci.mci()).isEqualTo(0.1);
        assertThat(mci.virginFeedstock()).isEqualTo(kg(1));
        assertThat(mci.unrecoverableWaste()).isEqualTo(kg(1));
    }

    @Test
    void theMixedExampleGivesLfi32Over59AndMci35Over59() {
        // M = 10, F_R = 0.3, F_U = 0.1, C_R = 0.5, C_U = 0.1, E_C = 0.8, E_F = 0.9, X = L / L_av = 6 / 5 = 1.2
        // V   = 10 (1 − 0.3 − 0.1)      = 6
        // W_0 = 10 (1 − 0.5 − 0.1)      = 4
        // W_C = 10 (1 − 0.8) 0.5        = 1
        // W_F = 10 (1 − 0.9) 0.3 / 0.9  = 1/3
        // W   = 4 + (1/3 + 1) / 2       = 14/3
        // LFI = (6 + 14/3) / (20 + (1/3 − 1) / 2) = (32/3) / (59/3) = 32/59
        // MCI = 1 − (32/59) · 0.9 / 1.2 = 1 − 24/59 = 35/59 ≈ 0.5932203390
        MaterialFlow flow = MaterialFlow.builder(kg(10))
                .recycledInput(0.3).reusedInput(0.1)
                .recycledOutput(0.5).reusedOutput(0.1)
                .outputRecyclingEfficiency(0.8).inputRecyclingEfficiency(0.9)
                .build();

        MaterialCircularity mci = MaterialCircularity.of(List.of(flow), Utility.ofLifetime(6, 5));

        assertThat(mci.utility().x()).isCloseTo(1.2, within(EPS));
        assertThat(mci.virginFeedstock().kilograms()).isCloseTo(6, within(EPS));
        assertThat(mci.uncollectedWaste().kilograms()).isCloseTo(4, within(EPS));
        assertThat(mci.endOfUseRecyclingWaste().kilograms()).isCloseTo(1, within(EPS));
        assertThat(mci.feedstockRecyclingWaste().kilograms()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(mci.unrecoverableWaste().kilograms()).isCloseTo(14.0 / 3, within(EPS));
        assertThat(mci.linearFlowIndex()).isCloseTo(32.0 / 59, within(EPS));
        assertThat(mci.mci()).isCloseTo(35.0 / 59, within(EPS)).isCloseTo(0.5932203390, within(1e-10));
    }

    @Test
    void recycledInLandfilledOutGivesLfi06AndMci046() {
        // M = 1, F_R = 1, E_F = 0.5, nothing collected, X = 1.
        // V = 0; W_0 = 1; W_C = 0; W_F = 1 (1 − 0.5) 1 / 0.5 = 1; W = 1 + (1 + 0) / 2 = 1.5
        // LFI = (0 + 1.5) / (2 + (1 − 0) / 2) = 1.5 / 2.5 = 0.6; MCI = 1 − 0.6 · 0.9 = 0.46
        MaterialFlow flow = MaterialFlow.builder(kg(1)).recycledInput(1).inputRecyclingEfficiency(0.5).build();

        MaterialCircularity mci = MaterialCircularity.of(flow, Utility.AVERAGE);

        assertThat(mci.virginFeedstock()).isEqualTo(Mass.ZERO);
        assertThat(mci.feedstockRecyclingWaste()).isEqualTo(kg(1));
        assertThat(mci.linearFlowIndex()).isCloseTo(0.6, within(EPS));
        assertThat(mci.mci()).isCloseTo(0.46, within(EPS));
    }

    @Test
    void recycledFeedstockFromInefficientRecyclingLowersTheIndicator() {
        // Before: M = 1, F_U = 0.5, C_U = 1, X = 1.
        //   V = 0.5; W_0 = 0; W_C = 0; W_F = 0; LFI = 0.5 / 2 = 0.25; MCI = 1 − 0.225 = 0.775
        // After adding F_R = 0.1 with E_F = 0.2:
        //   V = 1 − 0.1 − 0.5 = 0.4; W_F = (1 − 0.2) 0.1 / 0.2 = 0.4; W = 0 + 0.4 / 2 = 0.2
        //   LFI = (0.4 + 0.2) / (2 + 0.4 / 2) = 0.6 / 2.2 = 3/11; MCI = 1 − 0.9 · 3/11 = 83/110 ≈ 0.7545
        MaterialFlow before = MaterialFlow.builder(kg(1)).reusedInput(0.5).reusedOutput(1).build();
        MaterialFlow after = before.toBuilder().recycledInput(0.1).inputRecyclingEfficiency(0.2).build();

        MaterialCircularity mciBefore = MaterialCircularity.of(before, Utility.AVERAGE);
        MaterialCircularity mciAfter = MaterialCircularity.of(after, Utility.AVERAGE);

        assertThat(mciBefore.linearFlowIndex()).isCloseTo(0.25, within(EPS));
        assertThat(mciBefore.mci()).isCloseTo(0.775, within(EPS));
        assertThat(mciAfter.linearFlowIndex()).isCloseTo(3.0 / 11, within(EPS));
        assertThat(mciAfter.mci()).isCloseTo(83.0 / 110, within(EPS));
        assertThat(mciAfter.mci()).isLessThan(mciBefore.mci());
    }

    @Test
    void sumsTheTermsOverMaterialsBeforeComputingTheIndexOnce() {
        // Material a: M = 1 fully linear: V = 1, W_0 = 1, W_C = W_F = 0.
        // Material b: M = 1, F_R = 1, E_F = 0.5: V = 0, W_0 = 1, W_C = 0, W_F = 1.
        // Sums: M = 2, V = 1, W_0 = 2, W_C = 0, W_F = 1; W = 2 + 1/2 = 2.5
        // LFI = (1 + 2.5) / (4 + 1/2) = 3.5 / 4.5 = 7/9; MCI = 1 − 0.9 · 7/9 = 0.3
        // (The mass-weighted mean of the per-material MCIs, (0.1 + 0.46) / 2 = 0.28, is a different number.)
        MaterialFlow a = MaterialFlow.builder(kg(1)).build();
        MaterialFlow b = MaterialFlow.builder(kg(1)).recycledInput(1).inputRecyclingEfficiency(0.5).build();

        MaterialCircularity mci = MaterialCircularity.of(List.of(a, b), Utility.AVERAGE);

        assertThat(mci.mass()).isEqualTo(kg(2));
        assertThat(mci.linearFlowIndex()).isCloseTo(7.0 / 9, within(EPS));
        assertThat(mci.mci()).isCloseTo(0.3, within(EPS));
    }

    @Test
    void biologicalTermsCountAsRestorativeFlows() {
        // M = 2, F_S = 0.5, C_C = 0.25, X = 1.
        // V = 2 (1 − 0.5) = 1; W_0 = 2 (1 − 0.25) = 1.5; W_C = W_F = 0; W = 1.5
        // LFI = (1 + 1.5) / 4 = 0.625; MCI = 1 − 0.9 · 0.625 = 0.4375
        MaterialFlow flow = MaterialFlow.builder(kg(2)).sustainedBiologicalInput(0.5).compostedOutput(0.25).build();

        MaterialCircularity mci = MaterialCircularity.of(flow, Utility.AVERAGE);

        assertThat(mci.linearFlowIndex()).isCloseTo(0.625, within(EPS));
        assertThat(mci.mci()).isCloseTo(0.4375, within(EPS));
    }

    @Test
    void floorsTheIndicatorAtZeroForAProductOfVeryLowUtility() {
        // Fully linear, X = 0.5: 1 − 1 · 0.9 / 0.5 = −0.8, floored by the method's max(0, …) to 0.
        MaterialCircularity mci = MaterialCircularity.of(MaterialFlow.builder(kg(1)).build(), Utility.ofLifetime(1, 2));

        assertThat(mci.mci()).isEqualTo(0.0);
        assertThat(mci.utilityFactor()).isCloseTo(1.8, within(EPS));
    }

    @Test
    void rejectsAProductWithoutFlows() {
        assertThatIllegalArgumentException().isThrownBy(() -> MaterialCircularity.of(List.of(), Utility.AVERAGE))
                .withMessageContaining("flows \"[]\" is empty");
    }

    @Test
    void copiesTheFlowsGiven() {
        List<MaterialFlow> flows = new ArrayList<>(List.of(MaterialFlow.builder(kg(1)).build()));
        MaterialCircularity mci = MaterialCircularity.of(flows, Utility.AVERAGE);
        flows.add(MaterialFlow.builder(kg(5)).build());

        assertThat(mci.flows()).hasSize(1);
        assertThat(mci.mass()).isEqualTo(kg(1));
    }

    @Test
    void anEqualProductGivesAnEqualResult() {
        MaterialFlow flow = MaterialFlow.builder(kg(3)).recycledInput(0.2).inputRecyclingEfficiency(0.5).build();

        assertThat(MaterialCircularity.of(flow, Utility.AVERAGE))
                .isEqualTo(MaterialCircularity.of(List.of(flow), Utility.of(1, 1, 1, 1)))
                .hasSameHashCodeAs(MaterialCircularity.of(flow, Utility.AVERAGE));
    }
    @Test
    void printsTheIndicatorWithItsMainTerms() {
        // a fully linear kilogram at average utility: LFI = (1 + 1) / (2 · 1) = 1, MCI = 1 − 0.9 · 1 / 1 = 0.1
        assertThat(MaterialCircularity.of(MaterialFlow.builder(kg(1)).build(), Utility.AVERAGE))
                .hasToString("MaterialCircularity[MCI=0.1, LFI=1.0, X=1.0, M=1 kg, V=1 kg, W=1 kg]");
    }

    @Test
    void indicatorsOfDifferentFlowsOrUtilitiesAreNotEqual() {
        MaterialFlow linear = MaterialFlow.builder(kg(1)).build();
        io.github.circularj.model.ValueContract.assertValueSemantics(
                MaterialCircularity.of(linear, Utility.AVERAGE),
                MaterialCircularity.of(List.of(MaterialFlow.builder(kg(1)).build()), Utility.ofLifetime(1, 1)),
                List.of(MaterialCircularity.of(MaterialFlow.builder(kg(2)).build(), Utility.AVERAGE),
                        MaterialCircularity.of(linear, Utility.ofLifetime(2, 1))));
    }

    @Test
    void printsAndComparesUtilitiesByTheirFourTerms() {
        assertThat(Utility.ofLifetime(6, 5)).hasToString("Utility[X=1.2, L=6.0, L_av=5.0, U=1.0, U_av=1.0]");
        io.github.circularj.model.ValueContract.assertValueSemantics(Utility.of(6, 5, 2, 1), Utility.of(6, 5, 2, 1),
                List.of(Utility.of(7, 5, 2, 1), Utility.of(6, 4, 2, 1), Utility.of(6, 5, 3, 1), Utility.of(6, 5, 2, 3)));
    }
}
