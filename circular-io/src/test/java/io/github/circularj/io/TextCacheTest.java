package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's text cache gives the text of the bytes, shared while it repeats, and never another text. */
class TextCacheTest {

    private static String made(TextCache cache, String text) {
        byte[] bytes = ("\"" + text + "\"").getBytes(StandardCharsets.ISO_8859_1);
        return cache.text(bytes, 1, bytes.length - 2);
    }

    @Test
    void aRepeatedShortTextIsMadeOnce() {
        TextCache cache = new TextCache();
        String first = made(cache, "Inspector (synthetic)");
        assertThat(first).isEqualTo("Inspector (synthetic)");
        assertThat(made(cache, "Inspector (synthetic)")).isSameAs(first);
        assertThat(made(cache, "Inspector (synthetic")).isEqualTo("Inspector (synthetic").isNotSameAs(first);
        assertThat(made(cache, "")).isEmpty();
    }

    @Test
    void aTextLongerThanTheLimitIsMadeEachTime() {
        TextCache cache = new TextCache();
        String limit = "x".repeat(TextCache.MAX_LENGTH);
        assertThat(made(cache, limit)).isSameAs(made(cache, limit));
        String longer = limit + "y";
        String first = made(cache, longer);
        assertThat(made(cache, longer)).isEqualTo(longer).isNotSameAs(first);
    }

    @Test
    void aTextWhoseSlotWasTakenIsMadeAgainEqual() {
        TextCache cache = new TextCache();
        // "Aa" and "BB" have the same String hash, so they take the same slot
        String aa = made(cache, "Aa");
        String bb = made(cache, "BB");
        assertThat(bb).isEqualTo("BB");
        String again = made(cache, "Aa");
        assertThat(again).isEqualTo("Aa").isNotSameAs(aa);
        assertThat(made(cache, "Aa")).isSameAs(again);
    }

    @Test
    void everyTextIsTheIso88591DecodingOfItsBytesWhateverCameBefore() {
        // few distinct byte values and short texts, so that texts repeat and slots collide; every byte value
        // (the high half included) appears
        qt().withShrinkCycles(20).forAll(lists().of(lists().of(integers().between(0, 255).mix(integers().between(65, 67), 80))
                .ofSizeBetween(0, 44)).ofSizeBetween(1, 120)).checkAssert(texts -> {
                    TextCache cache = new TextCache();
                    for (List<Integer> text : texts) {
                        byte[] bytes = new byte[text.size() + 3];
                        for (int k = 0; k < text.size(); k++) {
                            bytes[k + 2] = (byte) (int) text.get(k);
                        }
                        String expected = new String(bytes, 2, text.size(), StandardCharsets.ISO_8859_1);
                        String got = cache.text(bytes, 2, text.size());
                        assertThat(got).isEqualTo(expected);
                    }
                });
    }
}
