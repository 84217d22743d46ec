package io.github.circularj.model.party;

import java.time.Instant;
import java.util.Objects;

/**
 * A record that a party's identity was verified: how, when, and a reference to the verification
 * (for example the transaction number of an identity-card reader check or of a real-name platform
 * lookup) under which the full record can be found in the operator's own, protected system.
 *
 * <p>The model never holds identity numbers. A reference that contains what looks like an
 * 18-character PRC resident identity number (17 digits followed by a digit or {@code X}, GB 11643)
 * or an 11-digit mainland mobile number ({@code 1} followed by 3–9 and nine digits, with or without
 * the country code 86) as a run of digits of its own is refused: such numbers are personal
 * information (个人信息保护法) and must stay in the operator's protected records, with only a reference to them here. {@link #toString()} masks the
 * reference so that logs and reports do not leak it, and so do the messages of the exceptions
 * this class throws, which quote the reference masked the same way.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reference the verification reference, not blank, not padded with whitespace, and holding
 *     no identity-card or mobile number
 * @param method how the identity was verified, not null
 * @param verifiedAt when it was verified, not null
 */
public record IdentityVerification(String reference, Method method, Instant verifiedAt) {

    /** How an identity was verified. */
    public enum Method {
        /** The seller's resident identity card was read by a card reader (身份证阅读器). */
        ID_CARD_READER,
        /** A face photograph was matched against the identity record (人脸识别比对). */
        FACE_MATCH,
        /** The seller's real-name-verified account on a platform (实名认证账户). */
        REAL_NAME_PLATFORM_ACCOUNT,
        /** An enterprise's business licence (营业执照) was checked. */
        BUSINESS_LICENCE
    }

    /**
     * Creates a verification record.
     *
     * @param reference the verification reference, not blank, not padded, no identity-card or mobile number
     * @param method how the identity was verified, not null
     * @param verifiedAt when it was verified, not null
     * @throws IllegalArgumentException if {@code reference} is blank or padded with whitespace, or
     *     contains what looks like a resident identity number or a mobile number
     */
    public IdentityVerification {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        if (reference.isBlank()) {
            throw new IllegalArgumentException("verification reference \"" + reference
                    + "\" is blank; a verification needs a reference to find its record");
        }
        if (!reference.strip().equals(reference)) {
            throw new IllegalArgumentException("verification reference \"" + mask(reference)
                    + "\" has leading or trailing whitespace; references are taken as given and never trimmed");
        }
        PersonalNumbers.refuse("verification reference", reference);
    }

    /**
     * Creates a verification record.
     *
     * @param reference the verification reference, not blank, not padded, no identity-card or mobile number
     * @param method how the identity was verified, not null
     * @param verifiedAt when it was verified, not null
     * @return the verification
     * @throws IllegalArgumentException if {@code reference} is blank or padded with whitespace, or
     *     contains what looks like a resident identity number or a mobile number
     */
    public static IdentityVerification of(String reference, Method method, Instant verifiedAt) {
        return new IdentityVerification(reference, method, verifiedAt);
    }

    /**
     * Masks all but the last four characters with {@code *}; a reference of eight characters or
     * fewer is masked entirely.
     */
    static String mask(String reference) {
        int n = reference.length();
        int shown = n > 8 ? 4 : 0;
        return "*".repeat(n - shown) + reference.substring(n - shown);
    }

    /**
     * Prints the method, the masked reference and the instant; the reference shows only its last
     * four characters (none if it has eight or fewer), for example
     * {@code IdentityVerification[method=ID_CARD_READER, reference=*********0042, verifiedAt=2025-03-01T08:00:00Z]}.
     *
     * @return the verification as text, safe to log
     */
    @Override
    public String toString() {
        return "IdentityVerification[method=" + method + ", reference=" + mask(reference)
                + ", verifiedAt=" + verifiedAt + "]";
    }

    /**
     * Refuses free text that contains what looks like a resident identity-card number (GB 11643) or a
     * mainland mobile number. The model's own types refuse such numbers in every text they store (a
     * source record's reference, a return reason, a person's label); this method applies the same rule
     * to a caller's text; the message masks the text as {@link #toString()} does.
     *
     * @param field the name of the field, for the message, not null
     * @param text the text to check, not null
     * @return {@code text}, unchanged
     * @throws IllegalArgumentException if the text contains an identity-card or mobile number
     */
    public static String requireNoPersonalNumbers(String field, String text) {
        PersonalNumbers.refuse(field, text);
        return text;
    }
}
