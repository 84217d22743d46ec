package io.github.circularj.model.platform;

import io.github.circularj.model.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * A check of a seller's identity, address and contact details by the platform (电子商务法 Art. 27): the
 * reference of the check in the platform's records and when it was made. The reference names the check, never
 * the document checked: what looks like an identity-card or mobile number is refused.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reference the check's reference, such as {@code "KYC-2025-000417"}
 * @param at when the check was made
 */
public record SellerCheck(String reference, Instant at) {

    /** The longest reference accepted, in characters. */
    public static final int MAX_LENGTH = 64;

    /**
     * Validates the check.
     *
     * @param reference the reference, not null, 1 to {@value #MAX_LENGTH} visible characters, not padded, holding
     *     no identity-card or mobile number
     * @param at when it was made, not null
     * @throws IllegalArgumentException if the reference is not valid
     */
    public SellerCheck {
        Checks.text("seller check reference", reference, MAX_LENGTH);
        Objects.requireNonNull(at, "at");
    }

    /**
     * Obtains a check.
     *
     * @param reference the reference, as for the constructor
     * @param at when it was made, not null
     * @return the check
     * @throws IllegalArgumentException if the reference is not valid
     */
    public static SellerCheck of(String reference, Instant at) {
        return new SellerCheck(reference, at);
    }
}
