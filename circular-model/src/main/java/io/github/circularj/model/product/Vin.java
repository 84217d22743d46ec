package io.github.circularj.model.product;

import io.github.circularj.model.internal.Text;
import java.util.Objects;

/**
 * A vehicle identification number: 17 characters of the VIN alphabet, the digits 0-9 and the capital
 * letters A-Z without I, O and Q (ISO 3779; GB 16735, 道路车辆 车辆识别代号(VIN)).
 *
 * <p>Position 9 is a check digit in North America and in China (GB 16735 requires it), but not in
 * most European VINs, and imported cars are resold in China too. So {@link #parse(String)} accepts any
 * well-formed VIN, {@link #hasValidCheckDigit()} tells whether its check digit is right, and
 * {@link #parseChecked(String)} requires it. The check digit is computed by transliterating letters
 * (A-H = 1-8, J-N = 1-5, P = 7, R = 9, S-Z = 2-9), multiplying by the weights
 * 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 and taking the sum modulo 11, with 10 written
 * {@code X}. Lower-case letters are refused, not converted. Example: {@code 1M8GDM9AXKP042788}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Vin implements Identifier, Comparable<Vin> {

    private static final int LENGTH = 17;
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int CHECK_POSITION = 8; // zero-based index of position 9

    private final String value;

    private Vin(String value) {
        this.value = value;
    }

    /**
     * Parses a well-formed VIN, whether or not its position 9 is a valid check digit.
     *
     * @param text the VIN, not null, 17 characters of the VIN alphabet
     * @return the VIN
     * @throws IllegalArgumentException if the text is not 17 characters of the VIN alphabet
     */
    public static Vin parse(String text) {
        Objects.requireNonNull(text, "vin");
        String problem = formProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new Vin(text);
    }

    /**
     * Parses a well-formed VIN whose position 9 is the valid check digit, as GB 16735 requires of
     * vehicles made for China.
     *
     * @param text the VIN, not null
     * @return the VIN
     * @throws IllegalArgumentException if the text is not 17 characters of the VIN alphabet, or its
     *     check digit is wrong
     */
    public static Vin parseChecked(String text) {
        Vin vin = parse(text);
        if (!vin.hasValidCheckDigit()) {
            throw new IllegalArgumentException("vin \"" + Text.quote(text) + "\" has check digit " + text.charAt(CHECK_POSITION)
                    + " at position 9 but the computed check digit is " + checkDigit(text));
        }
        return vin;
    }

    /**
     * Checks whether text is a well-formed VIN, whatever its check digit; never throws.
     *
     * @param text the text, may be null
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        return text != null && formProblem(text) == null;
    }

    /**
     * Checks whether text is a well-formed VIN with a valid check digit; never throws.
     *
     * @param text the text, may be null
     * @return true if {@link #parseChecked(String)} would accept it
     */
    public static boolean isValidChecked(String text) {
        return isValid(text) && checkDigit(text) == text.charAt(CHECK_POSITION);
    }

    private static String formProblem(String text) {
        if (text.length() != LENGTH) {
            return "vin \"" + Text.quote(text) + "\" has " + text.length() + " characters; a VIN has 17";
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (transliterate(c) < 0) {
                return "vin \"" + Text.quote(text) + "\" has '" + c + "' at position " + (i + 1)
                        + "; a VIN has only the digits 0-9 and the capital letters A-Z except I, O and Q";
            }
        }
        return null;
    }

    /** Returns the ISO 3779 value of a VIN character, or -1 if it is not in the VIN alphabet. */
    private static int transliterate(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'H') {
            return c - 'A' + 1;
        }
        if (c >= 'J' && c <= 'N') {
            return c - 'J' + 1;
        }
        if (c == 'P') {
            return 7;
        }
        if (c == 'R') {
            return 9;
        }
        if (c >= 'S' && c <= 'Z') {
            return c - 'S' + 2;
        }
        return -1;
    }

    /** Computes the check digit of a well-formed VIN (position 9 itself has weight 0). */
    static char checkDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            sum += transliterate(vin.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    /**
     * Returns whether position 9 holds the check digit computed from the other 16 characters.
     *
     * @return true if the check digit is valid
     */
    public boolean hasValidCheckDigit() {
        return checkDigit(value) == value.charAt(CHECK_POSITION);
    }

    /**
     * Returns the 17 characters.
     *
     * @return the VIN, not null
     */
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the world manufacturer identifier, positions 1 to 3.
     *
     * @return the WMI, not null
     */
    public String worldManufacturerIdentifier() {
        return value.substring(0, 3);
    }

    /**
     * Returns the vehicle descriptor section, positions 4 to 9 (including the check digit position).
     *
     * @return the VDS, not null
     */
    public String vehicleDescriptorSection() {
        return value.substring(3, 9);
    }

    /**
     * Returns the vehicle indicator section, positions 10 to 17.
     *
     * @return the VIS, not null
     */
    public String vehicleIndicatorSection() {
        return value.substring(9);
    }

    /**
     * Compares by the characters.
     *
     * @param other the other VIN, not null
     * @return the comparison of the strings
     */
    @Override
    public int compareTo(Vin other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks whether another object is the same VIN.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Vin other && value.equals(other.value);
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
     * Prints the 17 characters.
     *
     * @return the VIN, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
