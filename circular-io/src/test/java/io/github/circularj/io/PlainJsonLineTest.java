package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader of plain lines accepts only valid JSON, and gives for it exactly the fields Jackson gives: on every line
 * of the sample file, on those lines mutated byte by byte and fragment by fragment (escapes, other scripts, numbers
 * of every form, literals, lists, trailing commas, control bytes), and on named examples.
 */
class PlainJsonLineTest {

    private static final List<String> LINES = sampleLines();

    /** Bytes and fragments that matter to JSON's grammar, inserted or written over a line's bytes. */
    private static final List<String> FRAGMENTS = List.of("\"", "\\", ",", ":", "{", "}", "[", "]", " ", "\t", "\r",
            "0", "1", "9", "-", "+", ".", "e", "E", "t", "n", "x", "\u0000", "\u001f", "\u007f", "é", "日", "true",
            "false", "null", "nul", "[]", "{}", "\"\"", "[\"a\",]", "[\"a\",1]", "[{},{}]", "[{\"a\":[]}]", "1e5", "-0",
            "01", "1.", ".5", "-", "1e", "1e+", "\\u0041", "\\n", "\\\"", "\"type\":\"X\",", ",\"a\":1", "\"a\":{}");

    private static List<String> sampleLines() {
        String file = new String(Samples.jsonLines(Samples.ledger()), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : file.split("\n")) {
            lines.add(line);
        }
        return List.copyOf(lines);
    }

    /** What a line gives: its fields, or the refusal's message. */
    private static Object jackson(byte[] line) {
        Fields f = new Fields(false);
        try {
            new JsonRecords().parseWithJackson(line, 0, line.length, f);
            return f;
        } catch (BadRecord bad) {
            return bad.getMessage();
        }
    }

    private static void assertSameFields(Fields plain, Fields jackson) {
        assertThat(plain.size()).isEqualTo(jackson.size());
        for (int i = 0; i < plain.size(); i++) {
            assertThat(plain.nameAt(i)).isEqualTo(jackson.nameAt(i));
            assertThat(plain.nameAt(i)).as("an interned name").isSameAs(plain.nameAt(i).intern());
            assertThat(plain.kindAt(i)).isEqualTo(jackson.kindAt(i));
            Object p = plain.valueAt(i);
            Object j = jackson.valueAt(i);
            if (plain.kindAt(i) == Fields.Kind.RECORDS) {
                List<?> ps = (List<?>) p;
                List<?> js = (List<?>) j;
                assertThat(ps).hasSameSizeAs(js);
                for (int k = 0; k < ps.size(); k++) {
                    assertSameFields((Fields) ps.get(k), (Fields) js.get(k));
                }
            } else {
                assertThat(p).isEqualTo(j);
            }
        }
    }

    /** The property: what the plain reader accepts, Jackson accepts with the same fields. */
    private static boolean checkAgainstJackson(byte[] line) {
        Fields plain = new Fields(false);
        boolean taken = new PlainJsonLine(line, 0, line.length).read(plain);
        if (taken) {
            Object j = jackson(line);
            assertThat(j).as("Jackson's reading of a line the plain reader took: %s",
                    new String(line, StandardCharsets.UTF_8)).isInstanceOf(Fields.class);
            assertSameFields(plain, (Fields) j);
        }
        return taken;
    }

