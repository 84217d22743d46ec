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

    @Test
    void theItemLineScanFindsWhatThePatternFinds() {
        Gen<String> lines = lists().of(integers().between(0, TYPE_PIECES.size() - 1)).ofSizeBetween(0, 10)
                .map(ix -> ix.stream().map(TYPE_PIECES::get).reduce("", String::concat));
        qt().withExamples(3000).forAll(lines).checkAssert(line ->
                assertThat(PilotScoringJob.isItemLine(line.getBytes(StandardCharsets.UTF_8))).as(line)
                        .isEqualTo(PilotScoringJob.ITEM_LINE.matcher(line).find()));
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
        assertThat(PilotScoringJob.isItemLine("{\"type\" : \"ITEM\",\"itemId\":\"A\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PilotScoringJob.isItemLine("{\"type\":\"SOLD\",\"note\":\"ITEM\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
