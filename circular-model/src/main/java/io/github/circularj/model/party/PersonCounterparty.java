package io.github.circularj.model.party;

import io.github.circularj.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A natural person on the other side of a trade, known to the model only by a display label or
 * pseudonym (for example {@code "seller-2025-0042"}) and, if made, an {@link IdentityVerification}.
 * The label must not hold an identity-card or mobile number (see {@link IdentityVerification} for
 * the exact rule); the person's identity data stay in the operator's protected records.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonCounterparty implements Counterparty {

    private final String label;
    @Nullable
    private final IdentityVerification verification;

    private PersonCounterparty(String label, @Nullable IdentityVerification verification) {
        Checks.text("person label", label); // the model's text rule, which refuses a personal number too
        this.label = label;
        this.verification = verification;
    }

    /**
     * Creates a verified person.
     *
     * @param label a display label or pseudonym, not blank, not padded, no identity-card or mobile number
     * @param verification the verification of the person's identity, not null
     * @return the person
     * @throws IllegalArgumentException if {@code label} is blank, padded, or holds what looks like an
     *     identity-card or mobile number
     */
    public static PersonCounterparty of(String label, IdentityVerification verification) {
        return new PersonCounterparty(label, Objects.requireNonNull(verification, "verification"));
    }

    /**
     * Creates a person whose identity was not verified.
     *
     * @param label a display label or pseudonym, not blank, not padded, no identity-card or mobile number
     * @return the person
     * @throws IllegalArgumentException if {@code label} is blank, padded, or holds what looks like an
     *     identity-card or mobile number
     */
    public static PersonCounterparty unverified(String label) {
        return new PersonCounterparty(label, null);
    }

    /**
     * Returns the display label or pseudonym.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the label.
     *
     * @return the label
     */
    @Override
    public String displayName() {
        return label;
    }

    /**
     * Returns the verification of the person's identity, if one was made.
     *
     * @return the verification, or empty if the identity was not verified
     */
    @Override
    public Optional<IdentityVerification> verification() {
        return Optional.ofNullable(verification);
    }

    /**
     * Checks whether another object is a person with the same label and verification.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof PersonCounterparty other && label.equals(other.label)
                && Objects.equals(verification, other.verification);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(label, verification);
    }

    /**
     * Prints the label and the masked verification, safe to log.
     *
     * @return the person as text
     */
    @Override
    public String toString() {
        return "Person[" + label + ", " + (verification == null ? "unverified" : verification.toString()) + "]";
    }
}
