package io.github.circularj.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than one line, and never more than a maximum
 * number of bytes: a longer line is skipped to its end, counted but not kept. A line ends at LF; a CR
 * before the LF is dropped. A UTF-8 byte order mark at the start of a line is skipped (at the start of the
 * file, or where files were joined). Lines are counted from 1.
 *
 * <p>Not thread-safe.
 */
final class LineSource implements Closeable {

    /** What {@link #next()} found. */
    enum Status {
        LINE, TOO_LONG, END
    }

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private long line;
    private int start;
    private int length;
    private long skippedBytes;
    private boolean terminated;

    LineSource(InputStream in, int maxLineBytes) throws IOException {
        this(in, maxLineBytes, 0);
    }

    /**
     * A source whose first line is numbered {@code linesBefore + 1}: the lines of a file read after lines read
     * elsewhere (its header).
     */
    LineSource(InputStream in, int maxLineBytes, long linesBefore) throws IOException {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.line = linesBefore;
        // a short stream (one item's lines) gets a small buffer; it grows to the longest line anyway
        int available = in.available();
        int size = available > 0 && available < 60 * 1024 ? Math.max(4 * 1024, available + 64) : 64 * 1024;
        this.buf = new byte[Math.min(size, maxLineBytes + 2)];
    }

    /** Reads the next line. */
    Status next() throws IOException {
        int scanFrom = pos;
        while (true) {
            int nl = indexOfNewline(scanFrom, limit);
            if (nl >= 0) {
                line++;
                terminated = true;
                start = pos;
                int end = nl;
                if (end > start && buf[end - 1] == '\r') {
                    end--;
                }
                length = end - start;
                pos = nl + 1;
                skipBom();
                if (length > maxLineBytes) {
                    skippedBytes = length;
                    return Status.TOO_LONG;
                }
                return Status.LINE;
            }
            scanFrom = limit;
            if (limit - pos > maxLineBytes + 1) {
                return skipLongLine();
            }
            if (eof) {
                if (pos == limit) {
                    return Status.END;
                }
                line++;
                terminated = false;
                start = pos;
                length = limit - pos;
                pos = limit;
                skipBom();
                return Status.LINE;
            }
            int kept = limit - pos;
            scanFrom -= pos;
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, kept);
                pos = 0;
                limit = kept;
            }
            if (limit == buf.length) {
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, maxLineBytes + 2));
                if (limit == buf.length) {
                    return skipLongLine();
                }
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    private void skipBom() {
        if (length >= 3 && (buf[start] & 0xFF) == 0xEF && (buf[start + 1] & 0xFF) == 0xBB && (buf[start + 2] & 0xFF) == 0xBF) {
            start += 3;
            length -= 3;
        }
    }

    /** Skips the rest of a line too long to keep, counting its bytes. */
    private Status skipLongLine() throws IOException {
        line++;
        long count = limit - pos;
        pos = limit = 0;
        while (true) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                terminated = false;
                skippedBytes = count;
                return Status.TOO_LONG;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    count += i;
                    pos = i + 1;
                    limit = n;
                    terminated = true;
                    skippedBytes = count;
                    return Status.TOO_LONG;
                }
            }
            count += n;
        }
    }

    private int indexOfNewline(int from, int to) {
        return indexOfNewline(buf, from, to);
    }

    /** Reads a byte array eight bytes at a time, as a little-endian long. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The index of the first line feed in {@code b[from, to)}, or -1. Eight bytes at a time: a byte of {@code w ^
     * NEWLINES} is zero where {@code w} holds a line feed, and {@code (x - LOW_BITS) & ~x & HIGH_BITS} sets the high bit
     * of the lowest zero byte of {@code x} (bits of higher bytes may be set by its borrow, never of lower ones), so the
     * first line feed is at the lowest set bit.
     */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long found = (x - LOW_BITS) & ~x & HIGH_BITS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }

    long lineNumber() {
        return line;
    }

    /** The bytes of the last line that was too long (without its line end). */
    long skippedBytes() {
        return skippedBytes;
    }

    /** Whether the last line read ended with a line end (false for a last line cut short). */
    boolean terminated() {
        return terminated;
    }

    /** Whether the last line read is blank: only spaces and tabs. */
    boolean blank() {
        for (int i = start; i < start + length; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
