package io.github.circularj.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.party.IdentityVerification;
import org.junit.jupiter.api.Test;

class PersonalNumbersInEventsTest {

    @Test
    void aSourceRecordRefusesAnIdentityCardNumberAsItsReference() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SourceRecord.of("Store 3", IdentityVerification.Method.ID_CARD_READER,
                        "seller 11010519491231002X"))
                .withMessageContaining("source record reference")
                .withMessageNotContaining("11010519491231002X");
    }

    @Test
    void aSourceRecordRefusesAMobileNumberAsItsSite() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SourceRecord.of("call 13812345678", IdentityVerification.Method.FACE_MATCH, "R-1"))
                .withMessageContaining("source record site");
    }

    @Test
    void aSourceRecordKeepsAnOrdinaryReference() {
        assertThat(SourceRecord.of("Store 3", IdentityVerification.Method.ID_CARD_READER, "INTAKE-2026-000123").reference())
                .isEqualTo("INTAKE-2026-000123");
    }
}
