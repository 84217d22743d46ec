package io.github.circularj.io;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The fields of one record as read, by name, before any model value is built: text, numbers (kept as the
 * text they were written in), booleans, lists of texts and lists of nested records. Reading a field marks
 * it used; {@link #requireAllUsed(String)} then refuses, by name, any field the record's type does not
 * have. From a CSV row every value is text, and the accessors parse numbers and booleans from it.
 *
 * <p>Not thread-safe; one per record.
 */
final class Fields {

    /** The kinds of value a field holds. */
    enum Kind {
        TEXT, NUMBER, BOOLEAN, NULL, TEXTS, RECORDS
    }

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final boolean allText;
    private String[] names;
    private int[] hashes;
    private Object[] values;
    private Kind[] kinds;
    private boolean[] used;
    private int size;
    // an open-addressing index of the fields by name hash: entry i + 1 for field i, 0 for a free slot; at least
    // twice as many slots as fields, so a look-up for an absent name (the decoder asks for every optional field)
    // usually ends at its first slot
    private int[] slots;
    // A text put as a slice of its line (by the plain reader) becomes a String only when it is asked for as text:
    // constants, instants and texts equal to the previous line's are read from the bytes. The line's bytes stay
    // unchanged while the record is decoded (the next line is read after it).
    @Nullable
    private byte[] line;
    private int[] starts;
    private int[] lengths;
    // the texts of this reader's lines, made once while they repeat (see TextCache); kept across clear()
    @Nullable
    private TextCache texts;

    Fields(boolean allText) {
        this(allText, 16);
    }

    /** Fields with room for {@code capacity} (a power of two) before they grow: a nested record has few. */
    Fields(boolean allText, int capacity) {
        this.allText = allText;
        names = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        kinds = new Kind[capacity];
        used = new boolean[capacity];
        slots = new int[2 * capacity];
        starts = new int[capacity];
        lengths = new int[capacity];
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            names[i] = null;
            values[i] = null;
        }
        if (size > 0) {
            java.util.Arrays.fill(slots, 0);
        }
        line = null;
        size = 0;
    }

    int size() {
        return size;
    }

    String nameAt(int i) {
        return names[i];
    }

    Kind kindAt(int i) {
        return kinds[i];
    }

    @Nullable
    Object valueAt(int i) {
        return kinds[i] == Kind.TEXT ? textAt(i) : values[i];
    }

    /** The text of a text field, made from its slice of the line the first time. */
    private String textAt(int i) {
        Object v = values[i];
        if (v == null) {
            v = new String(line, starts[i], lengths[i], StandardCharsets.ISO_8859_1);
            values[i] = v;
        }
        return (String) v;
    }

    /** The cache through which the shared texts of these fields are made (see {@link #optionalSharedText}). */
    TextCache texts() {
        TextCache t = texts;
        if (t == null) {
            t = new TextCache();
            texts = t;
        }
        return t;
    }

    /**
     * Adds a text field whose value is the bytes {@code start} to {@code start + length} of {@code line}, printable
     * ASCII (so one byte is one character); a name given twice is refused.
     */
    void putSlice(String name, byte[] line, int start, int length) throws BadRecord {
        put(name, Kind.TEXT, null);
        this.line = line;
        starts[size - 1] = start;
        lengths[size - 1] = length;
    }

    /** Adds a field; a name given twice is refused, since its value would be ambiguous. */
    void put(String name, Kind kind, @Nullable Object value) throws BadRecord {
        int hash = name.hashCode();
        int slot = probe(name, hash);
        if (slots[slot] != 0) {
            throw new BadRecord(name, value instanceof String s ? s : null, "the field appears twice in one record");
        }
        if (size == names.length) {
            int n = size * 2;
            names = java.util.Arrays.copyOf(names, n);
            hashes = java.util.Arrays.copyOf(hashes, n);
            values = java.util.Arrays.copyOf(values, n);
            kinds = java.util.Arrays.copyOf(kinds, n);
            used = java.util.Arrays.copyOf(used, n);
            starts = java.util.Arrays.copyOf(starts, n);
            lengths = java.util.Arrays.copyOf(lengths, n);
        }
        names[size] = name;
        hashes[size] = hash;
        values[size] = value;
        kinds[size] = kind;
        used[size] = false;
        size++;
        if (2 * size > slots.length) {
            slots = new int[2 * slots.length];
            for (int i = 0; i < size; i++) {
                index(i);
            }
        } else {
            slots[slot] = size;
        }
    }

    private int slotOf(int hash) {
        return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }

    private void index(int field) {
        int slot = slotOf(hashes[field]);
        while (slots[slot] != 0) {
            slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = field + 1;
    }

    private int indexOf(String name) {
        return slots[probe(name, name.hashCode())] - 1;
    }

    /**
     * The slot of the field of this name, or else the free slot where it would go: one probe serves both the
     * lookup and the insertion.
     */
    private int probe(String name, int hash) {
        int mask = slots.length - 1;
        int slot = slotOf(hash);
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            int i = slots[slot] - 1;
            String n = names[i];
            // a JSON field name is interned by the parser, so it is the very string the decoder asks for
            if (n == name || (hashes[i] == hash && n.equals(name))) {
                return slot;
            }
        }
        return slot;
    }

    /** Finds a field and marks it used; -1 if absent or null (a null value is the same as a missing field). */
    private int find(String name) {
        int i = indexOf(name);
        if (i < 0) {
            return -1;
        }
        used[i] = true;
        if (kinds[i] == Kind.NULL || (allText && kinds[i] == Kind.TEXT && textAt(i).isEmpty())) {
            return -1;
        }
        return i;
    }

    boolean has(String name) {
        int i = indexOf(name);
        return i >= 0 && kinds[i] != Kind.NULL && !(allText && kinds[i] == Kind.TEXT && textAt(i).isEmpty());
    }

    /** Refuses any field that was never read: the record's type has no such field. */
    void requireAllUsed(String what) throws BadRecord {
        requireAllUsed(what, "");
    }

    /** {@link #requireAllUsed(String)} of a type named {@code what + detail}, the name made only for a refusal. */
    void requireAllUsed(String what, Object detail) throws BadRecord {
        for (int i = 0; i < size; i++) {
            if (!used[i]) {
                throw new BadRecord(names[i], shown(i), "the field is not a field of " + what + detail
                        + " (see docs/ledger-format.md for the fields of each type)");
            }
        }
    }

    @Nullable
    private String shown(int i) {
        Object v = kinds[i] == Kind.TEXT ? textAt(i) : values[i];
        return v instanceof String s ? s : v == null ? null : String.valueOf(v);
    }

    private BadRecord wrongKind(int i, String expected) {
        return new BadRecord(names[i], shown(i), "the value is " + describe(kinds[i]) + " where " + expected
                + " is expected");
    }

    private static String describe(Kind kind) {
        switch (kind) {
            case TEXT:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "true or false";
            case TEXTS:
            case RECORDS:
                return "a list";
            default:
                return "null";
        }
    }

    static BadRecord missing(String name) {
        return new BadRecord(name, null, "the field is required and missing");
    }

    @Nullable
    String optionalText(String name) throws BadRecord {
        int i = textIndex(name);
        return i < 0 ? null : textAt(i);
    }

    /** The index of text field {@code name}, marked used; -1 if there is none; refuses a value that is not a string. */
    private int textIndex(String name) throws BadRecord {
        int i = find(name);
        if (i >= 0 && kinds[i] != Kind.TEXT) {
            throw wrongKind(i, "a string");
        }
        return i;
    }

    /**
     * As {@link #optionalText}, for a field whose text tends to repeat from line to line (a brand, an inspector, a
     * tool): an equal text made before is given again (see {@link TextCache}), so the values that keep it share one.
     */
    @Nullable
    String optionalSharedText(String name) throws BadRecord {
        int i = textIndex(name);
        if (i < 0) {
            return null;
        }
        if (values[i] == null) {
            values[i] = texts().text(line, starts[i], lengths[i]);
        }
        return (String) values[i];
    }

    /** As {@link #text}, shared as {@link #optionalSharedText} shares it. */
    String sharedText(String name) throws BadRecord {
        String s = optionalSharedText(name);
        if (s == null) {
            throw missing(name);
        }
        return s;
    }

    /**
     * Whether a text field holds {@code previous} (a missing or null field holds null), read from the line's bytes
     * when it can be; marks the field used, and refuses a value that is not a string as {@link #optionalText} does.
     */
    boolean sameText(String name, @Nullable String previous) throws BadRecord {
        int i = find(name);
        if (i < 0) {
            return previous == null;
        }
        if (kinds[i] != Kind.TEXT) {
            throw wrongKind(i, "a string");
        }
        if (previous == null) {
            return false;
        }
        return values[i] != null ? values[i].equals(previous) : sliceEquals(i, previous);
    }

    String text(String name) throws BadRecord {
        String s = optionalText(name);
        if (s == null) {
            throw missing(name);
        }
        return s;
    }

    /** The text of a number field, as written (a number, or text in a CSV row). */
    @Nullable
    private String numberText(String name) throws BadRecord {
        int i = find(name);
        if (i < 0) {
            return null;
        }
        if (kinds[i] != Kind.NUMBER && !(allText && kinds[i] == Kind.TEXT)) {
            throw wrongKind(i, "a number");
        }
        return kinds[i] == Kind.TEXT ? textAt(i) : (String) values[i];
    }

    @Nullable
    Long optionalInteger(String name) throws BadRecord {
        String s = numberText(name);
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new BadRecord(name, s, "the value is not a whole number in the range of a 64-bit integer");
        }
    }

    long integer(String name) throws BadRecord {
        Long n = optionalInteger(name);
        if (n == null) {
            throw missing(name);
        }
        return n;
    }

    int smallInteger(String name) throws BadRecord {
        long n = integer(name);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new BadRecord(name, Long.toString(n), "the value is out of the range of a 32-bit integer");
        }
        return (int) n;
    }

    @Nullable
    Double optionalDecimal(String name) throws BadRecord {
        String s = numberText(name);
        if (s == null) {
            return null;
        }
        if (!isJsonNumber(s)) {
            throw new BadRecord(name, s, "the value is not a decimal number such as 12.5");
        }
        double d = Double.parseDouble(s);
        if (!Double.isFinite(d)) {
            throw new BadRecord(name, s, "the value is out of the range of a double");
        }
        return d;
    }

    double decimal(String name) throws BadRecord {
        Double d = optionalDecimal(name);
        if (d == null) {
            throw missing(name);
        }
        return d;
    }

    private static boolean isJsonNumber(String s) {
        // the JSON number grammar: no leading '+', no hex, no "NaN" or "Infinity", which Double.parseDouble takes
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int frac = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == frac) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == exp) {
                return false;
            }
        }
        return i == n;
    }

    @Nullable
    Boolean optionalBool(String name) throws BadRecord {
        int i = find(name);
        if (i < 0) {
            return null;
        }
        if (kinds[i] == Kind.BOOLEAN) {
            return (Boolean) values[i];
        }
        if (allText && kinds[i] == Kind.TEXT) {
            String s = textAt(i);
            if (s.equals("true")) {
                return Boolean.TRUE;
            }
            if (s.equals("false")) {
                return Boolean.FALSE;
            }
            throw new BadRecord(name, s, "the value is not true or false");
        }
        throw wrongKind(i, "true or false");
    }

    boolean bool(String name) throws BadRecord {
        Boolean b = optionalBool(name);
        if (b == null) {
            throw missing(name);
        }
        return b;
    }

    /** A list of texts; missing is the empty list. In a CSV row, the texts are separated by '|'. */
    @SuppressWarnings("unchecked")
    List<String> texts(String name) throws BadRecord {
        int i = find(name);
        if (i < 0) {
            return List.of();
        }
        if (kinds[i] == Kind.TEXTS) {
            return (List<String>) values[i];
        }
        if (allText && kinds[i] == Kind.TEXT) {
            List<String> out = new ArrayList<>();
            for (String part : textAt(i).split("\\|", -1)) {
                out.add(part);
            }
            return out;
        }
        throw wrongKind(i, "a list of strings");
    }

    /** A list of nested records; missing is the empty list. */
    @SuppressWarnings("unchecked")
    List<Fields> records(String name) throws BadRecord {
        int i = find(name);
        if (i < 0) {
            return List.of();
        }
        if (kinds[i] != Kind.RECORDS) {
            throw wrongKind(i, "a list of objects");
        }
        return (List<Fields>) values[i];
    }

    @Nullable
    Instant optionalInstant(String name) throws BadRecord {
        int i = find(name);
        if (i >= 0 && kinds[i] == Kind.TEXT && values[i] == null) {
            Instant fast = fastInstant(line, starts[i], lengths[i]);
            if (fast != null) {
                return fast;
            }
        }
        String s = optionalText(name);
        if (s == null) {
            return null;
        }
        Instant fast = fastInstant(s);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(s, INSTANT).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRecord(name, s, "the value is not an ISO-8601 date and time with an offset, such as"
                    + " 2025-03-01T09:30:00+08:00");
        }
    }

    /**
     * Parses the common form {@code yyyy-MM-ddTHH:mm:ss[.f…](Z|±HH:MM)} without the formatter, which is
     * many times slower; null for anything else (and for an invalid date or offset), which then goes to
     * the formatter, so that what is accepted and the messages are the formatter's.
     */
    @Nullable
    static Instant fastInstant(String s) {
        if (s.length() > 40) {
            return null; // the common form is at most 35 characters
        }
        // a character beyond Latin-1 becomes '?' (a surrogate pair one '?'), which the form refuses
        byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
        return fastInstant(latin1, 0, latin1.length);
    }

    /** {@link #fastInstant(String)} of the Latin-1 text in bytes {@code off} to {@code off + n}. */
    @Nullable
    static Instant fastInstant(byte[] b, int off, int n) {
        if (n < 20 || at(b, off, 4) != '-' || at(b, off, 7) != '-' || at(b, off, 10) != 'T' || at(b, off, 13) != ':'
                || at(b, off, 16) != ':') {
            return null;
        }
        int year = digits(b, off, 0, 4);
        int month = digits(b, off, 5, 7);
        int day = digits(b, off, 8, 10);
        int hour = digits(b, off, 11, 13);
        int minute = digits(b, off, 14, 16);
        int second = digits(b, off, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (at(b, off, i) == '.') {
            int start = ++i;
            while (i < n && at(b, off, i) >= '0' && at(b, off, i) <= '9') {
                i++;
            }
            int count = i - start;
            if (count < 1 || count > 9) {
                return null;
            }
            nanos = digits(b, off, start, i);
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && at(b, off, i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (at(b, off, i) == '+' || at(b, off, i) == '-') && at(b, off, i + 3) == ':') {
            int oh = digits(b, off, i + 1, i + 3);
            int om = digits(b, off, i + 4, i + 6);
            if ((oh | om) < 0 || oh > 18 || om > 59 || (oh == 18 && om > 0)) {
                return null;
            }
            offsetSeconds = (at(b, off, i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        long epochDay = epochDay(year, month, day);
        if (epochDay == Long.MIN_VALUE || hour > 23 || minute > 59 || second > 59) {
            return null; // as LocalDate.of and LocalTime.of refuse them
        }
        // what LocalDateTime.toInstant(offset) computes, without the LocalDate, LocalTime and LocalDateTime
        long epochSecond = epochDay * 86_400L + hour * 3_600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /**
     * The day count from 1970-01-01 of a date of the proleptic Gregorian calendar, year 0 to 9999, as
     * {@code LocalDate.of(year, month, day).toEpochDay()}; {@link Long#MIN_VALUE} if there is no such date.
     * Computed by counting whole 400-year eras and the days of a year that begins on 1 March, so that the leap
     * day is the year's last (the civil-from-days method); no object is made.
     */
    static long epochDay(int year, int month, int day) {
        if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOfMonth(year, month)) {
            return Long.MIN_VALUE;
        }
        int y = month <= 2 ? year - 1 : year; // the year that began on the last 1 March; -1 for January 0000
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1; // from 1 March
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L; // 719,468 days from 0000-03-01 to 1970-01-01
    }

    private static int lengthOfMonth(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static int at(byte[] b, int off, int i) {
        return b[off + i] & 0xFF;
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if one is not a digit. */
    private static int digits(byte[] b, int off, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int c = at(b, off, i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    Instant instant(String name) throws BadRecord {
        Instant at = optionalInstant(name);
        if (at == null) {
            throw missing(name);
        }
        return at;
    }

    @Nullable
    LocalDate optionalDate(String name) throws BadRecord {
        String s = optionalText(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadRecord(name, s, "the value is not an ISO-8601 date such as 2025-03-01");
        }
    }

    LocalDate date(String name) throws BadRecord {
        LocalDate d = optionalDate(name);
        if (d == null) {
            throw missing(name);
        }
        return d;
    }

    /** An enum constant by its exact name. */
    <E extends Enum<E>> E constant(String name, Class<E> type) throws BadRecord {
        E e = optionalConstant(name, type);
        if (e == null) {
            throw missing(name);
        }
        return e;
    }

    @Nullable
    <E extends Enum<E>> E optionalConstant(String name, Class<E> type) throws BadRecord {
        int i = find(name);
        if (i >= 0 && kinds[i] == Kind.TEXT && values[i] == null) {
            for (Enum<?> e : CONSTANTS.get(type)) {
                if (sliceEquals(i, e.name())) {
                    return type.cast(e);
                }
            }
        }
        String s = optionalText(name);
        return s == null ? null : constantOf(name, s, type);
    }

    /** Whether the text field at {@code slice}, held as a slice of the line, is {@code text}. */
    private boolean sliceEquals(int slice, String text) {
        int length = lengths[slice];
        if (text.length() != length) {
            return false;
        }
        int start = starts[slice];
        for (int k = 0; k < length; k++) {
            if (line[start + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Each enum's constants, taken once per type (getEnumConstants copies them on every call). */
    private static final ClassValue<Enum<?>[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
            return (Enum<?>[]) type.getEnumConstants();
        }
    };

    static <E extends Enum<E>> E constantOf(String name, String s, Class<E> type) throws BadRecord {
        // a scan beats a hash map here: the value is a new string each time, and hashing it costs more than
        // comparing it with a few names (most differ in length)
        for (Enum<?> e : CONSTANTS.get(type)) {
            if (e.name().equals(s)) {
                return type.cast(e);
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw new BadRecord(name, s, "the value is not one of " + String.join(", ", names));
    }

    /** A decimal amount written as a string, such as "12.50" (a number would lose its scale). */
    @Nullable
    BigDecimal optionalAmount(String name) throws BadRecord {
        String s = optionalText(name);
        if (s == null) {
            return null;
        }
        if (!isJsonNumber(s) || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            throw new BadRecord(name, s, "the value is not a decimal amount such as \"12.50\"");
        }
        return new BigDecimal(s);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(valueAt(i));
        }
        return out.append('}').toString();
    }
}
