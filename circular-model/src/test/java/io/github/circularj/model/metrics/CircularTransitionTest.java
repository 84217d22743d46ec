package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.circularj.model.Mass;
import org.junit.jupiter.api.Test;

/** The example of the reference (metrics.md §2) and the undefined cases. */
class CircularTransitionTest {

    private static CircularTransition.Builder referenceInflows() {
        return CircularTransition.builder()
                .inflow(Mass.ofTonnes(100), 0.4, 0)
                .inflow(Mass.ofTonnes(50), 0, 0.8)
                .inflow(Mass.ofTonnes(50), 0, 0);
    }

    @Test
    void theReferenceInflowsAreFortyPercentCircular() {
        // 100 · (100 · 0.4 + 50 · 0.8 + 50 · 0) / (100 + 50 + 50) = 100 · 80 / 200 = 40 %
        CircularTransition cti = referenceInflows().build();

        assertThat(cti.circularInflowPercent()).hasValueCloseTo(40.0, within(1e-12));
        assertThat(cti.circularInflowMass()).isEqualTo(Mass.ofTonnes(80));
        assertThat(cti.inflowMass()).isEqualTo(Mass.ofTonnes(200));
    }

    @Test
    void circularOutflowMultipliesRecoveryPotentialAndActualRecovery() {
        // 100 · (100 · 0.5 · 0.6 + 50 · 1 · 0.2) / 150 = 100 · (30 + 10) / 150 = 26.666… %
        CircularTransition cti = CircularTransition.builder()
                .outflow(Mass.ofTonnes(100), 0.5, 0.6)
                .outflow(Mass.ofTonnes(50), 1, 0.2)
                .build();

        assertThat(cti.circularOutflowPercent()).hasValueCloseTo(80.0 / 3, within(1e-12));
    }

    @Test
    void materialCircularityIsTheMassWeightedMeanOfInflowAndOutflow() {
        // (80 t circular inflow + 30 t circular outflow) / (200 t + 100 t) = 110 / 300 = 36.666… %
        CircularTransition cti = referenceInflows().outflow(Mass.ofTonnes(100), 0.5, 0.6).build();

        assertThat(cti.materialCircularityPercent()).hasValueCloseTo(110.0 / 3, within(1e-12));
        assertThat(cti.outflowMass()).isEqualTo(Mass.ofTonnes(100));
        assertThat(cti.circularOutflowMass()).as("100 t · 0.5 · 0.6").isEqualTo(Mass.ofTonnes(30));
    }

    @Test
    void withoutOutflowsTheOutflowAndMaterialCircularityAreUndefined() {
        CircularTransition cti = referenceInflows().build();

        assertThat(cti.circularOutflowPercent()).isEmpty();
        assertThat(cti.materialCircularityPercent()).isEmpty();
        assertThat(cti).hasToString("CircularTransition[inflow=40.0 %, outflow=undefined, material=undefined]");
    }

    @Test
    void withoutInflowsTheInflowAndMaterialCircularityAreUndefined() {
        CircularTransition cti = CircularTransition.builder().outflow(Mass.ofKilograms(1), 1, 1).build();

        assertThat(cti.circularInflowPercent()).isEmpty();
        assertThat(cti.materialCircularityPercent()).isEmpty();
        assertThat(cti.circularOutflowPercent()).hasValue(100.0);
    }

    @Test
    void rejectsInflowFractionsAddingUpToMoreThanOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CircularTransition.builder().inflow(Mass.ofKilograms(1), 0.5, 0.7))
                .withMessageStartingWith("nv_i + rv_i \"1.2\" exceeds 1;");
    }

    @Test
    void rejectsAZeroMassFlow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CircularTransition.builder().outflow(Mass.ZERO, 1, 1))
                .withMessage("m_j \"0 kg\" is not positive; it must be greater than 0 kg");
    }

    @Test
    void rejectsAnOutOfRangeRecovery() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CircularTransition.builder().outflow(Mass.ofKilograms(1), 1.5, 1))
                .withMessage("RP_j \"1.5\" is outside [0, 1]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CircularTransition.builder().outflow(Mass.ofKilograms(1), 1, Double.NaN))
                .withMessageStartingWith("AR_j \"NaN\" is not a finite number");
    }
}
