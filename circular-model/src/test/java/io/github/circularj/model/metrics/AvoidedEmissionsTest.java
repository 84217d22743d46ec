package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.circularj.model.Mass;
import org.junit.jupiter.api.Test;

/** The displacement method and lifetime extension of the reference (metrics.md §4). */
class AvoidedEmissionsTest {

    @Test
    void thePrintedMassBasedExampleAvoids3Point0576Kilograms() {
        // 0.3 kg × 11.2 kg CO2e/kg × 0.91 = 3.36 × 0.91 = 3.0576 kg CO2e
        AvoidedEmissions avoided = AvoidedEmissions.displacementByMass(Mass.ofKilograms(0.3), 11.2, 0.91);

        assertThat(avoided.kilogramsCo2e()).isCloseTo(3.0576, within(1e-12));
        assertThat(avoided.method()).isEqualTo(AvoidedEmissions.Method.DISPLACEMENT_BY_MASS);
    }

    @Test
    void displacementSubtractsTheActivityFromTheDisplacedFootprint() {
        // N (D P − E) = 100 (0.822 · 50 − 5) = 100 (41.1 − 5) = 3,610 kg CO2e
        AvoidedEmissions avoided =
                AvoidedEmissions.displacement(100, AvoidedEmissions.REPAIR_DISPLACEMENT_RATE, 50, 5);

        assertThat(avoided.kilogramsCo2e()).isCloseTo(3_610, within(1e-9));
    }

    @Test
    void aNegativeDisplacementResultIsReportedNotClamped() {
        // N (D P − E) = 10 (0.646 · 10 − 8) = 10 (6.46 − 8) = −15.4 kg CO2e
        AvoidedEmissions avoided =
                AvoidedEmissions.displacement(10, AvoidedEmissions.RESALE_DISPLACEMENT_RATE, 10, 8);

        assertThat(avoided.kilogramsCo2e()).isCloseTo(-15.4, within(1e-12));
    }

    @Test
    void usesWrapsDisplacementRates() {
        assertThat(AvoidedEmissions.REPAIR_DISPLACEMENT_RATE).isEqualTo(0.822);
        assertThat(AvoidedEmissions.RESALE_DISPLACEMENT_RATE).isEqualTo(0.646);
    }

    @Test
    void lifetimeExtensionSpreadsEmbodiedEmissionsOverTheLongerLife() {
        // E / L0 − E / L1 = 60 / 3 − 60 / 4 = 20 − 15 = 5 kg CO2e per year
        assertThat(AvoidedEmissions.lifetimeExtension(60, 3, 4).kilogramsCo2e()).isCloseTo(5, within(1e-12));
    }

    @Test
    void aShorterLifetimeGivesANegativeResult() {
        // 60 / 3 − 60 / 2 = 20 − 30 = −10
        assertThat(AvoidedEmissions.lifetimeExtension(60, 3, 2).kilogramsCo2e()).isCloseTo(-10, within(1e-12));
    }

    @Test
    void addsOnlyResultsOfTheSameMethod() {
        AvoidedEmissions a = AvoidedEmissions.lifetimeExtension(60, 3, 4);
        AvoidedEmissions b = AvoidedEmissions.displacement(1, 1, 2, 1);

        assertThat(a.plus(a).kilogramsCo2e()).isCloseTo(10, within(1e-12));
        assertThatIllegalArgumentException().isThrownBy(() -> a.plus(b))
                .withMessage("method \"DISPLACEMENT\" differs from \"LIFETIME_EXTENSION\"; only results of the"
                        + " same method add up");
    }

    @Test
    void rejectsADisplacementRateAboveOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> AvoidedEmissions.displacement(1, 1.2, 10, 1))
                .withMessage("D \"1.2\" is outside [0, 1]");
    }

    @Test
    void rejectsNegativeItemsFootprintsAndEmissions() {
        assertThatIllegalArgumentException().isThrownBy(() -> AvoidedEmissions.displacement(-1, 0.5, 10, 1))
                .withMessage("N \"-1\" is negative; the number of items is 0 or more");
        assertThatIllegalArgumentException().isThrownBy(() -> AvoidedEmissions.displacement(1, 0.5, -10, 1))
                .withMessage("P \"-10.0\" is negative; it must be zero or more");
        assertThatIllegalArgumentException().isThrownBy(() -> AvoidedEmissions.displacement(1, 0.5, 10, Double.NaN))
                .withMessageStartingWith("E \"NaN\" is not a finite number");
    }

    @Test
    void rejectsAZeroLifetime() {
        assertThatIllegalArgumentException().isThrownBy(() -> AvoidedEmissions.lifetimeExtension(60, 0, 4))
                .withMessage("L0 \"0.0\" is not positive; it must be greater than 0");
    }

    @Test
    void noItemsAvoidExactlyZero() {
        assertThat(AvoidedEmissions.displacement(0, 0.5, 1, 2))
                .isEqualTo(AvoidedEmissions.displacement(0, 0.5, 3, 1));
    }
    @Test
    void printsTheKilogramsAndTheMethod() {
        // N · (D · P − E) = 1 · (1 · 2 − 1) = 1 kg CO2e
        assertThat(AvoidedEmissions.displacement(1, 1, 2, 1)).hasToString("AvoidedEmissions[1.0 kg CO2e, DISPLACEMENT]");
    }
}
