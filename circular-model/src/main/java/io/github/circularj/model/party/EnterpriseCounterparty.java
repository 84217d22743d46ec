package io.github.circularj.model.party;

import io.github.circularj.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * An enterprise on the other side of a trade, known by its unified social credit code and name,
 * with the verification of its identity (usually of its {@link IdentityVerification.Method#BUSINESS_LICENCE
 * business licence}) if one was made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnterpriseCounterparty implements Counterparty {

    private final CreditCode creditCode;
    private final String name;
    @Nullable
    private final IdentityVerification verification;

    private EnterpriseCounterparty(CreditCode creditCode, String name, @Nullable IdentityVerification verification) {
        this.creditCode = Objects.requireNonNull(creditCode, "creditCode");
        this.name = Checks.text("enterprise name", name);
        this.verification = verification;
    }

    /**
     * Creates an enterprise counterparty without a verification.
     *
     * @param creditCode the enterprise's unified social credit code, not null
     * @param name its registered name, not blank, not padded with whitespace
     * @return the counterparty
     * @throws IllegalArgumentException if {@code name} is blank or padded
     */
    public static EnterpriseCounterparty of(CreditCode creditCode, String name) {
        return new EnterpriseCounterparty(creditCode, name, null);
    }

    /**
     * Creates a verified enterprise counterparty.
     *
     * @param creditCode the enterprise's unified social credit code, not null
     * @param name its registered name, not blank, not padded with whitespace
     * @param verification the verification of its identity, not null
     * @return the counterparty
     * @throws IllegalArgumentException if {@code name} is blank or padded
     */
    public static EnterpriseCounterparty of(CreditCode creditCode, String name, IdentityVerification verification) {
        return new EnterpriseCounterparty(creditCode, name, Objects.requireNonNull(verification, "verification"));
    }

    /**
     * Creates an unverified counterparty for a known enterprise, taking its credit code and name.
     *
     * @param enterprise the enterprise, not null
     * @return the counterparty
     */
    public static EnterpriseCounterparty of(Enterprise enterprise) {
        return new EnterpriseCounterparty(enterprise.creditCode(), enterprise.name(), null);
    }

    /**
     * Returns the enterprise's unified social credit code.
     *
     * @return the credit code
     */
    public CreditCode creditCode() {
        return creditCode;
    }

    /**
     * Returns the enterprise's registered name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    @Override
    public String displayName() {
        return name;
    }

    /**
     * Returns the verification of the enterprise's identity, if one was made.
     *
     * @return the verification, or empty if not verified
     */
    @Override
    public Optional<IdentityVerification> verification() {
        return Optional.ofNullable(verification);
    }

    /**
     * Checks whether another object is an enterprise counterparty with the same code, name and
     * verification.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof EnterpriseCounterparty other && creditCode.equals(other.creditCode)
                && name.equals(other.name) && Objects.equals(verification, other.verification);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(creditCode, name, verification);
    }

    /**
     * Prints the name, credit code and masked verification.
     *
     * @return the counterparty as text
     */
    @Override
    public String toString() {
        return "Enterprise[" + name + ", " + creditCode + ", "
                + (verification == null ? "unverified" : verification.toString()) + "]";
    }
}
