package io.github.circularj.model.party;

import io.github.circularj.model.internal.Text;
import io.github.circularj.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * China's unified social credit code (统一社会信用代码) of a legal person or other organisation,
 * as defined by GB 32100-2015 法人和其他组织统一社会信用代码编码规则; for example
 * {@code 91330100MA27XK1A0L}.
 *
 * <p>The code has 18 characters:
 * <ol>
 *   <li>position 1: the registration authority code (登记管理部门代码, e.g. {@code 9} for market
 *       regulation, formerly industry and commerce);</li>
 *   <li>position 2: the organisation type code (机构类别代码, e.g. {@code 1} for an enterprise);</li>
 *   <li>positions 3–8: the administrative division code of the registration authority
 *       (登记管理机关行政区划码, GB/T 2260), six digits;</li>
 *   <li>positions 9–17: the organisation code (主体标识码, the GB 11714 组织机构代码);</li>
 *   <li>position 18: the check character (校验码).</li>
 * </ol>
 * All characters come from a 31-symbol alphabet, the digits and the capital letters without
 * I, O, S, V and Z: {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}, whose symbols have the values 0 to 30.
 * The check character is the symbol of value C18 = 31 − (Σ C<sub>i</sub>·W<sub>i</sub> mod 31) over
 * positions i = 1..17, with the weights W = 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10,
 * 30, 28 (W<sub>i</sub> = 3<sup>i−1</sup> mod 31); when C18 is 31 the check character is {@code 0}.
 * Because 31 is prime and no weight is 0 mod 31, any change of a single character is detected.
 *
 * <p>What is checked: the length, the alphabet, that positions 3–8 are digits, and the check
 * character. What is not checked: whether the registration authority and organisation type codes
 * are assigned ones (the list has grown since 2015), the GB 11714 check digit inside the
 * organisation code, and whether positions 3–8 form a valid {@link DivisionCode}. Real codes
 * carry division codes that are not provincial (central registrations use {@code 100000}) or
 * that have since been retired, so {@link #divisionCode()} is an {@code Optional} that is empty
 * when the six digits are not a valid division code, while {@link #divisionDigits()} always gives
 * them.
 *
 * <p>Nothing is normalised: lower-case letters and full-width characters such as {@code ９} are
 * refused with a message saying so, not converted. A small number of codes issued in practice
 * (reported for some registrations in Fujian) do not satisfy the check; this class refuses them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditCode implements Comparable<CreditCode> {

    /** The 31 symbols of the code's alphabet, in value order 0..30. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final int LENGTH = 18;

    private final String code;

    private CreditCode(String code) {
        this.code = code;
    }

    /**
     * Parses a unified social credit code.
     *
     * @param code the 18-character code, upper case, for example {@code "91330100MA27XK1A0L"}, not null
     * @return the credit code
     * @throws IllegalArgumentException if {@code code} does not have 18 characters, has a character
     *     outside the alphabet (including lower-case and full-width characters), has a non-digit
     *     in positions 3–8, or has the wrong check character
     */
    public static CreditCode parse(String code) {
        Objects.requireNonNull(code, "creditCode");
        String problem = problemWith(code);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new CreditCode(code);
    }

    /**
     * Checks whether a text is a valid unified social credit code, as {@link #parse(String)} would
     * accept it. Never throws.
     *
     * @param code the text to check, may be null
     * @return true if {@link #parse(String)} would accept {@code code}
     */
    public static boolean isValid(@Nullable String code) {
        return code != null && problemWith(code) == null;
    }

    /**
     * Computes the check character for the first 17 characters of a code, for example to build
     * valid codes in tests and generators.
     *
     * @param first17 the first 17 characters: alphabet symbols, with digits in positions 3–8, not null
     * @return the check character that completes a valid code
     * @throws IllegalArgumentException if {@code first17} does not have 17 characters, has a
     *     character outside the alphabet, or has a non-digit in positions 3–8
     */
    public static char checkCharacterFor(String first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("first17 \"" + first17 + "\" has "
                    + first17.codePointCount(0, first17.length())
                    + " characters; the check character is computed over the first 17 characters of a unified social credit code");
        }
        String problem = characterProblem("first17", first17, LENGTH - 1);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return checkOf(first17);
    }

    private static char checkOf(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c18 = 31 - sum % 31;
        return ALPHABET.charAt(c18 == 31 ? 0 : c18);
    }

    @Nullable
    private static String problemWith(String code) {
        if (code.length() != LENGTH) {
            return "creditCode \"" + Text.quote(code) + "\" has " + code.codePointCount(0, code.length())
                    + " characters; a unified social credit code has 18";
        }
        String problem = characterProblem("creditCode", code, LENGTH);
        if (problem != null) {
            return problem;
        }
        char expected = checkOf(code.substring(0, LENGTH - 1));
        char found = code.charAt(LENGTH - 1);
        if (expected != found) {
            return "creditCode \"" + Text.quote(code) + "\" has check character '" + found
                    + "' but its first 17 characters give '" + expected
                    + "'; the check character of a unified social credit code is computed by GB 32100-2015 (mod 31)";
        }
        return null;
    }

    @Nullable
    private static String characterProblem(String field, String text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean divisionPosition = i >= 2 && i < 8;
            if (ALPHABET.indexOf(c) < 0) {
                String at = field + " \"" + Text.quote(text) + "\" has ";
                String kind = Checks.kindOf(c);
                String rule;
                if (c >= 'a' && c <= 'z') {
                    rule = "a unified social credit code is written in upper case only";
                } else if (Checks.isFullWidth(c)) {
                    rule = "a unified social credit code uses ASCII (half-width) digits and letters only";
                } else if ("IOSVZ".indexOf(c) >= 0) {
                    rule = "the letters I, O, S, V and Z are not used in a unified social credit code";
                } else {
                    rule = "a unified social credit code uses only 0-9 and A-Z without I, O, S, V and Z";
                }
                return at + kind + " '" + c + "' at position " + (i + 1) + "; " + rule;
            }
            if (divisionPosition && (c < '0' || c > '9')) {
                return field + " \"" + Text.quote(text) + "\" has letter '" + c + "' at position " + (i + 1)
                        + "; positions 3-8 (the administrative division code) are digits";
            }
        }
        return null;
    }

    /**
     * Returns the registration authority code (position 1).
     *
     * @return the character, for example {@code '9'} (market regulation)
     */
    public char registrationAuthority() {
        return code.charAt(0);
    }

    /**
     * Returns the organisation type code (position 2), whose meaning depends on the registration
     * authority.
     *
     * @return the character, for example {@code '1'} (an enterprise, under authority {@code 9})
     */
    public char organisationType() {
        return code.charAt(1);
    }

    /**
     * Returns the six digits of the registration authority's division code (positions 3–8), as
     * written, whether or not they form a valid {@link DivisionCode}.
     *
     * @return six ASCII digits, for example {@code "330100"}
     */
    public String divisionDigits() {
        return code.substring(2, 8);
    }

    /**
     * Returns the registration authority's administrative division code (positions 3–8).
     *
     * @return the division code, or empty if the six digits are not a valid {@link DivisionCode}
     *     (for example {@code 100000} of central registrations)
     */
    public Optional<DivisionCode> divisionCode() {
        String digits = divisionDigits();
        return DivisionCode.isValid(digits) ? Optional.of(DivisionCode.parse(digits)) : Optional.empty();
    }

    /**
     * Returns the organisation code (主体标识码, positions 9–17), the nine characters of the
     * GB 11714 organisation code without its hyphen.
     *
     * @return nine characters, for example {@code "MA27XK1A0"}
     */
    public String organisationCode() {
        return code.substring(8, 17);
    }

    /**
     * Returns the check character (position 18).
     *
     * @return the check character, for example {@code 'L'}
     */
    public char checkCharacter() {
        return code.charAt(17);
    }

    /**
     * Compares the codes as text.
     *
     * @param other the other code, not null
     * @return negative, zero or positive as this code sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(CreditCode other) {
        return code.compareTo(other.code);
    }

    /**
     * Checks whether another object is the same credit code.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CreditCode other && code.equals(other.code);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the 18 characters of the code.
     *
     * @return the code, for example {@code 91330100MA27XK1A0L}
     */
    @Override
    public String toString() {
        return code;
    }
}
