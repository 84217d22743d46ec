package io.github.circularj.model.party;

import io.github.circularj.model.internal.Text;

/**
 * Detects identity-card and mobile numbers in text that must not hold them.
 *
 * <p>The detection is the model's one text rule ({@code model.internal.Text}): runs of digits (any
 * Unicode decimal digits, so full-width numbers are caught too), joined across single separators;
 * 18 characters with a valid GB 11643 check character and birth date, or the 15-digit form, look like a
 * resident identity number; 11 digits {@code 1[3-9]…}, with or without 86 before them, look like a
 * mainland mobile number. Digits inside longer runs (a 20-digit transaction number) are not flagged.
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
        return Text.personalNumber(text);
    }
}
