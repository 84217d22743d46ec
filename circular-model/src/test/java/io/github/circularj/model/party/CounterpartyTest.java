package io.github.circularj.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.party.IdentityVerification.Method;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartyTest {

    private static final IdentityVerification VERIFIED =
            IdentityVerification.of("IDR-2025-000042", Method.ID_CARD_READER, Instant.parse("2025-03-01T08:00:00Z"));
    private static final CreditCode CODE = CreditCode.parse("91330100MA27XK1A0L");

    @Test
    void aVerifiedPersonHasALabelAndAVerification() {
        Counterparty seller = Counterparty.person("seller-0042", VERIFIED);
        assertThat(seller.displayName()).isEqualTo("seller-0042");
        assertThat(seller.isVerified()).isTrue();
        assertThat(seller.verification()).contains(VERIFIED);
        assertThat(seller).isEqualTo(PersonCounterparty.of("seller-0042", VERIFIED));
    }

    @Test
    void anUnverifiedPersonCanBeRecorded() {
        PersonCounterparty seller = PersonCounterparty.unverified("walk-in seller");
        assertThat(seller.isVerified()).isFalse();
        assertThat(seller.verification()).isEmpty();
        assertThat(seller).hasToString("Person[walk-in seller, unverified]");
    }

    @Test
    void printsAPersonWithTheVerificationMasked() {
        assertThat(Counterparty.person("seller-0042", VERIFIED).toString())
                .contains("seller-0042").contains("***********0042").doesNotContain("IDR-2025");
    }

    @Test
    void refusesAPersonLabelThatHoldsAnIdentityOrMobileNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonCounterparty.unverified("110101199001011237"))
                .withMessageStartingWith("person label \"**************1237\" contains what looks like a resident identity number");
        assertThatIllegalArgumentException().isThrownBy(() -> Counterparty.person("张 13800000000", VERIFIED))
                .withMessageContaining("mobile number at position 3");
    }

    @Test
    void refusesABlankPersonLabel() {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonCounterparty.unverified(""))
                .withMessage("person label \"\" is blank; it needs at least one visible character");
    }

    @Test
    void anEnterpriseCounterpartyHoldsItsCreditCodeAndName() {
        EnterpriseCounterparty buyer = Counterparty.enterprise(CODE, "示例回收有限公司");
        assertThat(buyer.creditCode()).isEqualTo(CODE);
        assertThat(buyer.name()).isEqualTo("示例回收有限公司");
        assertThat(buyer.displayName()).isEqualTo("示例回收有限公司");
        assertThat(buyer.isVerified()).isFalse();
        IdentityVerification licence = IdentityVerification.of("LIC-2025-0007", Method.BUSINESS_LICENCE,
                Instant.parse("2025-03-02T08:00:00Z"));
        assertThat(EnterpriseCounterparty.of(CODE, "示例回收有限公司", licence).verification()).contains(licence);
    }

    @Test
    void anEnterpriseCounterpartyCanBeTakenFromAnEnterprise() {
        Enterprise enterprise = Enterprise.of(CODE, "示例回收有限公司", City.of("330100", "杭州"), EnterpriseRole.RECYCLER);
        assertThat(EnterpriseCounterparty.of(enterprise)).isEqualTo(Counterparty.enterprise(CODE, "示例回收有限公司"));
    }

    @Test
    void refusesABlankEnterpriseName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Counterparty.enterprise(CODE, "  "))
                .withMessageStartingWith("enterprise name \"  \" is blank");
    }
    @Test
    void enterpriseCounterpartiesDifferingInCodeNameOrVerificationAreNotEqual() {
        io.github.circularj.model.ValueContract.assertValueSemantics(
                EnterpriseCounterparty.of(CODE, "示例回收有限公司", VERIFIED),
                EnterpriseCounterparty.of(CreditCode.parse("91330100MA27XK1A0L"), "示例回收有限公司", VERIFIED),
                java.util.List.of(EnterpriseCounterparty.of(CreditCode.parse("9144030071526726XG"), "示例回收有限公司", VERIFIED),
                        EnterpriseCounterparty.of(CODE, "示例二手有限公司", VERIFIED),
                        EnterpriseCounterparty.of(CODE, "示例回收有限公司")));
    }

    @Test
    void printsAnEnterpriseCounterpartyWithItsMaskedVerificationOrUnverified() {
        assertThat(EnterpriseCounterparty.of(CODE, "示例回收有限公司"))
                .hasToString("Enterprise[示例回收有限公司, 91330100MA27XK1A0L, unverified]");
        assertThat(EnterpriseCounterparty.of(CODE, "示例回收有限公司", VERIFIED))
                .hasToString("Enterprise[示例回收有限公司, 91330100MA27XK1A0L, " + VERIFIED + "]");
    }
    @Test
    void aPersonCounterpartyKeepsItsLabel() {
        assertThat(PersonCounterparty.unverified("walk-in seller").label()).isEqualTo("walk-in seller");
    }

    @Test
    void personsAreEqualOnlyWhenLabelAndVerificationAre() {
        Instant at = Instant.parse("2025-03-01T01:30:00Z");
        PersonCounterparty person = PersonCounterparty.of("Seller A", IdentityVerification.of("KYC-1", Method.FACE_MATCH, at));
        PersonCounterparty same = PersonCounterparty.of("Seller A", IdentityVerification.of("KYC-1", Method.FACE_MATCH, at));
        assertThat(person).isEqualTo(same).hasSameHashCodeAs(same);
        List<Object> others = List.of(
                PersonCounterparty.of("Seller B", IdentityVerification.of("KYC-1", Method.FACE_MATCH, at)),
                PersonCounterparty.of("Seller A", IdentityVerification.of("KYC-2", Method.FACE_MATCH, at)),
                PersonCounterparty.unverified("Seller A"),
                "Seller A");
        for (Object other : others) {
            assertThat(person).isNotEqualTo(other);
            assertThat(person.hashCode()).as("%s", other).isNotEqualTo(other.hashCode());
        }
    }
}
