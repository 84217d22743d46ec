package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UtilityTest {

    @Test
    void multipliesTheLifetimeAndIntensityRatios() {
        // X = (L / L_av) (U / U_av) = (6 / 5) (3 / 2) = 1.8
        assertThat(Utility.of(6, 5, 3, 2).x()).isCloseTo(1.8, within(1e-12));
    }

    @Test
    void countsAnUnknownPartAsOne() {
        assertThat(Utility.ofLifetime(6, 5).x()).isCloseTo(1.2, within(1e-12));
        assertThat(Utility.ofIntensity(3, 2).x()).isCloseTo(1.5, within(1e-12));
        assertThat(Utility.AVERAGE.x()).isEqualTo(1.0);
    }

    @Test
    void rejectsAZeroLifetime() {
        assertThatIllegalArgumentException().isThrownBy(() -> Utility.ofLifetime(0, 5))
                .withMessage("L \"0.0\" is not positive; it must be greater than 0");
    }

    @Test
    void rejectsANegativeAverageLifetime() {
        assertThatIllegalArgumentException().isThrownBy(() -> Utility.ofLifetime(1, -5))
                .withMessage("L_av \"-5.0\" is not positive; it must be greater than 0");
    }

    @Test
    void rejectsNonFiniteIntensities() {
        assertThatIllegalArgumentException().isThrownBy(() -> Utility.of(1, 1, Double.NaN, 1))
                .withMessageStartingWith("U \"NaN\" is not a finite number");
        assertThatIllegalArgumentException().isThrownBy(() -> Utility.of(1, 1, 1, Double.POSITIVE_INFINITY))
                .withMessageStartingWith("U_av \"Infinity\" is not a finite number");
    }

    @Test
    void equalTermsGiveEqualUtilities() {
        assertThat(Utility.ofLifetime(1, 1)).isEqualTo(Utility.AVERAGE).hasSameHashCodeAs(Utility.AVERAGE);
        assertThat(Utility.ofLifetime(2, 1)).isNotEqualTo(Utility.ofIntensity(2, 1));
    }
}
