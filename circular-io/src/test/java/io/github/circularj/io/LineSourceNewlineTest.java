package io.github.circularj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line splitter's search for a line feed, eight bytes at a time, finds what a byte-by-byte search finds: on bytes
 * around the line feed's value (where a borrow between bytes could mislead a word-wise test), at any start and end.
 */
class LineSourceNewlineTest {

    /** Bytes next to 0x0A in value or in bits, and the bytes of multi-byte UTF-8. */
    private static final List<Integer> BYTES = List.of(0x0A, 0x0B, 0x09, 0x00, 0x01, 0x8A, 0x80, 0xFF, 0x7F, 0x0D, 0x20,
            0x41, 0xE6, 0x97, 0xA7, 0x1A, 0x4A);

    private static int naive(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Test
    void findsTheFirstLineFeedAsAByteByByteSearchDoes() {
        qt().withExamples(5000).forAll(lists().of(integers().between(0, BYTES.size() - 1)).ofSizeBetween(0, 40),
                integers().between(0, 40), integers().between(0, 40)).checkAssert((ix, a, z) -> {
                    byte[] b = new byte[ix.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) (int) BYTES.get(ix.get(i));
                    }
                    int from = Math.min(a, b.length);
                    int to = Math.max(from, Math.min(z, b.length));
                    assertThat(LineSource.indexOfNewline(b, from, to)).isEqualTo(naive(b, from, to));
                });
    }

    @Test
    void examples() {
        byte[] b = "0123456789abcdef\nxyz\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(LineSource.indexOfNewline(b, 0, b.length)).isEqualTo(16);
        assertThat(LineSource.indexOfNewline(b, 17, b.length)).isEqualTo(20);
        assertThat(LineSource.indexOfNewline(b, 0, 16)).isEqualTo(-1);
        // a line feed in the last byte of a word, behind a 0x0B whose borrow must not be taken for one
        byte[] w = {0x0B, 0x0B, 0x0B, 0x0B, 0x0B, 0x0B, 0x0B, 0x0A, 0x0A};
        assertThat(LineSource.indexOfNewline(w, 0, w.length)).isEqualTo(7);
    }
}
