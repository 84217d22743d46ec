package io.github.circularj.rules.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.product.ItemId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One erasure against the standard: block erase, or overwrite ≥ 3 passes magnetic / ≥ 1 flash, verified. */
class ErasureStandardTest {

    @ParameterizedTest(name = "{0} x{1} on {2}, verified {3}: {4}")
    @CsvSource({
            "BLOCK_ERASE, 1, FLASH, true, true",
            "BLOCK_ERASE, 1, MAGNETIC, true, true",
            "OVERWRITE, 1, FLASH, true, true",
            "OVERWRITE, 2, MAGNETIC, true, false",
            "OVERWRITE, 3, MAGNETIC, true, true",
            "OVERWRITE, 3, MAGNETIC, false, false",
            "BLOCK_ERASE, 1, FLASH, false, false",
            "CRYPTO_ERASE, 1, FLASH, true, false",
            "FACTORY_RESET, 1, FLASH, true, false"})
    void meetsTheStandardOnlyWithAnAcceptedVerifiedMethod(ErasureMethod method, int passes, StorageMedium medium,
            boolean verified, boolean meets) {
        DataErased erasure = new DataErased(EventId.of("E1"), ItemId.of("P1"), PilotFixtures.T0, PilotFixtures.STAFF,
                Erasure.of(method, passes, medium).withVerified(verified));

        assertThat(ErasureStandard.meets(erasure, 3, 1)).isEqualTo(meets);
        assertThat(ErasureStandard.counts(erasure)).isEqualTo(method != ErasureMethod.FACTORY_RESET);
    }
}
