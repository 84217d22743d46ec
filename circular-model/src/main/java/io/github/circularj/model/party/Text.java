package io.github.circularj.model.party;

import java.util.Objects;

/** Shared checks and wording for the party package's validation messages. */
final class Text {

    private Text() {
    }

    /** Whether {@code c} is one of the full-width forms U+FF01..U+FF5E of the ASCII characters. */
    static boolean isFullWidth(char c) {
        return c >= '\uFF01' && c <= '\uFF5E';
    }

    /**
     * Says what kind of wrong character {@code c} is, for messages: a lower-case letter, a
     * full-width form or something else.
     */
    static String kindOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return "lower-case letter";
        }
        if (isFullWidth(c)) {
            return "full-width character";
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "whitespace character";
        }
        return "character";
    }

    /**
     * Checks a name: not blank, no leading or trailing whitespace (names are never trimmed).
     *
     * @return the name
     */
    static String requireName(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(
                    field + " \"" + value + "\" is blank; a name needs at least one visible character");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(field + " \"" + value
                    + "\" has leading or trailing whitespace; names are taken as given and never trimmed");
        }
        return value;
    }
}
