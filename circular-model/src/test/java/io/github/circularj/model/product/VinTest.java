package io.github.circularj.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class VinTest {

    @Test
    void acceptsAVinWhoseCheckDigitIsX() {
        // the worked check-digit example of Wikipedia's VIN article (remainder 10, written X)
        Vin vin = Vin.parseChecked("1M8GDM9AXKP042788");
        assertThat(vin.hasValidCheckDigit()).isTrue();
        assertThat(vin).hasToString("1M8GDM9AXKP042788");
    }

    @Test
    void acceptsTheAllOnesVin() {
        // 17 ones: sum of weights 89, 89 mod 11 = 1, so position 9 is '1'
        assertThat(Vin.isValidChecked("11111111111111111")).isTrue();
        assertThat(Vin.checkDigit("11111111111111111")).isEqualTo('1');
    }

    @Test
    void computesTheCheckDigitByTheIsoWeightsAndTransliteration() {
        assertThat(Vin.checkDigit("1M8GDM9AXKP042788")).isEqualTo('X');
        assertThat(Vin.checkDigit("1HGCM82633A004352")).isEqualTo('3');
    }

    @Test
    void plainParseAcceptsAEuropeanVinWithoutACheckDigit() {
        // European manufacturers often fill positions 7-9 with Z; Z cannot be a check digit
        Vin vin = Vin.parse("WVWZZZ1JZXW000001");
        assertThat(vin.hasValidCheckDigit()).isFalse();
        assertThat(Vin.isValid("WVWZZZ1JZXW000001")).isTrue();
        assertThat(Vin.isValidChecked("WVWZZZ1JZXW000001")).isFalse();
    }

    @Test
    void parseCheckedRejectsAWrongCheckDigit() {
        assertThatIllegalArgumentException().isThrownBy(() -> Vin.parseChecked("WVWZZZ1JZXW000001"))
                .withMessage("vin \"WVWZZZ1JZXW000001\" has check digit Z at position 9 but the computed check digit is 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Vin.parseChecked("1M8GDM9A1KP042788"))
                .withMessageContaining("computed check digit is X");
    }

    @Test
    void rejectsTheLettersIOAndQ() {
        for (char c : new char[] {'I', 'O', 'Q'}) {
            String text = "1M8GDM9AXKP04278" + c;
            assertThatIllegalArgumentException().isThrownBy(() -> Vin.parse(text))
                    .withMessage("vin \"" + text + "\" has '" + c + "' at position 17;"
                            + " a VIN has only the digits 0-9 and the capital letters A-Z except I, O and Q");
            assertThat(Vin.isValid(text)).isFalse();
        }
    }

    @Test
    void rejectsLowerCaseRatherThanConvertingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> Vin.parse("1m8GDM9AXKP042788"))
                .withMessageContaining("'m' at position 2");
    }

    @Test
    void rejectsAWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> Vin.parse("1M8GDM9AXKP04278"))
                .withMessage("vin \"1M8GDM9AXKP04278\" has 16 characters; a VIN has 17");
    }

    @Test
    void isValidNeverThrows() {
        assertThat(Vin.isValid(null)).isFalse();
        assertThat(Vin.isValidChecked(null)).isFalse();
        assertThat(Vin.isValidChecked("short")).isFalse();
    }

    @Test
    void exposesItsSections() {
        Vin vin = Vin.parse("1M8GDM9AXKP042788");
        assertThat(vin.worldManufacturerIdentifier()).isEqualTo("1M8");
        assertThat(vin.vehicleDescriptorSection()).isEqualTo("GDM9AX");
        assertThat(vin.vehicleIndicatorSection()).isEqualTo("KP042788");
    }

    @Test
    void everyLetterOfTheAlphabetTransliteratesAsTheStandardSays() {
        // A-H = 1-8, J-N = 1-5, P = 7, R = 9, S-Z = 2-9: a VIN of one letter repeated, at weight sum 89,
        // has check digit (value * 89) mod 11
        String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        int[] values = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
        for (int i = 0; i < letters.length(); i++) {
            String vin = String.valueOf(letters.charAt(i)).repeat(17);
            int r = values[i] * 89 % 11;
            assertThat(Vin.checkDigit(vin)).as(vin).isEqualTo(r == 10 ? 'X' : (char) ('0' + r));
        }
    }
    @Test
    void rejectsTheCharacterJustBeforeTheCapitalA() {
        assertThatIllegalArgumentException().isThrownBy(() -> Vin.parse("1M8GDM9AXKP04278@"))
                .withMessage("vin \"1M8GDM9AXKP04278@\" has '@' at position 17; a VIN has only the digits 0-9 and"
                        + " the capital letters A-Z except I, O and Q");
    }

    @Test
    void ordersAndComparesVinsByTheirText() {
        Vin a = Vin.parse("1M8GDM9AXKP042788");
        Vin b = Vin.parse("WVWZZZ1JZXW000001");
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(a)).isPositive();
        assertThat(a.compareTo(Vin.parse("1M8GDM9AXKP042788"))).isZero();
        io.github.circularj.model.ValueContract.assertValueSemantics(a, Vin.parse("1M8GDM9AXKP042788"), java.util.List.of(b));
    }
}
