package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static long bits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    @Test
    void readsANegativeZeroFractionOrAmountAsPositiveZero() {
        assertThat(bits(Checks.fraction("F_R", -0.0))).isEqualTo(bits(0.0));
        assertThat(bits(Checks.nonNegative("E", -0.0))).isEqualTo(bits(0.0));
    }

    @Test
    void acceptsZeroAsNonNegativeAndRejectsTheSmallestNegative() {
        assertThat(Checks.nonNegative("E", 0.0)).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.nonNegative("E", -Double.MIN_VALUE))
                .withMessage("E \"-4.9E-324\" is negative; E must be 0 or more");
    }

    @Test
    void refusesAMassTooLargeForADouble() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.mass("W", new BigDecimal("1E+400")))
                .withMessage("W \"10E+399 kg\" is too large for a mass; check the efficiencies and masses given");
    }
}
