package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.internal.Text;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A submitted record that could not be read, so that no event or item could be built from it: a line of a
 * file that is not JSON, names an unknown event type or field, holds a value of the wrong kind or a value
 * the model refuses. Unlike a {@link RejectedEvent}, which holds the event it refused, an unreadable record
 * has only where it was and what was wrong: the source, the line, the field and its value, and the reason.
 * A {@link LedgerReport} counts unreadable records among the records submitted, so a score sees them.
 *
 * <p>The value is quoted as read, cut to its first {@value #MAX_VALUE_LENGTH} characters, with invisible and
 * control characters written as a backslash, {@code u} and four hex digits; when it holds what looks like an
 * identity-card or mobile number, its digits (but the last four characters) are masked with {@code *}, since
 * a report must never carry personal information. {@link #valueLength()} is the length of the whole value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the name of the source, for example the file name
 * @param line the line the record starts on, from 1
 * @param field the field at fault, empty when the whole record is (a line that is not JSON)
 * @param value the value at fault, quoted and cut as described above, empty when there is none
 * @param valueLength the length of the whole value in characters (or, for a line too long to read, in
 *     bytes), zero when there is no value
 * @param reason why the record could not be read
 */
public record UnreadableRecord(String source, long line, Optional<String> field, Optional<String> value,
        long valueLength, String reason) {

    /** The most characters of a value kept in an unreadable record: {@value}. */
    public static final int MAX_VALUE_LENGTH = 80;

    /**
     * Validates the record.
     *
     * @param source the source's name, not blank, not padded
     * @param line the line, 1 or more
     * @param field the field, not null; when present not blank, not padded
     * @param value the quoted value, not null
     * @param valueLength the whole value's length, zero or more
     * @param reason the reason, not blank, not padded
     * @throws IllegalArgumentException if the line is less than 1, the length negative, or a text blank or
     *     padded
     */
    public UnreadableRecord {
        Checks.text("source", source);
        if (line < 1) {
            throw new IllegalArgumentException("line \"" + line + "\" is less than 1; lines are counted from 1");
        }
        Checks.optionalText("field", field);
        Objects.requireNonNull(value, "value");
        if (valueLength < 0) {
            throw new IllegalArgumentException("valueLength \"" + valueLength + "\" is negative; a length is zero or more");
        }
        Checks.text("reason", reason);
    }

    /**
     * Obtains the record of a field whose value could not be read, quoting and cutting the value.
     *
     * @param source the source's name, not blank, not padded
     * @param line the line, 1 or more
     * @param field the field, not blank, not padded
     * @param value the value as read, or null when the field has no value (it is missing)
     * @param reason the reason, not blank, not padded
     * @return the record
     * @throws IllegalArgumentException if the line is less than 1 or a text is blank or padded
     */
    public static UnreadableRecord ofField(String source, long line, String field, @Nullable String value, String reason) {
        return new UnreadableRecord(source, line, Optional.of(field), Optional.ofNullable(value).map(UnreadableRecord::quote),
                value == null ? 0 : value.length(), reason);
    }

    /**
     * Obtains the record of a whole line that could not be read (not JSON, too long, a bad byte).
     *
     * @param source the source's name, not blank, not padded
     * @param line the line, 1 or more
     * @param reason the reason, not blank, not padded
     * @return the record
     * @throws IllegalArgumentException if the line is less than 1 or a text is blank or padded
     */
    public static UnreadableRecord ofLine(String source, long line, String reason) {
        return new UnreadableRecord(source, line, Optional.empty(), Optional.empty(), 0, reason);
    }

    private static String quote(String value) {
        String cut = value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH);
        if (Text.personalNumber(value) != null) {
            StringBuilder masked = new StringBuilder(cut.length());
            int keep = value.length() > 8 ? value.length() - 4 : value.length();
            for (int i = 0; i < cut.length(); i++) {
                char c = cut.charAt(i);
                masked.append(i < keep && (Character.isDigit(c) || c == 'X' || c == 'x') ? '*' : c);
            }
            cut = masked.toString();
        }
        return Text.quote(cut);
    }

    /**
     * Prints where and what, for example
     * {@code ledger.jsonl:12: field "passes" = "two" (3 characters): a number is expected}.
     *
     * @return the record as text
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(source).append(':').append(line).append(": ");
        field.ifPresent(f -> out.append("field \"").append(f).append("\" "));
        value.ifPresent(v -> out.append("= \"").append(v).append("\" (").append(valueLength).append(" characters) "));
        if (field.isPresent() || value.isPresent()) {
            out.setLength(out.length() - 1);
            out.append(": ");
        }
        return out.append(reason).toString();
    }
}
