package io.github.circularj.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SerialNumberTest {

    @Test
    void trimsSurroundingWhitespaceAsDocumented() {
        assertThat(SerialNumber.parse("  C02XK1ABJGH5 \t")).hasToString("C02XK1ABJGH5");
        assertThat(SerialNumber.parse(" SN-001 ")).isEqualTo(SerialNumber.parse("SN-001"));
    }

    @Test
    void keepsInnerSpacesAndCase() {
        assertThat(SerialNumber.parse("ab 12").value()).isEqualTo("ab 12");
    }

    @Test
    void rejectsABlankSerialNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> SerialNumber.parse("   "))
                .withMessage("serialNumber \"   \" is blank; a serial number has at least one character");
        assertThat(SerialNumber.isValid("")).isFalse();
    }

    @Test
    void rejectsASerialNumberLongerThanSixtyFour() {
        String text = "X".repeat(65);
        assertThatIllegalArgumentException().isThrownBy(() -> SerialNumber.parse(text))
                .withMessage("serialNumber \"" + text + "\" has 65 characters; a serial number has at most 64");
        assertThat(SerialNumber.isValid("X".repeat(64))).isTrue();
    }

    @Test
    void rejectsNonPrintableOrNonAsciiCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> SerialNumber.parse("AB\u0007C"))
                .withMessage("serialNumber \"AB\\u0007C\" has character U+0007 at position 3;"
                        + " a serial number has only printable ASCII characters");
        assertThatIllegalArgumentException().isThrownBy(() -> SerialNumber.parse("序列号1"))
                .withMessageContaining("U+5E8F at position 1");
    }

    @Test
    void isValidNeverThrows() {
        assertThat(SerialNumber.isValid(null)).isFalse();
        assertThat(SerialNumber.isValid("OK-1")).isTrue();
    }
    @Test
    void acceptsExactlyTheMaximumLengthAndThePrintableAsciiBounds() {
        String longest = "S".repeat(SerialNumber.MAX_LENGTH);
        assertThat(SerialNumber.parse(longest).value()).isEqualTo(longest);
        assertThat(SerialNumber.parse("A B~").value()).isEqualTo("A B~");
        assertThatIllegalArgumentException().isThrownBy(() -> SerialNumber.parse("AB\u007F"))
                .withMessage("serialNumber \"AB\\u007F\" has character U+007F at position 3; a serial number has only"
                        + " printable ASCII characters");
    }

    @Test
    void ordersSerialNumbersByTheirText() {
        assertThat(SerialNumber.parse("A1").compareTo(SerialNumber.parse("B1"))).isNegative();
        assertThat(SerialNumber.parse("B1").compareTo(SerialNumber.parse("A1"))).isPositive();
        assertThat(SerialNumber.parse("A1").compareTo(SerialNumber.parse("A1"))).isZero();
    }
    @Test
    void equalSerialNumbersHaveTheSameText() {
        io.github.circularj.model.ValueContract.assertValueSemantics(SerialNumber.parse("SN-001"),
                SerialNumber.parse("SN-001"), java.util.List.of(SerialNumber.parse("SN-002")));
    }
}
