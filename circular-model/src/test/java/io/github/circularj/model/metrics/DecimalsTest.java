package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void refusesAMassTooLargeForADouble() {
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.mass("W", new BigDecimal("1E+400")))
                .withMessage("W \"10E+399 kg\" is too large for a mass; check the efficiencies and masses given");
    }
}
