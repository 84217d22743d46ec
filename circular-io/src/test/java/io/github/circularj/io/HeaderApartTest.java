package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.circularj.model.lifecycle.Ledger;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerReader#read(LedgerHeader, InputStream, String)}: a file's records read apart from its header line give
 * what the whole file gives — the same ledger, the same report, line numbers counted as in the file — whatever the
 * stream says of its size.
 */
class HeaderApartTest {

    private static final Ledger LEDGER = Samples.ledger();
    private static final List<String> LINES = Arrays.asList(Samples.text(Samples.jsonLines(LEDGER)).split("\n"));

    private static LedgerImport whole(List<String> lines) throws IOException {
        return LedgerReader.defaults().read(new ByteArrayInputStream(bytes(lines)), "s.jsonl");
    }

    private static LedgerImport apart(List<String> lines, InputStreamWrapper wrap) throws IOException {
        LedgerHeader header = LedgerReader.defaults().read(new ByteArrayInputStream(bytes(lines.subList(0, 1))), "s.jsonl")
                .header();
        return LedgerReader.defaults().read(header, wrap.wrap(new ByteArrayInputStream(bytes(lines.subList(1, lines.size())))),
                "s.jsonl");
    }

    private static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Wraps a stream. */
    interface InputStreamWrapper {
        InputStream wrap(InputStream in);
    }

    /** A stream that says nothing of its size, as a socket may. */
    private static InputStream silent(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int available() {
                return 0;
            }
        };
    }

    /** A stream that under-states its size: a small buffer must grow to a long line. */
    private static InputStream understating(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int available() {
                return 10;
            }
        };
    }

    @Test
    void theRecordsReadApartFromTheHeaderGiveWhatTheWholeFileGives() throws IOException {
        LedgerImport expected = whole(LINES);
        assertThat(expected.report().accepted()).isPositive();
        for (InputStreamWrapper wrap : List.<InputStreamWrapper>of(in -> in, HeaderApartTest::silent,
                HeaderApartTest::understating)) {
            LedgerImport read = apart(LINES, wrap);
            assertThat(read.header()).isEqualTo(expected.header());
            assertThat(read.ledger()).isEqualTo(expected.ledger());
            assertThat(read.report()).isEqualTo(expected.report());
        }
    }

    @Test
    void badLinesAreReportedWithTheLineNumbersOfTheFile() throws IOException {
        List<String> lines = new ArrayList<>(LINES);
        lines.add(2, "not json");
        // a line longer than any first buffer (4 KB to 64 KB), kept whole: the buffer grows to it
        lines.add(4, "{\"type\":\"NOTE\",\"text\":\"" + "x".repeat(70_000) + "\"}");
        LedgerImport expected = whole(lines);
        assertThat(expected.report().unreadableCount()).isEqualTo(2);
        assertThat(expected.report().unreadable()).extracting(u -> u.line()).containsExactly(3L, 5L);
        for (InputStreamWrapper wrap : List.<InputStreamWrapper>of(in -> in, HeaderApartTest::silent,
                HeaderApartTest::understating)) {
            assertThat(apart(lines, wrap).report()).isEqualTo(expected.report());
        }
    }

    @Test
    void nothingIsNull() {
        LedgerHeader header = LedgerHeader.of(LEDGER.enterprise(), LEDGER.period());
        InputStream in = new ByteArrayInputStream(new byte[0]);
        assertThatNullPointerException().isThrownBy(() -> LedgerReader.defaults().read(null, in, "s")).withMessage("header");
        assertThatNullPointerException().isThrownBy(() -> LedgerReader.defaults().read(header, null, "s"))
                .withMessage("records");
        assertThatNullPointerException().isThrownBy(() -> LedgerReader.defaults().read(header, in, null)).withMessage("source");
    }
}
