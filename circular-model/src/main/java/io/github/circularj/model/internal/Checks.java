package io.github.circularj.model.internal;

import io.github.circularj.model.Mass;
import io.github.circularj.model.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Not API: the validation checks of {@code circular-model}, one method and one wording per check.
 * Every message names the field, quotes the value and states the rule: {@code <field> "<value>" is
 * <what is wrong>; <the rule>}. A value is never trimmed, clamped or otherwise fixed.
 *
 * <p>This class is public only so that every package of the module can use it; it is not part of
 * the library's API and may change in any release. This class is immutable and thread-safe.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Checks a text: not null, not blank, no leading or trailing whitespace (text is never trimmed), and
     * {@linkplain Text#requirePlain plain}: no hidden character, no personal number.
     *
     * @param field the field's name, for the message
     * @param value the text
     * @return the text
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text is blank or padded with whitespace
     */
    public static String text(String field, String value) {
        Objects.requireNonNull(value, field);
        if (Text.plainAscii(value)) {
            return value; // the common case, every check passed in one pass
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " \"" + Text.quote(value) + "\" is blank; it needs at least one visible character");
        }
        return Text.requirePlain(field, unpadded(field, value));
    }

    /**
     * Checks a text as {@link #text(String, String)} does, and that it has at most some characters.
     *
     * @param field the field's name, for the message
     * @param value the text
     * @param maxLength the most characters allowed
     * @return the text
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text is blank, too long or padded with whitespace
     */
    public static String text(String field, String value, int maxLength) {
        Objects.requireNonNull(value, field);
        if (value.length() <= maxLength && Text.plainAscii(value)) {
            return value; // the common case, every check passed in one pass
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " \"" + Text.quote(value) + "\" is blank; it needs at least one visible character");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " \"" + Text.quote(value) + "\" has " + value.length()
                    + " characters; at most " + maxLength + " are allowed");
        }
        return Text.requirePlain(field, unpadded(field, value));
    }

    private static String unpadded(String field, String value) {
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(field + " \"" + Text.quote(value)
                    + "\" has leading or trailing whitespace; text is taken as given and never trimmed");
        }
        return value;
    }

    /**
     * Checks an optional text: not null and, if present, as {@link #text(String, String)}.
     *
     * @param field the field's name, for the message
     * @param value the optional text
     * @return the optional text
     * @throws NullPointerException if the optional is null
     * @throws IllegalArgumentException if the text is blank or padded with whitespace
     */
    public static Optional<String> optionalText(String field, Optional<String> value) {
        Objects.requireNonNull(value, field);
        value.ifPresent(v -> text(field, v));
        return value;
    }

    /**
     * Checks that an amount of money is zero or more.
     *
     * @param field the field's name, for the message
     * @param money the amount
     * @return the amount
     * @throws NullPointerException if the amount is null
     * @throws IllegalArgumentException if the amount is negative
     */
    public static Money nonNegative(String field, Money money) {
        Objects.requireNonNull(money, field);
        if (money.isNegative()) {
            throw negative(field, money.toString());
        }
        return money;
    }

    /**
     * Checks that a number is finite and zero or more; {@code -0.0} is read as {@code 0.0}.
     *
     * @param field the field's name or symbol, for the message
     * @param value the number
     * @return the number
     * @throws IllegalArgumentException if the number is NaN, infinite or negative
     */
    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0.0) {
            throw negative(field, Double.toString(value));
        }
        return value == 0.0 ? 0.0 : value;
    }

    private static IllegalArgumentException negative(String field, String value) {
        return new IllegalArgumentException(field + " \"" + value + "\" is negative; it must be zero or more");
    }

    /**
     * Checks that a number is finite: not NaN, not infinite.
     *
     * @param field the field's name or symbol, for the message
     * @param value the number
     * @return the number
     * @throws IllegalArgumentException if the number is NaN or infinite
     */
    public static double finite(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " \"" + value + "\" is not a finite number; it must be finite");
        }
        return value;
    }

    /**
     * Checks that a number is finite and in [0, 1]; {@code -0.0} is read as {@code 0.0}.
     *
     * @param field the field's name or symbol, for the message
     * @param value the number
     * @return the number
     * @throws IllegalArgumentException if the number is NaN, infinite or outside [0, 1]
     */
    public static double fraction(String field, double value) {
        finite(field, value);
        if (value < 0.0 || value > 1.0) {
            throw new IllegalArgumentException(field + " \"" + value + "\" is outside [0, 1]");
        }
        return value == 0.0 ? 0.0 : value;
    }

    /**
     * Checks that a number is finite and greater than zero.
     *
     * @param field the field's name or symbol, for the message
     * @param value the number
     * @return the number
     * @throws IllegalArgumentException if the number is NaN, infinite, zero or negative
     */
    public static double positive(String field, double value) {
        finite(field, value);
        if (value <= 0.0) {
            throw new IllegalArgumentException(field + " \"" + value + "\" is not positive; it must be greater than 0");
        }
        return value;
    }

    /**
     * Checks that a mass is greater than zero.
     *
     * @param field the field's name or symbol, for the message
     * @param mass the mass, not null
     * @return the mass
     * @throws IllegalArgumentException if the mass is zero
     */
    public static Mass positive(String field, Mass mass) {
        if (mass.isZero()) {
            throw new IllegalArgumentException(field + " \"" + mass + "\" is not positive; it must be greater than 0 kg");
        }
        return mass;
    }

    /**
     * Checks that a decimal is in [min, max].
     *
     * @param field the field's name or symbol, for the message
     * @param value the decimal, not null
     * @param min the least value allowed, not null
     * @param max the greatest value allowed, not null
     * @return the decimal
     * @throws IllegalArgumentException if the decimal is outside [min, max]
     */
    public static BigDecimal within(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " \"" + value.toPlainString() + "\" is outside ["
                    + min.toPlainString() + ", " + max.toPlainString() + "]");
        }
        return value;
    }

    /**
     * Checks that a sum of fractions, added in decimal, is at most 1.
     *
     * @param fields the names or symbols of the summed fields, for the message
     * @param rule why the sum is bounded, for the message
     * @param fractions the fractions
     * @throws IllegalArgumentException if the sum exceeds 1
     */
    public static void sumAtMostOne(String fields, String rule, double... fractions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double f : fractions) {
            sum = sum.add(BigDecimal.valueOf(f));
        }
        if (sum.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    fields + " \"" + sum.stripTrailingZeros().toPlainString() + "\" exceeds 1; " + rule);
        }
    }

    /**
     * Checks the components every lifecycle event has: its id, item id, instant and actor.
     *
     * @param id the event's id
     * @param itemId the item's id
     * @param at the instant
     * @param actor the actor
     * @throws NullPointerException if a component is null, naming it
     */
    public static void eventComponents(Object id, Object itemId, Object at, Object actor) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }

    /**
     * Returns whether a character is one of the full-width forms U+FF01..U+FF5E of the ASCII characters.
     *
     * @param c the character
     * @return true if it is a full-width form
     */
    public static boolean isFullWidth(char c) {
        return c >= '\uFF01' && c <= '\uFF5E';
    }

    /**
     * Says what kind of wrong character a character is, for messages: a lower-case letter, a
     * full-width character, a whitespace character or a character.
     *
     * @param c the character
     * @return the kind, in words
     */
    public static String kindOf(char c) {
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
}
