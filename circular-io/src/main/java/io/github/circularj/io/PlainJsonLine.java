package io.github.circularj.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the plain shape that almost every ledger line has, without a general JSON parser: one object whose
 * names and strings are printable ASCII without escapes, whose values are such strings, numbers, {@code true},
 * {@code false}, {@code null}, lists of such strings, or lists of objects of such scalars. This is the shape
 * {@link LedgerWriter} writes for ASCII data, and reading it this way costs about a third of what a parser per line
 * costs (no parser, no character buffers: a string is one copy of its bytes).
 *
 * <p>Anything else &mdash; an escape, a byte outside printable ASCII, a value of another shape, a field named twice,
 * any syntax error, anything near a limit of {@link JsonRecords} &mdash; makes {@link #read(Fields)} answer false,
 * and the line is then read by Jackson, which gives the value or the refusal with its own message. So this class
 * decides nothing about bad input: it only accepts lines that are valid JSON and gives the fields Jackson gives
 * for them (a property test compares the two on generated and mutated lines).
 *
 * <p>Field names are interned, as Jackson's are in {@link JsonRecords}, through a small shared cache, so that a
 * name is the very string the decoder looks up. Thread-safe as used: one instance per line; the cache holds
 * immutable entries, and a lost race only costs a second look-up.
 */
final class PlainJsonLine {

    /** The longest number, name and string taken here; anything longer goes to Jackson and its limits. */
    private static final int MAX_NUMBER = 48;
    private static final int MAX_NAME = 200;
    private static final int MAX_STRING = JsonRecords.MAX_STRING_LENGTH - 1;

    private static final int NAME_SLOTS = 1 << 10;
    // Entries are immutable and published whole (final fields), so a racy read sees a complete entry or null.
    private static final Name[] NAMES = new Name[NAME_SLOTS];

    private record Name(byte[] bytes, String text) {
    }

    private final byte[] buf;
    private final int end;
    private int pos;

    PlainJsonLine(byte[] buf, int off, int len) {
        this.buf = buf;
        this.pos = off;
        this.end = off + len;
    }

    /**
     * Reads the line into the (cleared) fields if it has the plain shape.
     *
     * @return true if it had and every field was put; false if Jackson must read it (the fields then hold part
     *     of the line and must be cleared)
     */
    boolean read(Fields into) {
        skipSpace();
        if (peek() != '{') {
            return false;
        }
        pos++;
        if (!members(into, true)) { // the line's own object
            return false;
        }
        skipSpace();
        return pos == end;
    }

    /**
     * The members of an object after its '{', up to and including its '}'. The line's own object ({@code line})
     * may hold lists, and its texts are kept as slices of the line; an object in a list holds scalars only.
     */
    private boolean members(Fields into, boolean line) {
        skipSpace();
        if (peek() == '}') {
            pos++;
            return true;
        }
        while (true) {
            if (peek() != '"') {
                return false;
            }
            String name = name();
            if (name == null) {
                return false;
            }
            skipSpace();
            if (peek() != ':') {
                return false;
            }
            pos++;
            skipSpace();
            if (!value(name, into, line)) {
                return false;
            }
            int after = separator('}');
            if (after != COMMA) {
                return after == CLOSED;
            }
        }
    }

    private boolean value(String name, Fields into, boolean line) {
        int c = peek();
        Fields.Kind kind;
        Object value;
        if (c == '"' && line) {
            int start = pos + 1;
            int stop = stringEnd();
            return stop >= 0 && putSlice(into, name, start, stop - start);
        } else if (c == '"') {
            kind = Fields.Kind.TEXT;
            value = string();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            kind = Fields.Kind.NUMBER;
            value = number();
        } else if (c == 't' && literal("true")) {
            kind = Fields.Kind.BOOLEAN;
            value = Boolean.TRUE;
        } else if (c == 'f' && literal("false")) {
            kind = Fields.Kind.BOOLEAN;
            value = Boolean.FALSE;
        } else if (c == 'n' && literal("null")) {
            return put(into, name, Fields.Kind.NULL, null);
        } else if (c == '[' && line) {
            pos++;
            return list(name, into);
        } else {
            return false;
        }
        return value != null && put(into, name, kind, value);
    }

    /** A list after its '[': empty, of strings, or of objects of scalars. */
    private boolean list(String name, Fields into) {
        skipSpace();
        int c = peek();
        if (c == ']') {
            pos++;
            return put(into, name, Fields.Kind.TEXTS, List.of());
        }
        if (c == '"') {
            List<String> texts = new ArrayList<>(4);
            int next;
            do {
                String s = string();
                if (s == null) {
                    return false;
                }
                texts.add(s);
            } while ((next = nextInList('"')) == NEXT_ENTRY);
            return next == LIST_END && put(into, name, Fields.Kind.TEXTS, texts);
        }
        if (c == '{') {
            List<Fields> records = new ArrayList<>(2);
            int next;
            do {
                pos++;
                Fields nested = new Fields(false, 4);
                if (!members(nested, false)) {
                    return false;
                }
                records.add(nested);
            } while ((next = nextInList('{')) == NEXT_ENTRY);
            return next == LIST_END && put(into, name, Fields.Kind.RECORDS, records);
        }
        return false;
    }

    private static final int NEXT_ENTRY = 1;
    private static final int LIST_END = 0;
    private static final int NOT_PLAIN = -1;

    /**
     * After an entry of a list: {@link #NEXT_ENTRY} (at it) if a ',' and an entry starting with {@code start}
     * follow, {@link #LIST_END} (past it) if the ']' follows, {@link #NOT_PLAIN} for anything else (such as a
     * trailing comma, which JSON does not allow).
     */
    private int nextInList(char start) {
        int after = separator(']');
        if (after != COMMA) {
            return after == CLOSED ? LIST_END : NOT_PLAIN;
        }
        return peek() == start ? NEXT_ENTRY : NOT_PLAIN;
    }

    private static final int COMMA = 1;
    private static final int CLOSED = 0;
    private static final int OTHER = -1;

    /**
     * After a value: {@link #COMMA} (and past the space after it), {@link #CLOSED} if {@code close} follows (past
     * it), {@link #OTHER} for anything else.
     */
    private int separator(char close) {
        skipSpace();
        int c = peek();
        pos++;
        if (c == close) {
            return CLOSED;
        }
        if (c != ',') {
            return OTHER;
        }
        skipSpace();
        return COMMA;
    }

    private boolean putSlice(Fields into, String name, int start, int length) {
        try {
            into.putSlice(name, buf, start, length);
            return true;
        } catch (BadRecord twice) {
            return false; // as in put
        }
    }

    private static boolean put(Fields into, String name, Fields.Kind kind, Object value) {
        try {
            into.put(name, kind, value);
            return true;
        } catch (BadRecord twice) {
            return false; // a field named twice: Jackson's reading refuses it with the same words
        }
    }

    private boolean literal(String word) {
        int n = word.length();
        if (end - pos < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        pos += n;
        return true; // what follows (a space, ',', '}' or ']') is checked by the caller
    }

    /** A number as RFC 8259 writes it, as its text; null if not one (or too long). */
    private String number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int c = peek();
        if (c == '0') {
            pos++;
        } else if (c >= '1' && c <= '9') {
            digits();
        } else {
            return null;
        }
        if (peek() == '.') {
            pos++;
            if (!digits()) {
                return null;
            }
        }
        c = peek();
        if (c == 'e' || c == 'E') {
            pos++;
            c = peek();
            if (c == '+' || c == '-') {
                pos++;
            }
            if (!digits()) {
                return null;
            }
        }
        int len = pos - start;
        return len > MAX_NUMBER ? null : new String(buf, start, len, StandardCharsets.ISO_8859_1);
    }

    /** Skips a run of digits; false if there was none. */
    private boolean digits() {
        int start = pos;
        while (pos < end && buf[pos] >= '0' && buf[pos] <= '9') {
            pos++;
        }
        return pos > start;
    }

    /** A string at its opening quote; null if it is not plain (or too long). */
    private String string() {
        int start = pos + 1;
        int stop = stringEnd();
        return stop < 0 ? null : new String(buf, start, stop - start, StandardCharsets.ISO_8859_1);
    }

    /** Skips a string at its opening quote; the index of its closing quote, or -1 if it is not plain (or too long). */
    private int stringEnd() {
        int start = ++pos;
        int stop = plainRun();
        if (stop < 0 || stop - start > MAX_STRING) {
            return -1;
        }
        pos = stop + 1;
        return stop;
    }

    /** A name at its opening quote, interned; null if it is not plain (or too long). */
    private String name() {
        int start = ++pos;
        int hash = 0;
        int i = start;
        while (i < end) {
            byte b = buf[i];
            if (b == '"') {
                break;
            }
            if (!plain(b)) {
                return null;
            }
            hash = 31 * hash + b; // String.hashCode of ASCII text
            i++;
        }
        int len = i - start;
        if (i == end || len > MAX_NAME) {
            return null;
        }
        pos = i + 1;
        int slot = (hash ^ (hash >>> 16)) & (NAME_SLOTS - 1);
        Name known = NAMES[slot];
        if (known != null && Arrays.equals(known.bytes, 0, known.bytes.length, buf, start, i)) {
            return known.text;
        }
        String text = new String(buf, start, len, StandardCharsets.ISO_8859_1).intern();
        NAMES[slot] = new Name(Arrays.copyOfRange(buf, start, i), text);
        return text;
    }

    /** The index of the closing quote of a plain string whose first byte is at {@code pos}; -1 if not plain. */
    private int plainRun() {
        for (int i = pos; i < end; i++) {
            byte b = buf[i];
            if (b == '"') {
                return i;
            }
            if (!plain(b)) {
                return -1;
            }
        }
        return -1;
    }

    /** Printable ASCII other than the quote and the backslash (which the callers test first or refuse). */
    private static boolean plain(byte b) {
        return b >= 0x20 && b < 0x7F && b != '\\';
    }

    private void skipSpace() {
        while (pos < end) {
            byte b = buf[pos];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return;
            }
            pos++;
        }
    }

    /** The byte at the position (0-255), or -1 at the end of the line. */
    private int peek() {
        return pos < end ? buf[pos] & 0xFF : -1;
    }
}
