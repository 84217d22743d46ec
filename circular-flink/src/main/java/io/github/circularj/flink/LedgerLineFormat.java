package io.github.circularj.flink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a ledger file (the Circular ledger format, JSON Lines) as its lines keyed by enterprise and item: each
 * element is {@code (creditCode TAB itemId, the bytes of one or more consecutive lines of that item, each followed by
 * a line end)}. A grouped file holds each item's lines together, so an item usually travels as one element (at most
 * {@value #CHUNK_BYTES} bytes of lines make one); its lines in any other order travel as several, in file order.
 * The bytes are the file's, as written (without the line end and a byte order mark, as the library's reader takes
 * them off), so the item step reads exactly what
 * {@code LedgerReader} reads from the file — a line that is not valid UTF-8 included — and no line is decoded and
 * encoded again on its way. The file's first line, its header, names the enterprise and is not emitted (the job
 * knows every header from the start). Lines of spaces and tabs only are passed over, as the reader passes over them.
 * A line without a top-level {@code "itemId"} string (not JSON, an unknown type) is keyed by the enterprise and an
 * empty item, so that it still reaches the count of unreadable records. Files are read whole by one reader (not
 * split), so an item's lines keep their order.
 */
final class LedgerLineFormat extends SimpleStreamFormat<Tuple2<String, byte[]>> {

    private static final long serialVersionUID = 1L;

    /** The item id of a line: the value of the {@code itemId} field, as written (escapes kept). */
    static final Pattern ITEM = Pattern.compile("\"itemId\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final byte[] ITEM_ID = "\"itemId\"".getBytes(StandardCharsets.US_ASCII);

    /** The most bytes of lines one element holds, unless one line alone is longer. */
    static final int CHUNK_BYTES = 256 * 1024;

    @Override
    public StreamFormat.Reader<Tuple2<String, byte[]>> createReader(Configuration config, FSDataInputStream stream)
            throws IOException {
        LineBytes lines = new LineBytes(stream);
        byte[] header = lines.next();
        String enterprise = header == null ? "" : PilotScoringJob.creditCodeOf(new String(header, StandardCharsets.UTF_8));
        return new StreamFormat.Reader<>() {
            @Nullable
            private byte[] next = lines.next();
            @Nullable
            private String nextKey = next == null ? null : enterprise + "\t" + itemIdOf(next);

            @Override
            @Nullable
            public Tuple2<String, byte[]> read() throws IOException {
                if (next == null) {
                    return null;
                }
                String key = nextKey;
                java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream(Math.max(1024, next.length * 8));
                do {
                    chunk.write(next);
                    chunk.write('\n');
                    next = lines.next();
                    nextKey = next == null ? null : enterprise + "\t" + itemIdOf(next);
                } while (next != null && nextKey.equals(key) && chunk.size() + next.length < CHUNK_BYTES);
                return Tuple2.of(key, chunk.toByteArray());
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }

    /** The next line that is not blank, or null at the end. */
    static String nextLine(BufferedReader reader) throws IOException {
        String line;
        do {
            line = reader.readLine();
        } while (line != null && line.isBlank());
        return line;
    }

    /** The key of a line: the enterprise, a tab, the line's item id (empty if it has none). */
    static String key(String enterprise, String line) {
        return enterprise + "\t" + itemIdOf(line.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The item id of a line's UTF-8 bytes, as {@link #ITEM} finds it in the decoded line (the first {@code "itemId"}
     * followed by a colon and a string, escapes kept), scanned on the bytes: the format's structure is ASCII, and no
     * byte of a multi-byte UTF-8 character is an ASCII byte. Empty if there is none.
     */
    static String itemIdOf(byte[] line) {
        for (int at = indexOf(line, ITEM_ID, 0); at >= 0; at = indexOf(line, ITEM_ID, at + 1)) {
            int i = skipSpace(line, at + ITEM_ID.length);
            if (i >= line.length || line[i] != ':') {
                continue;
            }
            i = skipSpace(line, i + 1);
            if (i >= line.length || line[i] != '"') {
                continue;
            }
            for (int j = i + 1; j < line.length; j++) {
                if (line[j] == '"') {
                    return new String(line, i + 1, j - i - 1, StandardCharsets.UTF_8);
                }
                if (line[j] == '\\') {
                    j++;
                }
            }
        }
        return "";
    }

    /** The first index of a byte sequence at or after {@code from}, or -1. */
    static int indexOf(byte[] in, byte[] sought, int from) {
        outer:
        for (int i = from; i <= in.length - sought.length; i++) {
            for (int k = 0; k < sought.length; k++) {
                if (in[i + k] != sought[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The index of the first byte at or after {@code from} that the pattern's {@code \s} does not match. */
    static int skipSpace(byte[] line, int from) {
        int i = from;
        while (i < line.length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\n' || line[i] == 0x0B
                || line[i] == '\f' || line[i] == '\r')) {
            i++;
        }
        return i;
    }

    @Override
    public TypeInformation<Tuple2<String, byte[]>> getProducedType() {
        return Types.TUPLE(Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
    }

    /**
     * Splits a stream into its lines' bytes as the library's reader does: a line ends at LF, a CR before it is taken
     * off, and so is a UTF-8 byte order mark at its start; lines of spaces and tabs only are passed over.
     */
    static final class LineBytes {
        private final InputStream in;
        private byte[] buf = new byte[64 * 1024];
        private int pos;
        private int limit;
        private boolean eof;

        LineBytes(InputStream in) {
            this.in = in;
        }

        /** The next line that is not blank, or null at the end. */
        @Nullable
        byte[] next() throws IOException {
            while (true) {
                byte[] line = line();
                if (line == null || !blank(line)) {
                    return line;
                }
            }
        }

        @Nullable
        private byte[] line() throws IOException {
            int scan = pos;
            while (true) {
                for (int i = scan; i < limit; i++) {
                    if (buf[i] == '\n') {
                        byte[] line = cut(pos, i);
                        pos = i + 1;
                        return line;
                    }
                }
                if (eof) {
                    if (pos == limit) {
                        return null;
                    }
                    byte[] line = cut(pos, limit);
                    pos = limit;
                    return line;
                }
                scan = limit - pos;
                if (pos > 0) {
                    System.arraycopy(buf, pos, buf, 0, limit - pos);
                    limit -= pos;
                    pos = 0;
                }
                if (limit == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int n = in.read(buf, limit, buf.length - limit);
                if (n < 0) {
                    eof = true;
                } else {
                    limit += n;
                }
            }
        }

        private byte[] cut(int from, int to) {
            int start = from;
            int end = to;
            if (end > start && buf[end - 1] == '\r') {
                end--;
            }
            if (end - start >= 3 && (buf[start] & 0xFF) == 0xEF && (buf[start + 1] & 0xFF) == 0xBB
                    && (buf[start + 2] & 0xFF) == 0xBF) {
                start += 3;
            }
            return Arrays.copyOfRange(buf, start, end);
        }

        private static boolean blank(byte[] line) {
            for (byte b : line) {
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            return true;
        }
    }
}
