package io.github.circularj.model.party;

import java.util.Optional;

/**
 * The other side of a trade: the seller an operator buys from, or the buyer it sells to. Either a
 * {@link PersonCounterparty person}, known only by a label and a verification reference, or an
 * {@link EnterpriseCounterparty enterprise}, known by its unified social credit code and name.
 *
 * <p>A counterparty may be unverified, so that records of trades without a verification can be
 * represented and counted (rule SRC-REGISTRATION measures the share of intakes whose seller was
 * verified).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Counterparty permits PersonCounterparty, EnterpriseCounterparty {

    /**
     * Returns a name fit for display and logs: a person's label or pseudonym, an enterprise's name.
     *
     * @return the display name, never blank
     */
    String displayName();

    /**
     * Returns the verification of the counterparty's identity, if one was made.
     *
     * @return the verification, or empty if the identity was not verified
     */
    Optional<IdentityVerification> verification();

    /**
     * Checks whether the counterparty's identity was verified.
     *
     * @return true if {@link #verification()} is present
     */
    default boolean isVerified() {
        return verification().isPresent();
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
    static PersonCounterparty person(String label, IdentityVerification verification) {
        return PersonCounterparty.of(label, verification);
    }

    /**
     * Creates an enterprise counterparty without a verification.
     *
     * @param creditCode the enterprise's unified social credit code, not null
     * @param name its registered name, not blank, not padded with whitespace
     * @return the counterparty
     * @throws IllegalArgumentException if {@code name} is blank or padded
     */
    static EnterpriseCounterparty enterprise(CreditCode creditCode, String name) {
        return EnterpriseCounterparty.of(creditCode, name);
    }
}
