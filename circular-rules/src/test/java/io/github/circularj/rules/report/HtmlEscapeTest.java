package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Band;
import org.junit.jupiter.api.Test;

/** The character-level rules of the HTML renderer: escaping, replacement of unencodable text, band colours. */
class HtmlEscapeTest {

    @Test
    void escapesTheFiveMarkupCharacters() {
        assertThat(HtmlRenderer.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    }

    @Test
    void keepsTabsNewlinesAndChineseButReplacesOtherControlCharacters() {
        assertThat(HtmlRenderer.escape("杭州\t1\n2")).isEqualTo("杭州\t1\n2");
        assertThat(HtmlRenderer.escape("a\u0000b\u001Fc\rd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(HtmlRenderer.escape(" ~")).isEqualTo(" ~");
    }

    @Test
    void replacesNonCharactersAndUnpairedSurrogates() {
        assertThat(HtmlRenderer.escape("x\uFFFEy\uFFFFz")).isEqualTo("x\uFFFDy\uFFFDz");
        assertThat(HtmlRenderer.escape("\uD83D\uDE00")).as("a paired surrogate is kept").isEqualTo("\uD83D\uDE00");
        assertThat(HtmlRenderer.escape("a\uD83D")).isEqualTo("a\uFFFD");
        assertThat(HtmlRenderer.escape("\uD83Da")).isEqualTo("\uFFFDa");
        assertThat(HtmlRenderer.escape("\uDE00a")).isEqualTo("\uFFFDa");
        assertThat(HtmlRenderer.escape("a\uDE00")).isEqualTo("a\uFFFD");
    }

    @Test
    void findsUnpairedSurrogatesAtEitherEndAndInTheMiddle() {
        assertThat(Json.unpairedSurrogate("\uD83D", 0)).as("a high surrogate at the end").isTrue();
        assertThat(Json.unpairedSurrogate("\uD83Dx", 0)).as("a high surrogate before a letter").isTrue();
        assertThat(Json.unpairedSurrogate("\uD83D\uDE00", 0)).isFalse();
        assertThat(Json.unpairedSurrogate("\uD83D\uDE00", 1)).isFalse();
        assertThat(Json.unpairedSurrogate("\uDE00", 0)).as("a low surrogate at the start").isTrue();
        assertThat(Json.unpairedSurrogate("x\uDE00", 1)).as("a low surrogate after a letter").isTrue();
        assertThat(Json.unpairedSurrogate("x\uDE00\uD83D", 2)).isTrue();
        assertThat(Json.unpairedSurrogate("xy", 1)).isFalse();
    }

    @Test
    void colourCodesEachBand() {
        assertThat(HtmlRenderer.colour(Band.EXEMPLARY)).isEqualTo("#1a7f37");
        assertThat(HtmlRenderer.colour(Band.COMPLIANT)).isEqualTo("#0969da");
        assertThat(HtmlRenderer.colour(Band.NEEDS_IMPROVEMENT)).isEqualTo("#bf8700");
        assertThat(HtmlRenderer.colour(Band.NON_COMPLIANT)).isEqualTo("#cf222e");
    }
}
