package io.github.circularj.model.product;

import io.github.circularj.model.internal.Text;
import java.util.Objects;

/**
 * An International Mobile Equipment Identity: 15 decimal digits, the last of which is a Luhn check
 * digit over the first 14 (3GPP TS 23.003, clause 6.2.1; the check digit per Annex B, computed by the
 * Luhn formula of ISO/IEC 7812-1).
 *
 * <p>The first 8 digits are the Type Allocation Code (TAC) and the next 6 the serial number. No
 * separators or spaces are accepted. Example: {@code 490154203237518}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Imei implements Identifier, Comparable<Imei> {

    private static final int LENGTH = 15;

    private final String value;

    private Imei(String value) {
        this.value = value;
    }

    /**
     * Parses an IMEI of 15 digits with a valid Luhn check digit.
     *
     * @param text the IMEI, not null, exactly 15 ASCII digits
     * @return the IMEI
     * @throws IllegalArgumentException if the text is not 15 digits or the check digit is wrong
     */
    public static Imei parse(String text) {
        Objects.requireNonNull(text, "imei");
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new Imei(text);
    }

    /**
     * Checks whether text is a valid IMEI; never throws.
     *
     * @param text the text, may be null
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        return text != null && problem(text) == null;
    }

    private static String problem(String text) {
        if (text.length() != LENGTH) {
            return "imei \"" + Text.quote(text) + "\" has " + text.length() + " characters; an IMEI has 15 digits";
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return "imei \"" + Text.quote(text) + "\" has '" + c + "' at position " + (i + 1) + "; an IMEI has only the digits 0-9";
            }
        }
        char expected = checkDigit(text.substring(0, LENGTH - 1));
        if (text.charAt(LENGTH - 1) != expected) {
            return "imei \"" + Text.quote(text) + "\" has check digit " + text.charAt(LENGTH - 1) + " but the Luhn check digit of "
                    + text.substring(0, LENGTH - 1) + " is " + expected;
        }
        return null;
    }

    /**
     * Computes the Luhn check digit of 14 digits: from the right, every second digit (starting with
     * the rightmost) is doubled, digits of the products are summed, and the check digit brings the total
     * to a multiple of 10.
     */
    static char checkDigit(String fourteenDigits) {
        int sum = 0;
        for (int i = 0; i < fourteenDigits.length(); i++) {
            int d = fourteenDigits.charAt(fourteenDigits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /**
     * Returns the 15 digits.
     *
     * @return the IMEI, not null
     */
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the Type Allocation Code, the first 8 digits, which identify the device model.
     *
     * @return the TAC, not null
     */
    public String typeAllocationCode() {
        return value.substring(0, 8);
    }

    /**
     * Compares by the digits.
     *
     * @param other the other IMEI, not null
     * @return the comparison of the digit strings
     */
    @Override
    public int compareTo(Imei other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks whether another object is the same IMEI.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Imei other && value.equals(other.value);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Prints the 15 digits.
     *
     * @return the IMEI, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
