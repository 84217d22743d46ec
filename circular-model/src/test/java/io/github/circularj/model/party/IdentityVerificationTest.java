package io.github.circularj.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.party.IdentityVerification.Method;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentityVerificationTest {

    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void holdsAReferenceMethodAndInstant() {
        IdentityVerification v = IdentityVerification.of("IDR-2025-000042", Method.ID_CARD_READER, AT);
        assertThat(v.reference()).isEqualTo("IDR-2025-000042");
        assertThat(v.method()).isEqualTo(Method.ID_CARD_READER);
        assertThat(v.verifiedAt()).isEqualTo(AT);
    }

    @Test
    void masksAllButTheLastFourCharactersWhenPrinted() {
        IdentityVerification v = IdentityVerification.of("IDR-2025-000042", Method.FACE_MATCH, AT);
        assertThat(v).hasToString(
                "IdentityVerification[method=FACE_MATCH, reference=***********0042, verifiedAt=2025-03-01T08:00:00Z]");
        assertThat(v.toString()).doesNotContain("IDR-2025");
    }

    @Test
    void masksAShortReferenceEntirely() {
        assertThat(IdentityVerification.of("AB12CD34", Method.BUSINESS_LICENCE, AT).toString())
                .contains("reference=********,");
    }

    @Test
    void refusesAResidentIdentityNumber() {
        // Synthetic numbers of the GB 11643 shape; they identify nobody.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentityVerification.of("110101199001011237", Method.ID_CARD_READER, AT))
                .withMessage("verification reference \"**************1237\" contains what looks like a resident"
                        + " identity number at position 1; the model keeps only a reference to a verification,"
                        + " never an identity-card or mobile number, which are personal information to be kept"
                        + " in the operator's protected records");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentityVerification.of("11010119900101127X", Method.ID_CARD_READER, AT))
                .withMessageContaining("resident identity number");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentityVerification.of("id:11010119900101127x", Method.ID_CARD_READER, AT))
                .withMessageContaining("resident identity number at position 4");
    }

    @Test
    void refusesAnIdentityNumberWrittenInFullWidthDigits() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentityVerification.of("１１０１０１１９９００１０１１２３７", Method.ID_CARD_READER, AT))
                .withMessageContaining("resident identity number");
    }

    @Test
    void refusesAMobileNumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentityVerification.of("13800000000", Method.REAL_NAME_PLATFORM_ACCOUNT, AT))
                .withMessageContaining("contains what looks like a mobile number at position 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentityVerification.of("+8619900000000", Method.REAL_NAME_PLATFORM_ACCOUNT, AT))
                .withMessageContaining("mobile number at position 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentityVerification.of("user-15900000000", Method.REAL_NAME_PLATFORM_ACCOUNT, AT))
                .withMessageContaining("mobile number at position 6");
    }

    @Test
    void neverQuotesTheRefusedNumberInTheMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentityVerification.of("13800000000", Method.REAL_NAME_PLATFORM_ACCOUNT, AT))
                .withMessageNotContaining("13800000000");
    }

    @Test
    void acceptsNumbersThatAreNeitherIdentityNorMobileNumbers() {
        // A 20-digit transaction number, an 11-digit number not starting 13-19, a 17-digit number.
        assertThat(IdentityVerification.of("20250301080000123456", Method.FACE_MATCH, AT).reference())
                .hasSize(20);
        assertThat(IdentityVerification.of("12800000000", Method.FACE_MATCH, AT)).isNotNull();
        assertThat(IdentityVerification.of("12345678901234567", Method.FACE_MATCH, AT)).isNotNull();
        assertThat(IdentityVerification.of("91330100MA27XK1A0L", Method.BUSINESS_LICENCE, AT)).isNotNull();
    }

    @Test
    void refusesABlankOrPaddedReference() {
        assertThatIllegalArgumentException().isThrownBy(() -> IdentityVerification.of(" ", Method.FACE_MATCH, AT))
                .withMessage("verification reference \" \" is blank; a verification needs a reference to find its record");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentityVerification.of("REF-000042 ", Method.FACE_MATCH, AT))
                .withMessage("verification reference \"*******042 \" has leading or trailing whitespace;"
                        + " references are taken as given and never trimmed");
    }
}
