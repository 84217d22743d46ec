package io.github.circularj.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The item id of a stream line is found by a scan that must agree with the format's definition, the first
 * {@code "itemId"} followed by a colon and a JSON string (escapes kept as written), on any line.
 */
class LedgerLineFormatTest {

    /** The definition: the pattern the scan replaces. */
    private static final Pattern ITEM = Pattern.compile("\"itemId\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static String byPattern(String line) {
        Matcher m = ITEM.matcher(line);
        return m.find() ? m.group(1) : "";
    }

    /** Lines made of the pieces that matter: the field name, colons, quotes, escapes, spaces, plain text. */
    private static final List<String> PIECES = List.of("\"itemId\"", ":", "\"", "\\", "\\\"", " ", "\t", "\u000b", "A-1",
            "{", "}", ",", "\"type\":\"SOLD\"", "x", "\"itemId\" : \"B-2\"");

    private static Gen<String> lines() {
        return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 12)
                .map(ix -> ix.stream().map(PIECES::get).reduce("", String::concat));
    }

    @Test
    void theScanFindsWhatThePatternFinds() {
        qt().withExamples(3000).forAll(lines()).checkAssert(line ->
                assertThat(LedgerLineFormat.itemIdOf(line.getBytes(StandardCharsets.UTF_8))).as(line).isEqualTo(byPattern(line)));
    }

    /** Lines made of the pieces an item line's test meets. */
    private static final List<String> TYPE_PIECES = List.of("\"type\"", ":", "\"", "\\", " ", "\t", "\"ITEM\"", "ITEM",
            "\"ITEM", "{", "}", ",", "\"SOLD\"", "旧", "\"typ", "e\"");

    /** The definition: the item lines ({@code ITEM_LINE} finds a match) first, then the others, each in order. */
    private static String byPatternInOrder(List<String> lines) {
        StringBuilder items = new StringBuilder();
        StringBuilder others = new StringBuilder();
        lines.forEach(l -> (PilotScoringJob.ITEM_LINE.matcher(l).find() ? items : others).append(l).append('\n'));
        return items.append(others).toString();
    }

    @Test
    void theItemLinesComeFirstAsThePatternFindsThem() {
        Gen<String> line = lists().of(integers().between(0, TYPE_PIECES.size() - 1)).ofSizeBetween(0, 8)
                .map(ix -> ix.stream().map(TYPE_PIECES::get).reduce("", String::concat));
        qt().withExamples(3000).forAll(lists().of(line).ofSizeBetween(0, 6)).checkAssert(lines -> {
            byte[] joined = (lines.stream().map(l -> l + "\n").reduce("", String::concat)).getBytes(StandardCharsets.UTF_8);
            assertThat(new String(PilotScoringJob.ItemAssembler.inOrder(joined), StandardCharsets.UTF_8)).as("%s", lines)
                    .isEqualTo(byPatternInOrder(lines));
        });
    }

    @Test
    void linesInOrderAreGivenBackAsTheyAre() {
        byte[] grouped = "{\"type\":\"ITEM\",\"itemId\":\"A\"}\n{\"type\":\"SOLD\",\"itemId\":\"A\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(PilotScoringJob.ItemAssembler.inOrder(grouped)).isSameAs(grouped);
        byte[] late = "{\"type\":\"SOLD\",\"itemId\":\"A\"}\n{\"type\" :\t\"ITEM\",\"itemId\":\"A\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new String(PilotScoringJob.ItemAssembler.inOrder(late), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\" :\t\"ITEM\",\"itemId\":\"A\"}\n{\"type\":\"SOLD\",\"itemId\":\"A\"}\n");
    }

    @Test
    void examples() {
        assertThat(LedgerLineFormat.key("91X", "{\"type\":\"SOLD\",\"itemId\":\"A-\\\"1\",\"at\":\"2026-01-01T00:00:00Z\"}"))
                .isEqualTo("91X\tA-\\\"1");
        assertThat(LedgerLineFormat.key("", "{\"itemId\": 5, \"x\":{\"itemId\" :\t\"B\"}}")).isEqualTo("\tB");
        assertThat(LedgerLineFormat.key("", "{\"itemId\":\"never closed")).isEqualTo("\t");
        assertThat(LedgerLineFormat.key("", "not json")).isEqualTo("\t");
        // an id of several UTF-8 bytes per character is decoded whole
        assertThat(LedgerLineFormat.key("91X", "{\"itemId\":\"旧手机-1\"}")).isEqualTo("91X\t旧手机-1");
        assertThat(PilotScoringJob.isItemLine("{\"type\" : \"ITEM\",\"itemId\":\"A\"}")).isTrue();
        assertThat(PilotScoringJob.isItemLine("{\"type\":\"SOLD\",\"note\":\"ITEM\"}")).isFalse();
        assertThat(PilotScoringJob.isItemLine("{\"type\":\"SOLD\",\"note\":\"\\\"ITEM\\\"\"}")).isFalse();
    }
}
