package io.github.circularj.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /**
     * Codes published in public documentation and examples of credit-code validators: the example
     * of the js-xxx library's {@code isCreditCode} (9144030071526726XG), a code quoted in a public
     * article on credit-code regular expressions (91420000737944946L), codes listed in a public
     * validator's test data (the Xiamen / Zhangzhou ones), and a code of registration authority 1
     * (机构编制) from the same list.
     */
    private static final List<String> PUBLISHED = List.of(
            "9144030071526726XG",
            "91420000737944946L",
            "91350200776049653A",
            "91350500798359476R",
            "91350213678251743X",
            "91350200MA31E12PXF",
            "913502115628130384",
            "123502001549897397");

    private static final Gen<String> VALID_CODES = lists().of(integers().between(0, 30)).ofSize(17).map(values -> {
        StringBuilder first17 = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            // positions 3-8 (indexes 2-7) are digits
            int v = i >= 2 && i < 8 ? values.get(i) % 10 : values.get(i);
            first17.append(ALPHABET.charAt(v));
        }
        return first17.toString() + CreditCode.checkCharacterFor(first17.toString());
    });

    @Test
    void acceptsCodesPublishedInPublicDocumentation() {
        for (String code : PUBLISHED) {
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            assertThat(CreditCode.parse(code)).hasToString(code);
        }
    }

    @Test
    void usesCheckCharacterZeroWhenTheWeightedSumIsAMultipleOf31() {
        // 9*1 + 1*3 + 3*9 + 3*27 + 0*19 + 1*26 + W(28)*28 = 9 + 3 + 27 + 81 + 26 + 784 = 930 = 30 * 31
        assertThat(CreditCode.checkCharacterFor("9133010000000000W")).isEqualTo('0');
        assertThat(CreditCode.isValid("9133010000000000W0")).isTrue();
    }

    @Test
    void usesCheckCharacterYForValue30() {
        // 146 + 7*28 = 342 = 11 * 31 + 1, so C18 = 31 - 1 = 30, the symbol Y
        assertThat(CreditCode.checkCharacterFor("91330100000000007")).isEqualTo('Y');
        assertThat(CreditCode.isValid("91330100000000007Y")).isTrue();
    }

    @Test
    void exposesItsParts() {
        CreditCode code = CreditCode.parse("91330100MA27XK1A0L");
        assertThat(code.registrationAuthority()).isEqualTo('9');
        assertThat(code.organisationType()).isEqualTo('1');
        assertThat(code.divisionDigits()).isEqualTo("330100");
        assertThat(code.divisionCode()).contains(DivisionCode.parse("330100"));
        assertThat(code.organisationCode()).isEqualTo("MA27XK1A0");
        assertThat(code.checkCharacter()).isEqualTo('L');
        assertThat(code).hasToString("91330100MA27XK1A0L");
    }

    @Test
    void hasNoDivisionCodeWhenTheDigitsAreNotAProvincialDivision() {
        String central = "12100000" + "40000001" + "3";
        String code = central.substring(0, 17) + CreditCode.checkCharacterFor(central.substring(0, 17));
        CreditCode parsed = CreditCode.parse(code);
        assertThat(parsed.divisionDigits()).isEqualTo("100000");
        assertThat(parsed.divisionCode()).isEmpty();
    }

    @Test
    void isEqualByItsCharacters() {
        assertThat(CreditCode.parse("9144030071526726XG"))
                .isEqualTo(CreditCode.parse("9144030071526726XG"))
                .hasSameHashCodeAs(CreditCode.parse("9144030071526726XG"))
                .isNotEqualTo(CreditCode.parse("91420000737944946L"));
        assertThat(CreditCode.parse("9144030071526726XG").compareTo(CreditCode.parse("91420000737944946L")))
                .isGreaterThan(0);
    }

    @Test
    void rejectsACodeOfTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91330100MA27XK1A"))
                .withMessage("creditCode \"91330100MA27XK1A\" has 16 characters; a unified social credit code has 18");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse(" 91330100MA27XK1A0L"))
                .withMessageContaining("has 19 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse(""))
                .withMessageContaining("has 0 characters");
    }

    @Test
    void rejectsLowerCaseLettersRatherThanConvertingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91330100ma27xk1a0l"))
                .withMessage("creditCode \"91330100ma27xk1a0l\" has lower-case letter 'm' at position 9;"
                        + " a unified social credit code is written in upper case only");
    }

    @Test
    void rejectsFullWidthCharactersRatherThanConvertingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("９1330100MA27XK1A0L"))
                .withMessage("creditCode \"９1330100MA27XK1A0L\" has full-width character '９' at position 1;"
                        + " a unified social credit code uses ASCII (half-width) digits and letters only");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91330100ＭA27XK1A0L"))
                .withMessageContaining("full-width character 'Ｍ' at position 9");
    }

    @Test
    void rejectsTheExcludedLettersIOSVAndZ() {
        for (char excluded : "IOSVZ".toCharArray()) {
            String code = "91330100MA27XK1" + excluded + "0L";
            assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse(code))
                    .withMessage("creditCode \"" + code + "\" has character '" + excluded + "' at position 16;"
                            + " the letters I, O, S, V and Z are not used in a unified social credit code");
        }
    }

    @Test
    void rejectsPunctuationAndSpaces() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91330100-A27XK1A0L"))
                .withMessage("creditCode \"91330100-A27XK1A0L\" has character '-' at position 9;"
                        + " a unified social credit code uses only 0-9 and A-Z without I, O, S, V and Z");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91330100 A27XK1A0L"))
                .withMessageContaining("whitespace character ' ' at position 9");
    }

    @Test
    void rejectsALetterInTheDivisionCodePositions() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("913301A0MA27XK1A0L"))
                .withMessage("creditCode \"913301A0MA27XK1A0L\" has letter 'A' at position 7;"
                        + " positions 3-8 (the administrative division code) are digits");
    }

    @Test
    void rejectsACreditCodeWithAWrongCheckCharacter() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91330100MA27XK1A0M"))
                .withMessage("creditCode \"91330100MA27XK1A0M\" has check character 'M' but its first 17"
                        + " characters give 'L'; the check character of a unified social credit code is"
                        + " computed by GB 32100-2015 (mod 31)");
    }

    @Test
    void rejectsPublishedCodesThatFailTheCheck() {
        // Reported in public discussion as issued in Fujian yet failing the GB 32100 check; refused here.
        assertThat(CreditCode.isValid("91350211M0000XUF46")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91350211M0000XUF46"))
                .withMessageContaining("has check character '6' but its first 17 characters give 'R'");
    }

    @Test
    void isValidNeverThrows() {
        assertThat(CreditCode.isValid(null)).isFalse();
        assertThat(CreditCode.isValid("")).isFalse();
        assertThat(CreditCode.isValid("91330100ma27xk1a0l")).isFalse();
        assertThat(CreditCode.isValid("９1330100MA27XK1A0L")).isFalse();
        assertThat(CreditCode.isValid("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"
                + "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00")).isFalse();
    }

    @Test
    void checkCharacterForRejectsAPrefixOfTheWrongLengthOrAlphabet() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacterFor("91330100MA27XK1A"))
                .withMessage("first17 \"91330100MA27XK1A\" has 16 characters; the check character is computed"
                        + " over the first 17 characters of a unified social credit code");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacterFor("91330100MA27XK1I0"))
                .withMessageStartingWith("first17 \"91330100MA27XK1I0\" has character 'I' at position 16");
    }

    @Test
    void everyGeneratedValidCodeRoundTripsThroughParseAndToString() {
        qt().forAll(VALID_CODES).checkAssert(code -> {
            assertThat(CreditCode.isValid(code)).isTrue();
            assertThat(CreditCode.parse(code).toString()).isEqualTo(code);
            assertThat(CreditCode.parse(CreditCode.parse(code).toString())).isEqualTo(CreditCode.parse(code));
        });
    }

    @Test
    void changingAnySingleCharacterToAnotherSymbolMakesTheCodeInvalid() {
        // Holds because 31 is prime and every weight is non-zero mod 31: a change of d != 0 at
        // position i moves the weighted sum by d * W_i, which is never 0 mod 31.
        qt().forAll(VALID_CODES).checkAssert(code -> {
            for (int position = 0; position < 18; position++) {
                for (char symbol : ALPHABET.toCharArray()) {
                    if (symbol == code.charAt(position)) {
                        continue;
                    }
                    String changed = code.substring(0, position) + symbol + code.substring(position + 1);
                    assertThat(CreditCode.isValid(changed)).as(changed).isFalse();
                }
            }
        });
    }

    @Test
    void exactlyOneCheckCharacterCompletesAPrefix() {
        qt().forAll(VALID_CODES).checkAssert(code -> {
            String first17 = code.substring(0, 17);
            long valid = ALPHABET.chars().filter(c -> CreditCode.isValid(first17 + (char) c)).count();
            assertThat(valid).isEqualTo(1);
        });
    }
    @Test
    void equalCreditCodesHaveTheSameCharacters() {
        io.github.circularj.model.ValueContract.assertValueSemantics(CreditCode.parse("91330100MA27XK1A0L"),
                CreditCode.parse("91330100MA27XK1A0L"), java.util.List.of(CreditCode.parse("9144030071526726XG")));
    }

    @Test
    void positionsThreeToEightAreTheDigitsOfTheDivisionCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91A30100MA27XK1A0L"))
                .withMessageContaining("has letter 'A' at position 3; positions 3-8 (the administrative division code) are digits");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("9133010AMA27XK1A0L"))
                .withMessageContaining("has letter 'A' at position 8; positions 3-8");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("9A330100MA27XK1A0L"))
                .withMessageNotContaining("positions 3-8");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91330100AA27XK1A0L"))
                .withMessageNotContaining("positions 3-8");
    }

    @Test
    void namesLowerCaseOnlyForTheLettersAToZ() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("a1330100MA27XK1A0L"))
                .withMessageContaining("lower-case letter 'a' at position 1; a unified social credit code is written in upper case only");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("z1330100MA27XK1A0L"))
                .withMessageContaining("'z' at position 1; a unified social credit code is written in upper case only");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("{1330100MA27XK1A0L"))
                .withMessageContaining("'{' at position 1; a unified social credit code uses only 0-9 and A-Z without I, O, S, V and Z");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("`1330100MA27XK1A0L"))
                .withMessageContaining("'`' at position 1; a unified social credit code uses only 0-9 and A-Z without I, O, S, V and Z");
    }
}
