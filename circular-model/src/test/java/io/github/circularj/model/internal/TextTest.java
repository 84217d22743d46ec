package io.github.circularj.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.product.ItemId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextTest {

    @Test
    void aMegabyteValueIsQuotedInEightyCharactersAndItsLength() {
        String huge = "A".repeat(1_000_000);
        assertThat(Text.quote(huge)).isEqualTo("A".repeat(80) + "… (1000000 characters)");
        assertThatIllegalArgumentException().isThrownBy(() -> ItemId.of(huge))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300).contains("… (1000000 characters)"));
    }

    @Test
    void hiddenCharactersAreWrittenAsEscapesSoTheyCannotForgeALineOfAReport() {
        assertThat(Text.quote("a\nb\u202Ec")).isEqualTo("a\\u000Ab\\u202Ec");
    }

    @Test
    void anActorsNameRefusesInvisibleCharactersAndPersonalNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> Actor.of("staff\u200B07"))
                .withMessageContaining("invisible format character at position 6 (U+200B)");
        assertThatIllegalArgumentException().isThrownBy(() -> Actor.of("staff 110101199001011237"))
                .withMessageContaining("what looks like a resident identity number at position 7")
                .withMessageNotContaining("110101199001011237");
    }

    @Test
    void visibleTextIsAcceptedUnchanged() {
        assertThat(Text.requirePlain("name", "杭州 Example 二手 Co. 😀")).isEqualTo("杭州 Example 二手 Co. 😀");
        assertThat(Text.personalNumber("IMEI 490154203237518")).as("15 digits whose date cannot exist").isNull();
        // 110101900101125 would be an old identity number (province 11, born 1990-01-01), but it passes the Luhn
        // check an IMEI passes: an item id holding an IMEI is never refused.
        assertThat(Text.personalNumber("PHONE-110101900101125")).isNull();
        assertThat(Text.personalNumber("PHONE-110101900101123")).isNotNull();
    }

    @Test
    void loneSurrogatesAreRefusedWhereverTheyStandAndPairsAccepted() {
        assertThat(Text.requirePlain("name", "a\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
        assertThatIllegalArgumentException().isThrownBy(() -> Text.requirePlain("name", "\uD83Da"))
                .withMessageContaining("a lone surrogate at position 1");
        assertThatIllegalArgumentException().isThrownBy(() -> Text.requirePlain("name", "ab\uD83D"))
                .withMessageContaining("a lone surrogate at position 3");
        assertThatIllegalArgumentException().isThrownBy(() -> Text.requirePlain("name", "\uDE00ab"))
                .withMessageContaining("a lone surrogate at position 1");
        assertThatIllegalArgumentException().isThrownBy(() -> Text.requirePlain("name", "a\uDE00\uDE00"))
                .withMessageContaining("a lone surrogate at position 2");
        assertThatIllegalArgumentException().isThrownBy(() -> Text.requirePlain("name", "a\u0378"))
                .withMessageContaining("an unassigned character at position 2 (U+0378)");
    }

    @Test
    void digitsJoinAcrossEachSeparatorButNotAcrossTwoOrOthers() {
        assertThat(Text.personalNumber("138 0013 8000")).isNotNull();
        assertThat(Text.personalNumber("138-0013-8000")).isNotNull();
        assertThat(Text.personalNumber("138.0013.8000")).isNotNull();
        assertThat(Text.personalNumber("138\u30000013\u30008000")).isNotNull();
        assertThat(Text.personalNumber("138_0013_8000")).as("an underscore separates").isNull();
        assertThat(Text.personalNumber("138--0013--8000")).as("two separators separate").isNull();
        assertThat(Text.personalNumber("138 0013 8000 ")).isNotNull();
        assertThat(Text.personalNumber("1380013800")).as("ten digits").isNull();
        assertThat(Text.personalNumber("12800138000")).as("second digit 2").isNull();
        assertThat(Text.personalNumber("14800138000")).isNotNull();
        assertThat(Text.personalNumber("11010119900101127Xa")).as("an X inside a word is not a check character").isNull();
    }

    @Test
    void aTextIsSearchedForAPersonalNumberOnlyWithARunOfElevenDigitsOrACharacterBeyondAscii() {
        assertThat(Text.mayHoldPersonalNumber("")).isFalse();
        assertThat(Text.mayHoldPersonalNumber("1380013800")).as("ten digits").isFalse();
        assertThat(Text.mayHoldPersonalNumber("13800138000")).as("eleven").isTrue();
        assertThat(Text.mayHoldPersonalNumber("REF 138 0013 8000")).as("joined across single separators").isTrue();
        assertThat(Text.mayHoldPersonalNumber("138.0013-8000")).isTrue();
        assertThat(Text.mayHoldPersonalNumber("138--0013-8000")).as("two separators part a run").isFalse();
        assertThat(Text.mayHoldPersonalNumber("12345 67890 ")).as("a separator at the end joins nothing").isFalse();
        assertThat(Text.mayHoldPersonalNumber("12345 x67890")).as("a separator before a letter").isFalse();
        assertThat(Text.mayHoldPersonalNumber("SYN-E00000-I000000000-1")).as("letters part runs").isFalse();
        assertThat(Text.mayHoldPersonalNumber("91330100MA27XK1A0L")).isFalse();
        assertThat(Text.mayHoldPersonalNumber("1380013800X1")).isFalse();
        assertThat(Text.mayHoldPersonalNumber("a\tb\u007F")).as("a control character is ASCII").isFalse();
        assertThat(Text.mayHoldPersonalNumber("\u0080")).as("any character beyond ASCII").isTrue();
        assertThat(Text.mayHoldPersonalNumber("１")).isTrue();
        assertThat(Text.mayHoldPersonalNumber("杭州")).isTrue();
    }

    @Test
    void theShortcutNeverHidesANumberTheSearchFinds() {
        // soundness of the shortcut: over texts of digits, separators and letters, the search with the shortcut
        // finds what the search alone finds
        qt().withExamples(20_000).forAll(joined("0123456789013813800 -.xX_".split(""), 30))
                .checkAssert(text -> assertThat(Text.personalNumber(text)).as(text).isEqualTo(Text.search(text)));
    }

    /** Texts of up to {@code most} pieces, each drawn from {@code pieces}. */
    private static Gen<String> joined(String[] pieces, int most) {
        return lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, most).map(ix -> {
            StringBuilder b = new StringBuilder();
            ix.forEach(k -> b.append(pieces[k]));
            return b.toString();
        });
    }

    @Test
    void theOnePassCheckPassesOnlyPrintableAsciiUnpaddedTextsWithoutALongRunOfDigits() {
        assertThat(Text.plainAscii("SYN-E00000-I000000000-1")).isTrue();
        assertThat(Text.plainAscii("1380013800")).as("ten digits").isTrue();
        assertThat(Text.plainAscii("a b~!")).as("inner spaces, the last printable character").isTrue();
        assertThat(Text.plainAscii("12345 x67890")).as("a separator before a letter parts the run").isTrue();
        assertThat(Text.plainAscii("12345x678901")).as("a letter parts the run").isTrue();
        assertThat(Text.plainAscii("123456- 67890")).as("two separators part the run").isTrue();
        assertThat(Text.plainAscii("12345-")).as("a separator at the end").isTrue();
        assertThat(Text.plainAscii("")).isFalse();
        assertThat(Text.plainAscii(" ")).isFalse();
        assertThat(Text.plainAscii(" a")).as("leading space").isFalse();
        assertThat(Text.plainAscii("a ")).as("trailing space").isFalse();
        assertThat(Text.plainAscii("13800138000")).as("eleven digits").isFalse();
        assertThat(Text.plainAscii("REF 138 0013 8000")).as("joined across single separators").isFalse();
        assertThat(Text.plainAscii("a\tb")).as("a control character").isFalse();
        assertThat(Text.plainAscii("a\u007Fb")).as("DEL").isFalse();
        assertThat(Text.plainAscii("a\u001Fb")).as("the last control character before the space").isFalse();
        assertThat(Text.plainAscii("caf\u00E9")).as("beyond ASCII").isFalse();
        assertThat(Text.plainAscii("杭州")).isFalse();
    }

    @Test
    void whatTheOnePassCheckPassesPassesEveryCheckOfAText() {
        // soundness of Checks.text's fast path: a text it passes is not blank, not padded and plain
        // (pieces of a mobile number, so that runs of 10 to 12 digits are common)
        String[] pieces = {"138", "0013", "8000", "1", "0", "9", " ", "-", ".", "x", "X", "_", "\t", "\u0000", "\u007F",
            "\u00A0", "\u200B", "\u3000", "１", "杭"};
        qt().withExamples(20_000).forAll(joined(pieces, 12))
                .checkAssert(text -> {
                    if (Text.plainAscii(text)) {
                        assertThat(text.isBlank()).as(text).isFalse();
                        assertThat(text.strip()).as(text).isEqualTo(text);
                        assertThat(Text.requirePlain("text", text)).as(text).isEqualTo(text);
                    }
                });
    }

    @Test
    void requirePlainFindsAPersonalNumberThroughTheShortcut() {
        assertThat(Text.requirePlain("id", "SYN-E00000-I000000000-1")).isEqualTo("SYN-E00000-I000000000-1");
        assertThatIllegalArgumentException().isThrownBy(() -> Text.requirePlain("ref", "REF 138 0013 8000"))
                .withMessageContaining("contains what looks like a mobile number at position 5");
        assertThatIllegalArgumentException().isThrownBy(() -> Text.requirePlain("ref", "１３８００１３８０００"))
                .withMessageContaining("mobile number at position 1");
        assertThatIllegalArgumentException().isThrownBy(() -> Text.requirePlain("ref", "杭州 13800138000"))
                .withMessageContaining("mobile number at position 4");
    }

    @Test
    void aNumberAtTheVeryEndOfATextIsFoundWithoutReadingPastIt() {
        assertThat(Text.personalNumber("13812345678-")).as("a separator as the last character")
                .startsWith("what looks like a mobile number at position 1");
        assertThat(Text.personalNumber("ref 11010119900307109X")).as("a check character X as the last character")
                .startsWith("what looks like a resident identity number at position 5");
        assertThat(Text.personalNumber("1381234a5678")).as("a letter is not a separator").isNull();
    }

    @Test
    void theCheckCharacterOfTheEighteenDigitFormIsChecked() {
        assertThat(Text.personalNumber("110101199003078515")).isNotNull();
        assertThat(Text.personalNumber("110101199003078516")).as("a wrong check digit").isNull();
        assertThat(Text.personalNumber("110101199013078519")).as("the right check digit, but month 13").isNull();
    }

    @Test
    void aFifteenDigitRunThatPassesTheLuhnCheckIsTakenForAnImei() {
        // 110101900307003 passes Luhn only with the doubled digits above 9 reduced, as Luhn does
        assertThat(Text.personalNumber("110101900307003")).isNull();
        assertThat(Text.personalNumber("110101900307000")).isNotNull();
    }

    @Test
    void maskingHidesDigitsAndXButKeepsLettersAndTheLastFour() {
        assertThat(Text.mask("AB1234567890")).isEqualTo("AB******7890");
        assertThat(Text.mask("ab12x3456789")).isEqualTo("ab******6789");
        assertThat(Text.mask("A1234567")).as("eight characters: all masked").isEqualTo("A*******");
        assertThat(Text.mask("12X456789012")).as("an X as of an identity number").isEqualTo("********9012");
    }

    @Test
    void theFifteenDigitFormNeedsAProvinceAndABirthDate() {
        assertThat(Text.personalNumber("110101900101123")).isNotNull();
        assertThat(Text.personalNumber("100101900101123")).as("province 10").isNull();
        assertThat(Text.personalNumber("830101900101123")).as("province 83").isNull();
        assertThat(Text.personalNumber("820101900101123")).as("province 82").isNotNull();
        assertThat(Text.personalNumber("110101901301123")).as("month 13").isNull();
        assertThat(Text.personalNumber("110101900230123")).as("30 February").isNull();
        assertThat(Text.personalNumber("110101200230123")).as("the 18-digit date check").isNull();
    }

    @Test
    void aMaskKeepsTheLastFourCharactersOfALongTextAndHidesEveryDigitOfAShortOne() {
        assertThat(Text.mask("tel 13800138000")).isEqualTo("tel *******8000");
        assertThat(Text.mask("12345678")).isEqualTo("********");
        assertThat(Text.mask("123456789")).isEqualTo("*****6789");
        assertThat(Text.mask("x1234567X")).as("an x may be a check character").isEqualTo("*****567X");
    }
}