    @Test
    void everyAsciiLineOfTheSampleIsReadPlainlyWithJacksonsFields() {
        int plainLines = 0;
        for (String line : LINES) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            boolean ascii = bytes.length == line.length() && line.indexOf('\\') < 0;
            boolean taken = checkAgainstJackson(bytes);
            if (ascii) {
                assertThat(taken).as("a plain line: %s", line).isTrue();
                plainLines++;
            }
        }
        assertThat(plainLines).as("the sample's lines are nearly all plain").isGreaterThan(LINES.size() * 9 / 10);
    }

    @Test
    void mutatedLinesAreTakenOnlyWhenJacksonGivesTheSameFields() {
        int[] taken = new int[2];
        qt().withExamples(20_000).forAll(integers().between(0, LINES.size() - 1),
                lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 6))
                .checkAssert((lineIndex, edits) -> {
                    StringBuilder line = new StringBuilder(LINES.get(lineIndex));
                    for (int i = 0; i + 1 < edits.size() || i == 0; i += 2) {
                        int at = edits.get(i) % (line.length() + 1);
                        int what = i + 1 < edits.size() ? edits.get(i + 1) : edits.get(i) / 7;
                        String fragment = FRAGMENTS.get(what % FRAGMENTS.size());
                        switch (what / FRAGMENTS.size() % 4) {
                            case 0: // insert
                                line.insert(at, fragment);
                                break;
                            case 1: // write over
                                line.replace(at, Math.min(line.length(), at + fragment.length()), fragment);
                                break;
                            case 2: // delete some characters
                                line.delete(at, Math.min(line.length(), at + 1 + what % 5));
                                break;
                            default: // cut the line short
                                line.setLength(at);
                                break;
                        }
                    }
                    boolean plain = checkAgainstJackson(line.toString().getBytes(StandardCharsets.UTF_8));
                    taken[plain ? 1 : 0]++;
                });
        assertThat(taken[0]).as("mutations the plain reader left to Jackson").isGreaterThan(1_000);
        assertThat(taken[1]).as("mutations the plain reader took").isGreaterThan(1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", " {} ", "{\"a\":1}", "{\"a\":-0,\"b\":1.25e-3,\"c\":2E+10,\"d\":10.50}",
        "{\"a\":true,\"b\":false,\"c\":null}", "{\"a\":[],\"b\":[\"x\", \"y\"]}", "{ \"a\" : [ { } , {\"b\":\"c\"} ] }",
        "\t{\"a\":\"\"}\r", "{\"a\":\"~ !#$%&'()*+,-./:;<=>?@[]^_`{|}\"}"})
    void plainLinesAreTaken(String line) {
        assertThat(checkAgainstJackson(line.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{", "{\"a\":1,}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}",
        "{\"a\":1e}", "{\"a\":-}", "{\"a\":tru}", "{\"a\":truex}", "{\"a\":1 2}", "{\"a\":[\"x\",]}", "{\"a\":[1]}",
        "{\"a\":[\"x\",1]}", "{\"a\":{}}", "{\"a\":[[]]}", "{\"a\":[{\"b\":[]}]}", "{\"a\":\"\\n\"}", "{\"a\":\"é\"}",
        "{\"a\":\"\u007f\"}", "{\"a\":\"\u0001\"}", "{\"a\":1}{}", "{\"a\":1,\"a\":2}", "{a:1}", "{\"a\" 1}",
        "{\"a\":\"x}", "{\"a\":1", "{\"a\":[\"x\""})
    void otherLinesAreLeftToJackson(String line) {
        assertThat(checkAgainstJackson(line.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aLineLeftToJacksonIsReadOrRefusedAsJacksonDoes() throws BadRecord {
        Fields f = new Fields(false);
        byte[] escaped = "{\"a\":\"line\\none\",\"b\":\"\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        new JsonRecords().parse(escaped, 0, escaped.length, f);
        assertThat(f.valueAt(0)).isEqualTo("line\none");
        assertThat(f.valueAt(1)).isEqualTo("\u00e9");

        byte[] trailing = "{\"a\":[\"x\",]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new JsonRecords().parse(trailing, 0, trailing.length, new Fields(false)))
                .isInstanceOf(BadRecord.class).hasMessage(Objects.toString(jackson(trailing)));

        byte[] twice = "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new JsonRecords().parse(twice, 0, twice.length, new Fields(false)))
                .isInstanceOf(BadRecord.class).hasMessageContaining("appears twice");
    }
}
