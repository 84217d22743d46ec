package io.github.circularj.model.product;

import io.github.circularj.model.internal.Text;
import java.util.Objects;

/**
 * A manufacturer's serial number, for products that have no IMEI or VIN (laptops, appliances,
 * machinery) or in addition to one.
 *
 * <p>The text is trimmed of leading and trailing whitespace (the one documented correction: serial
 * numbers are often copied from labels with stray spaces); what remains must be 1 to 64 characters of
 * printable ASCII ({@code U+0020} to {@code U+007E}). Case is kept as given.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SerialNumber implements Identifier, Comparable<SerialNumber> {

    /** The longest serial number accepted, in characters. */
    public static final int MAX_LENGTH = 64;

    private final String value;

    private SerialNumber(String value) {
        this.value = value;
    }

    /**
     * Parses a serial number, trimming leading and trailing whitespace.
     *
     * @param text the serial number, not null
     * @return the serial number
     * @throws IllegalArgumentException if the trimmed text is blank, longer than {@value #MAX_LENGTH}
     *     characters, or holds a character that is not printable ASCII
     */
    public static SerialNumber parse(String text) {
        Objects.requireNonNull(text, "serialNumber");
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new SerialNumber(text.strip());
    }

    /**
     * Checks whether text is a valid serial number after trimming; never throws.
     *
     * @param text the text, may be null
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        return text != null && problem(text) == null;
    }

    private static String problem(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return "serialNumber \"" + Text.quote(text) + "\" is blank; a serial number has at least one character";
        }
        if (s.length() > MAX_LENGTH) {
            return "serialNumber \"" + Text.quote(s) + "\" has " + s.length() + " characters; a serial number has at most " + MAX_LENGTH;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return "serialNumber \"" + Text.quote(s) + "\" has character U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c) + " at position "
                        + (i + 1) + "; a serial number has only printable ASCII characters";
            }
        }
        return null;
    }

    /**
     * Returns the trimmed serial number.
     *
     * @return the serial number, not null
     */
    @Override
    public String value() {
        return value;
    }

    /**
     * Compares by the characters.
     *
     * @param other the other serial number, not null
     * @return the comparison of the strings
     */
    @Override
    public int compareTo(SerialNumber other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks whether another object is the same serial number.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof SerialNumber other && value.equals(other.value);
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
     * Prints the serial number.
     *
     * @return the serial number, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
