package io.github.circularj.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void fullWidthFormsRunFromU_FF01ToU_FF5E() {
        assertThat(Checks.isFullWidth('\uFF00')).isFalse();
        assertThat(Checks.isFullWidth('\uFF01')).isTrue();
        assertThat(Checks.isFullWidth('１')).isTrue();
        assertThat(Checks.isFullWidth('\uFF5E')).isTrue();
        assertThat(Checks.isFullWidth('\uFF5F')).isFalse();
        assertThat(Checks.isFullWidth('1')).isFalse();
    }

    @Test
    void namesTheKindOfAWrongCharacter() {
        assertThat(Checks.kindOf('a')).isEqualTo("lower-case letter");
        assertThat(Checks.kindOf('z')).isEqualTo("lower-case letter");
        assertThat(Checks.kindOf('`')).isEqualTo("character");
        assertThat(Checks.kindOf('{')).isEqualTo("character");
        assertThat(Checks.kindOf('Ａ')).isEqualTo("full-width character");
        assertThat(Checks.kindOf('\t')).isEqualTo("whitespace character");
        assertThat(Checks.kindOf('\u00A0')).as("a no-break space is a space character").isEqualTo("whitespace character");
        assertThat(Checks.kindOf('#')).isEqualTo("character");
    }

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
                .withMessage("E \"-4.9E-324\" is negative; it must be zero or more");
    }

    @Test
    void aNegativeNumberAndANegativeAmountOfMoneyShareOneWording() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.nonNegative("price", Money.of("-1.00", "CNY")))
                .withMessage("price \"CNY -1.00\" is negative; it must be zero or more");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.nonNegative("price", -1.0))
                .withMessage("price \"-1.0\" is negative; it must be zero or more");
    }

    @Test
    void aTextIsNeitherBlankNorPaddedNorTrimmed() {
        assertThat(Checks.text("name", "Acme Co.")).isEqualTo("Acme Co.");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.text("name", " \t"))
                .withMessage("name \" \\u0009\" is blank; it needs at least one visible character");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.text("name", "Acme "))
                .withMessage("name \"Acme \" has leading or trailing whitespace; text is taken as given and never trimmed");
    }

    @Test
    void aBoundedTextChecksItsLengthBetweenBlankAndPadded() {
        assertThat(Checks.text("brand", "abc", 3)).isEqualTo("abc");
        assertThat(Checks.text("brand", "杭州", 2)).as("a text beyond ASCII, checked the long way, at the limit").isEqualTo("杭州");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.text("brand", "abcd", 3))
                .withMessage("brand \"abcd\" has 4 characters; at most 3 are allowed");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.text("brand", " ", 0))
                .withMessageContaining("is blank");
    }

    @Test
    void aPrintableTextHasNoControlCharacter() {
        assertThat(Checks.text("id", "E-1", 10)).isEqualTo("E-1");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.text("id", "E\u00001", 10))
                .withMessage("id \"E\\u00001\" has a control character at position 2 (U+0000); names, ids and references hold visible characters only");
    }

    @Test
    void anOptionalTextIsCheckedOnlyWhenPresent() {
        assertThat(Checks.optionalText("tool", Optional.empty())).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.optionalText("tool", Optional.of("")))
                .withMessageStartingWith("tool \"\" is blank");
    }
}
