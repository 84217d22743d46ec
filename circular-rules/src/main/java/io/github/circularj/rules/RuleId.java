package io.github.circularj.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a rule within a pack, such as {@code DATA-ERASURE} or {@code SRC-REGISTRATION}.
 *
 * <p>An id is one or more groups of upper-case ASCII letters and digits joined by single hyphens,
 * starting with a letter, at most 64 characters. Ids are compared exactly.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text, for example {@code DATA-ERASURE}
 */
public record RuleId(String value) implements Comparable<RuleId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    /**
     * Validates the id.
     *
     * @param value the id text, not null
     * @throws IllegalArgumentException if the text is not upper-case words joined by hyphens
     */
    public RuleId {
        Objects.requireNonNull(value, "value");
        if (value.length() > 64 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("rule id \"" + value + "\" is not valid; a rule id is upper-case"
                    + " letters and digits in groups joined by single hyphens, starting with a letter,"
                    + " at most 64 characters, e.g. DATA-ERASURE");
        }
    }

    /**
     * Obtains a rule id from its text.
     *
     * @param value the id text, not null, e.g. {@code "DATA-ERASURE"}
     * @return the id
     * @throws IllegalArgumentException if the text is not a valid id
     */
    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the id text.
     *
     * @return the id text
     */
    @Override
    public String toString() {
        return value;
    }
}
