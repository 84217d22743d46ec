package io.github.circularj.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.product.ItemId;
import org.junit.jupiter.api.Test;

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
}
