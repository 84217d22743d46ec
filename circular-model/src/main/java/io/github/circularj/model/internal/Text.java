package io.github.circularj.model.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import javax.annotation.Nullable;

/**
 * Not API: the one text rule of {@code circular-model} for names, ids and references, and how a bad value
 * is quoted in a message.
 *
 * <p>A text holds no control character (Cc), no format character (Cf: zero-width spaces, bidirectional
 * overrides, the byte-order mark), no line or paragraph separator, no private-use or unassigned code point
 * and no lone surrogate: such characters are invisible or rewrite the lines of a report. And a text never
 * holds what looks like a personal number: a PRC resident identity number (18 characters whose last is a
 * valid GB 11643 check character, or the 15-digit form with a valid birth date that is not an IMEI), or a mainland mobile
 * number (11 digits {@code 1[3-9]…}, with or without {@code +86}), with or without separators (space,
 * hyphen, dot) between its digits. Such numbers are personal information; the model keeps verification
 * references only.
 *
 * <p>This class is public only so that every package of the module can use it; it is not part of the
 * library's API. It is stateless and thread-safe.
 */
public final class Text {

    /** The most characters of a bad value quoted in a message. */
    public static final int QUOTED = 80;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private Text() {
    }

    /**
     * Quotes a value for a message: invisible and control characters written as a backslash, {@code u} and
     * four hex digits, at most {@value #QUOTED} characters, followed by its length when cut.
     *
     * @param value the value, not null
     * @return the quoted text, without the surrounding quotation marks
     */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), QUOTED) + 24);
        int shown = Math.min(value.length(), QUOTED);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (isHidden(value, i)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > QUOTED) {
            out.append("… (").append(value.length()).append(" characters)");
        }
        return out.toString();
    }

    /**
     * Refuses a text that holds a hidden character or a personal number.
     *
     * @param field the field's name, for the message
     * @param value the text, not null
     * @return the text
     * @throws IllegalArgumentException if the text breaks the rule; the message masks a personal number
     */
    public static String requirePlain(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isHidden(value, i)) {
                throw new IllegalArgumentException(field + " \"" + quote(value) + "\" has " + describe(value, i)
                        + " at position " + (i + 1) + " (U+" + String.format("%04X", (int) value.charAt(i))
                        + "); names, ids and references hold visible characters only");
            }
        }
        String found = personalNumber(value);
        if (found != null) {
            throw new IllegalArgumentException(field + " \"" + mask(value) + "\" contains " + found
                    + "; the model keeps only a reference to a verification, never an identity-card or mobile number,"
                    + " which are personal information to be kept in the operator's protected records");
        }
        return value;
    }

    /**
     * Whether a text may hold a personal number, answered without searching for one: false only if every
     * character is ASCII and no run of digits, joined as {@link #personalNumber} joins them (across one
     * separator between two digits), is 11 digits long or longer, the length of the shortest personal number,
     * a mobile number. Most ids and references hold no such run, and {@link #personalNumber} does not search
     * them.
     *
     * @param text the text, not null
     * @return false if the text cannot hold a personal number
     */
    public static boolean mayHoldPersonalNumber(String text) {
        return !clear(text, false);
    }

    /**
     * The common case of {@link Checks#text}, answered in one pass: true only if the text is not empty, every
     * character is printable ASCII ({@code ' '} to {@code '~'}), the first and the last are not spaces, and no
     * run of digits, joined as in {@link #mayHoldPersonalNumber}, is 11 digits long. Such a text is not blank,
     * not padded, holds no hidden character and cannot hold a personal number, so it passes every check of
     * {@code Checks.text}; false means only that the text must be checked the long way, which names what is
     * wrong if anything is.
     */
    static boolean plainAscii(String text) {
        int n = text.length();
        return n > 0 && text.charAt(0) != ' ' && text.charAt(n - 1) != ' ' && clear(text, true);
    }

    /**
     * The one pass of {@link #mayHoldPersonalNumber} and {@link #plainAscii}: true if every character is ASCII
     * (and, when {@code printable}, printable: {@code ' '} to {@code '~'}) and no run of digits, joined across one
     * separator between two digits as {@link #personalNumber} joins them, is 11 digits long.
     */
    private static boolean clear(String text, boolean printable) {
        int run = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= 11) {
                    return false;
                }
            } else if (c >= 0x80 || printable && (c < ' ' || c == 0x7F)) {
                return false; // beyond ASCII: perhaps a digit of another script, or a separator
            } else if (!isSeparator(c) || i + 1 == n || !isDigit(text.charAt(i + 1))) {
                run = 0;
            }
        }
        return true;
    }

    private static boolean isHidden(String value, int i) {
        char c = value.charAt(i);
        if (c >= ' ' && c <= '~') {
            return false; // printable ASCII, the common case, answered without the Unicode tables
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
                return true;
            default:
                return false;
        }
    }

    private static String describe(String value, int i) {
        char c = value.charAt(i);
        if (Character.isSurrogate(c)) {
            return "a lone surrogate";
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
                return "a control character";
            case Character.FORMAT:
                return "an invisible format character";
            case Character.PRIVATE_USE:
                return "a private-use character";
            case Character.UNASSIGNED:
                return "an unassigned character";
            default:
                return "a line or paragraph separator";
        }
    }

    /**
     * Masks a text for a message: every digit but the text's last four characters written as {@code *}.
     *
     * @param text the text, not null
     * @return the masked text, at most {@value #QUOTED} characters and its length when longer
     */
    public static String mask(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int keep = text.length() > 8 ? text.length() - 4 : text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(i < keep && (Character.isDigit(c) || c == 'X' || c == 'x') ? '*' : c);
        }
        return quote(out.toString());
    }

    /**
     * Describes the first personal number in a text. A text that {@linkplain #mayHoldPersonalNumber cannot
     * hold one} is not searched.
     *
     * @param text the text, not null
     * @return a description with its position, or null if there is none
     */
    @Nullable
    public static String personalNumber(String text) {
        return mayHoldPersonalNumber(text) ? search(text) : null;
    }

    /** {@link #personalNumber} without the shortcut: the search itself, over every run of digits. */
    @Nullable
    static String search(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int count = 0;
            int scan = i;
            while (scan < n) { // count the run's digits first: only a run of 11, 13, 15, 17 or 18 can be a number
                char c = text.charAt(scan);
                if (isDigit(c)) {
                    count++;
                    scan++;
                } else if (isSeparator(c) && scan + 1 < n && isDigit(text.charAt(scan + 1))) {
                    scan++;
                } else {
                    break;
                }
            }
            if (count != 11 && count != 13 && count != 15 && count != 17 && count != 18) {
                i = scan;
                continue;
            }
            StringBuilder digits = new StringBuilder(count);
            int end = i;
            while (end < n) {
                char c = text.charAt(end);
                if (isDigit(c)) {
                    digits.append(Character.digit(c, 10));
                    end++;
                } else if (isSeparator(c) && end + 1 < n && isDigit(text.charAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            boolean xFollows = end < n && (text.charAt(end) == 'X' || text.charAt(end) == 'x')
                    && (end + 1 >= n || !Character.isLetterOrDigit(text.charAt(end + 1)));
            String d = digits.toString();
            if (d.length() == 18 && validIdentity(d.substring(0, 17), d.charAt(17))
                    || d.length() == 17 && xFollows && validIdentity(d, 'X')
                    || d.length() == 15 && validOldIdentity(d)) {
                return "what looks like a resident identity number at position " + (start + 1);
            }
            if (isMobile(d) || d.length() == 13 && d.startsWith("86") && isMobile(d.substring(2))) {
                return "what looks like a mobile number at position " + (start + 1);
            }
            i = end;
        }
        return null;
    }

    /** {@link Character#isDigit(char)}, answered without the Unicode tables for ASCII (whose only digits are 0-9). */
    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '\u3000';
    }

    private static boolean isMobile(String d) {
        return d.length() == 11 && d.charAt(0) == '1' && d.charAt(1) >= '3';
    }

    /** GB 11643: the check character of the 17 digits, by ISO 7064 MOD 11-2, and a valid birth date. */
    private static boolean validIdentity(String seventeen, char check) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (seventeen.charAt(k) - '0') * WEIGHTS[k];
        }
        return CHECK.charAt(sum % 11) == Character.toUpperCase(check)
                && date(seventeen.substring(6, 10), seventeen.substring(10, 12), seventeen.substring(12, 14));
    }

    /**
     * The 15-digit form of before 1999: a province code and a birth date in 19YYMMDD. A run that passes the
     * Luhn check is taken for an IMEI (15 digits, Luhn) instead, so that an item id holding its IMEI is not
     * refused; about one old identity number in ten passes it too and is missed.
     */
    private static boolean validOldIdentity(String d) {
        int province = Integer.parseInt(d.substring(0, 2));
        return province >= 11 && province <= 82 && date("19" + d.substring(6, 8), d.substring(8, 10), d.substring(10, 12))
                && !luhn(d);
    }

    private static boolean luhn(String d) {
        int sum = 0;
        for (int k = 0; k < d.length(); k++) {
            int digit = d.charAt(d.length() - 1 - k) - '0';
            if (k % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static boolean date(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
