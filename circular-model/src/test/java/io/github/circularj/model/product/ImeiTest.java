package io.github.circularj.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ImeiTest {

    @Test
    void acceptsPublishedValidImeis() {
        // 490154203237518: the worked example of Wikipedia's IMEI article
        assertThat(Imei.isValid("490154203237518")).isTrue();
        assertThat(Imei.parse("490154203237518")).hasToString("490154203237518");
        assertThat(Imei.parse("356938035643809").value()).isEqualTo("356938035643809");
    }

    @Test
    void computesTheLuhnCheckDigitOfTheWorkedExample() {
        // Wikipedia's Luhn worked example for IMEI 49015420323751?: the check digit is 8
        assertThat(Imei.checkDigit("49015420323751")).isEqualTo('8');
    }

    @Test
    void exposesTheTypeAllocationCode() {
        assertThat(Imei.parse("490154203237518").typeAllocationCode()).isEqualTo("49015420");
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThatIllegalArgumentException().isThrownBy(() -> Imei.parse("490154203237517"))
                .withMessage("imei \"490154203237517\" has check digit 7 but the Luhn check digit of 49015420323751 is 8");
        assertThat(Imei.isValid("490154203237517")).isFalse();
    }

    @Test
    void rejectsAWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> Imei.parse("49015420323751"))
                .withMessage("imei \"49015420323751\" has 14 characters; an IMEI has 15 digits");
        assertThatIllegalArgumentException().isThrownBy(() -> Imei.parse("4901542032375180"))
                .withMessageContaining("has 16 characters");
    }

    @Test
    void rejectsANonDigit() {
        assertThatIllegalArgumentException().isThrownBy(() -> Imei.parse("49015420323751A"))
                .withMessage("imei \"49015420323751A\" has 'A' at position 15; an IMEI has only the digits 0-9");
        assertThatIllegalArgumentException().isThrownBy(() -> Imei.parse("49-0154203237518".substring(1)))
                .withMessageContaining("'-' at position 2");
    }

    @Test
    void isValidNeverThrows() {
        assertThat(Imei.isValid(null)).isFalse();
        assertThat(Imei.isValid("")).isFalse();
        assertThat(Imei.isValid(" 490154203237518")).isFalse();
    }

    /** Valid IMEIs built independently of {@link Imei}: 14 random digits plus a Luhn digit computed here. */
    static Gen<String> validImeis() {
        return longs().between(0, 99_999_999_999_999L).map(n -> {
            String body = String.format(java.util.Locale.ROOT, "%014d", n);
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int d = body.charAt(i) - '0';
                // positions 2, 4, ..., 14 (1-based from the left) are doubled when the check digit is 15th
                if (i % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            return body + (10 - sum % 10) % 10;
        });
    }

    @Test
    void everyValidImeiRoundTripsThroughParseAndToString() {
        qt().forAll(validImeis()).checkAssert(s -> {
            assertThat(Imei.isValid(s)).isTrue();
            assertThat(Imei.parse(s).toString()).isEqualTo(s);
            assertThat(Imei.parse(Imei.parse(s).toString())).isEqualTo(Imei.parse(s));
        });
    }

    @Test
    void changingAnySingleDigitMakesAValidImeiInvalid() {
        qt().forAll(validImeis(), integers().between(0, 14), integers().between(1, 9)).checkAssert((s, pos, shift) -> {
            char changed = (char) ('0' + (s.charAt(pos) - '0' + shift) % 10);
            String mutated = s.substring(0, pos) + changed + s.substring(pos + 1);
            assertThat(Imei.isValid(mutated)).as(mutated).isFalse();
            assertThatIllegalArgumentException().isThrownBy(() -> Imei.parse(mutated));
        });
    }
    @Test
    void ordersImeisByTheirDigits() {
        Imei a = Imei.parse("356938035643809");
        Imei b = Imei.parse("490154203237518");
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(a)).isPositive();
        assertThat(a.compareTo(Imei.parse("356938035643809"))).isZero();
    }
    @Test
    void equalImeisHaveTheSameDigits() {
        io.github.circularj.model.ValueContract.assertValueSemantics(Imei.parse("490154203237518"),
                Imei.parse("490154203237518"), java.util.List.of(Imei.parse("356938035643809")));
    }
}
