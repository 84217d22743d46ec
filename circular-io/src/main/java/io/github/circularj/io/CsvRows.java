package io.github.circularj.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Reads CSV records as RFC 4180 defines them: fields separated by commas, records by CR LF (or LF alone),
 * a field in double quotes may hold commas, line ends and doubled double quotes. Every cell is text, read
 * as written: a cell starting with {@code =}, {@code +}, {@code -} or {@code @} is plain text, never a
 * formula. A UTF-8 byte order mark at the start is skipped; bytes that are not UTF-8 are read as U+FFFD
 * and the record holding one is reported. A record longer than the limit is read to its end but not kept.
 *
 * <p>Not thread-safe.
 */
final class CsvRows implements AutoCloseable {

    /** What a call to {@link #next()} found. */
    enum Status {
        ROW, BAD, END
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private long rowLine;
    private final List<String> row = new ArrayList<>();
    @Nullable
    private String problem;
    private boolean first = true;

    CsvRows(InputStream in, int maxChars) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        this.maxChars = maxChars;
    }

    private int read() throws IOException {
        if (pos == limit) {
            if (eof) {
                return -1;
            }
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                eof = true;
                return -1;
            }
            pos = 0;
            limit = n;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        int c = read();
        if (c >= 0) {
            pos--;
        }
        return c;
    }

    /** Reads the next record; blank lines (no characters at all) are skipped. */
    Status next() throws IOException {
        row.clear();
        problem = null;
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') { // a blank line holds no record
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c < 0) {
            return Status.END;
        }
        rowLine = line;
        StringBuilder cell = new StringBuilder();
        long chars = 0;
        boolean tooLong = false;
        while (true) {
            cell.setLength(0);
            if (c == '"') {
                while (true) {
                    c = read();
                    if (c < 0) {
                        problem = "a quoted field opened on this record is never closed (the file may be cut short)";
                        return Status.BAD;
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                        } else {
                            c = read();
                            break;
                        }
                    }
                    if (c == '\n') {
                        line++;
                    }
                    if (++chars > maxChars) {
                        tooLong = true;
                    } else {
                        cell.append((char) c);
                    }
                }
                if (c != ',' && c != '\n' && c != '\r' && c >= 0) {
                    problem = "a quoted field is followed by other characters before the next comma; a field is"
                            + " either quoted whole or not at all";
                    skipRecord(c);
                    return Status.BAD;
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c >= 0) {
                    if (c == '"') {
                        problem = "a double quote inside an unquoted field; quote the whole field and double the quote";
                        skipRecord(c);
                        return Status.BAD;
                    }
                    if (++chars > maxChars) {
                        tooLong = true;
                    } else {
                        cell.append((char) c);
                    }
                    c = read();
                }
            }
            row.add(cell.toString());
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                if (peek() == '\n') {
                    read();
                }
                line++;
            } else if (c == '\n') {
                line++;
            }
            break;
        }
        if (tooLong) {
            row.clear();
            problem = "the record has more than " + maxChars + " characters; it was skipped";
            return Status.BAD;
        }
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).indexOf('\uFFFD') >= 0) {
                problem = "field " + (i + 1) + " holds bytes that are not UTF-8";
                return Status.BAD;
            }
        }
        return Status.ROW;
    }

    /** Skips to the end of the current physical line after a malformed field. */
    private void skipRecord(int c) throws IOException {
        while (c >= 0 && c != '\n') {
            c = read();
        }
        if (c == '\n') {
            line++;
        }
    }

    List<String> row() {
        return row;
    }

    /** The line the last record started on, from 1. */
    long rowLine() {
        return rowLine;
    }

    @Nullable
    String problem() {
        return problem;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
