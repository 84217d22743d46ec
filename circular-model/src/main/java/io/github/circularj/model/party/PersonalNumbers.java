package io.github.circularj.model.party;

/**
 * Detects identity-card and mobile numbers in text that must not hold them.
 *
 * <p>The text is cut into maximal runs of digits (any Unicode decimal digits, so full-width
 * numbers are caught too). A run of 17 digits followed by {@code X} or {@code x}, or of exactly 18
 * digits, looks like a resident identity number (GB 11643); a run of exactly 11 digits of the
 * form {@code 1[3-9]xxxxxxxxx}, or 13 digits of the form {@code 861[3-9]xxxxxxxxx}, looks like a
 * mainland mobile number. Digits inside longer runs (for example a 20-digit transaction number)
 * are not flagged.
 */
final class PersonalNumbers {

    private PersonalNumbers() {
    }

    /** Throws if {@code text} contains a run of digits that looks like an identity or mobile number. */
    static void refuse(String field, String text) {
        String found = find(text);
        if (found != null) {
            throw new IllegalArgumentException(field + " \"" + IdentityVerification.mask(text) + "\" contains " + found
                    + "; the model keeps only a reference to a verification, never an identity-card or"
                    + " mobile number, which are personal information to be kept in the operator's protected records");
        }
    }

    /** Describes the first suspicious number in {@code text}, or returns null if there is none. */
    static String find(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder digits = new StringBuilder();
            while (i < n && Character.isDigit(text.charAt(i))) {
                digits.append(Character.digit(text.charAt(i), 10));
                i++;
            }
            int length = digits.length();
            boolean xFollows = i < n && (text.charAt(i) == 'X' || text.charAt(i) == 'x');
            if (length == 18 || (length == 17 && xFollows)) {
                return "what looks like a resident identity number at position " + (start + 1);
            }
            if (isMobile(digits, 0, length) || (length == 13 && digits.charAt(0) == '8' && digits.charAt(1) == '6'
                    && isMobile(digits, 2, length))) {
                return "what looks like a mobile number at position " + (start + 1);
            }
        }
        return null;
    }

    private static boolean isMobile(CharSequence digits, int from, int to) {
        return to - from == 11 && digits.charAt(from) == '1' && digits.charAt(from + 1) >= '3';
    }
}
