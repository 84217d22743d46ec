package io.github.circularj.model.lifecycle;

import static io.github.circularj.model.lifecycle.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.GradingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The payloads of the events that carry more than one fact: erasure, inspection, intake, flag, return. */
class PayloadsTest {

    @Test
    void noEventRecordHasMoreThanFiveComponents() {
        Class<?>[] events = LifecycleEvent.class.getPermittedSubclasses();
        assertThat(events).hasSize(EventType.values().length);
        for (Class<?> event : events) {
            assertThat(event.getRecordComponents()).as(event.getSimpleName()).hasSizeLessThanOrEqualTo(5);
        }
    }

    @Test
    void anErasureFactoryNamesItsMethodAndStartsUnverifiedWithoutToolOrCertificate() {
        Erasure e = Erasure.overwrite(3, StorageMedium.MAGNETIC);
        assertThat(e.method()).isEqualTo(ErasureMethod.OVERWRITE);
        assertThat(e.passes()).isEqualTo(3);
        assertThat(e.medium()).isEqualTo(StorageMedium.MAGNETIC);
        assertThat(e.tool()).isEmpty();
        assertThat(e.toolVersion()).isEmpty();
        assertThat(e.certificate()).isEmpty();
        assertThat(e.verified()).isFalse();
        assertThat(Erasure.blockErase(StorageMedium.FLASH)).isEqualTo(Erasure.of(ErasureMethod.BLOCK_ERASE, 1,
                StorageMedium.FLASH));
        assertThat(Erasure.cryptoErase(StorageMedium.FLASH).method()).isEqualTo(ErasureMethod.CRYPTO_ERASE);
        assertThat(Erasure.factoryReset(StorageMedium.FLASH).method()).isEqualTo(ErasureMethod.FACTORY_RESET);
    }

    @Test
    void erasureCopiesChangeOnlyTheirOwnComponent() {
        Erasure base = Erasure.overwrite(1, StorageMedium.FLASH);
        Erasure full = base.withTool("EraseTool", "2.1").withCertificate("CERT-1").withVerified(true);
        assertThat(full).isEqualTo(new Erasure(ErasureMethod.OVERWRITE, 1, StorageMedium.FLASH,
                Optional.of("EraseTool"), Optional.of("2.1"), Optional.of("CERT-1"), true));
        assertThat(full.withVerified(false)).isEqualTo(new Erasure(ErasureMethod.OVERWRITE, 1, StorageMedium.FLASH,
                Optional.of("EraseTool"), Optional.of("2.1"), Optional.of("CERT-1"), false));
        assertThat(base.withVerified(true).verified()).isTrue();
        assertThat(base.tool()).isEmpty();
    }

    @Test
    void rejectsAnErasureWithFewerThanOnePass() {
        assertThatIllegalArgumentException().isThrownBy(() -> Erasure.overwrite(0, StorageMedium.MAGNETIC))
                .withMessage("passes \"0\" of erasure method OVERWRITE is less than 1; an erasure runs at least once");
    }

    @Test
    void rejectsAToolVersionWithoutATool() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Erasure(ErasureMethod.OVERWRITE, 1,
                StorageMedium.FLASH, Optional.empty(), Optional.of("2.1"), Optional.empty(), true))
                .withMessage("toolVersion \"2.1\" is given without a tool; a version belongs to a named tool");
    }

    @Test
    void rejectsABlankOrPaddedErasureText() {
        Erasure e = Erasure.blockErase(StorageMedium.FLASH);
        assertThatIllegalArgumentException().isThrownBy(() -> e.withCertificate(" "))
                .withMessageStartingWith("certificate \" \" is blank");
        assertThatIllegalArgumentException().isThrownBy(() -> e.withTool("EraseTool ", "2.1"))
                .withMessageStartingWith("tool \"EraseTool \" has leading or trailing whitespace");
        assertThatIllegalArgumentException().isThrownBy(() -> e.withTool("EraseTool", ""))
                .withMessageStartingWith("toolVersion \"\" is blank");
    }

    @Test
    void theDataErasedShortcutsReadTheErasure() {
        Erasure erasure = Erasure.overwrite(2, StorageMedium.MAGNETIC).withVerified(true);
        DataErased event = new DataErased(EventId.of("e1"), Fixtures.item("P1").id(), T0, Fixtures.STAFF, erasure);
        assertThat(event.method()).isEqualTo(ErasureMethod.OVERWRITE);
        assertThat(event.passes()).isEqualTo(2);
        assertThat(event.medium()).isEqualTo(StorageMedium.MAGNETIC);
        assertThat(event.verified()).isTrue();
    }

    @Test
    void anInspectionCopiesItsDefectsInOrder() {
        List<String> defects = new ArrayList<>(List.of("worn battery", "scratched casing"));
        Inspection i = Inspection.of(GradingScale.LETTER_A_TO_D.grade("C"), "inspector-3", "IR-1").withDefects(defects);
        defects.clear();
        assertThat(i.defects()).containsExactly("worn battery", "scratched casing");
        assertThat(Inspection.of(GradingScale.LETTER_A_TO_D.grade("C"), "inspector-3", "IR-1").defects()).isEmpty();
    }

    @Test
    void rejectsABlankDefectOrInspector() {
        Inspection i = Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"), "inspector-3", "IR-1");
        assertThatIllegalArgumentException().isThrownBy(() -> i.withDefects(List.of("")))
                .withMessageStartingWith("defect \"\" is blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"), " inspector-3", "IR-1"))
                .withMessageStartingWith("inspector \" inspector-3\" has leading or trailing whitespace");
    }

    @Test
    void anIntakeIsRegisteredOnlyWithAVerifiedSellerAndASourceRecord() {
        PersonCounterparty verified = PersonCounterparty.of("seller-1",
                IdentityVerification.of("VR-1", IdentityVerification.Method.ID_CARD_READER, T0));
        SourceRecord record = SourceRecord.of("store-1", IdentityVerification.Method.ID_CARD_READER, "IN-1");
        assertThat(Intake.of(CollectionChannel.BUY_BACK, verified).isSellerVerified()).isFalse();
        assertThat(Intake.of(CollectionChannel.BUY_BACK, verified).withSourceRecord(record).isSellerVerified()).isTrue();
        assertThat(Intake.of(CollectionChannel.BUY_BACK, PersonCounterparty.unverified("walk-in"))
                .withSourceRecord(record).isSellerVerified()).isFalse();
        assertThatNullPointerException().isThrownBy(() -> new Intake(CollectionChannel.BUY_BACK, verified, null))
                .withMessage("sourceRecord");
    }

    @Test
    void aFlagNamesWhoRaisedIt() {
        Flagged flagged = new Flagged(EventId.of("e1"), Fixtures.item("P1").id(), T0, Fixtures.STAFF,
                Flag.of(FlagReason.RECALLED, "recall notice"));
        assertThat(flagged.reason()).isEqualTo(FlagReason.RECALLED);
        assertThat(flagged.flag().flaggedBy()).isEqualTo("recall notice");
    }

    @Test
    void aReturnReceiptRefusesPersonalNumbersInTheReason() {
        Returned returned = new Returned(EventId.of("e1"), Fixtures.item("P1").id(), T0, Fixtures.STAFF,
                ReturnReceipt.of("wrong size", T0.plusSeconds(60)));
        assertThat(returned.receivedAt()).isEqualTo(T0.plusSeconds(60));
        assertThatIllegalArgumentException().isThrownBy(() -> ReturnReceipt.of("call 13812345678", T0))
                .withMessageContaining("return reason");
    }
}
