package io.github.circularj.rules.pilot;

import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import java.util.Objects;
import java.util.Optional;

/**
 * A member enterprise of a pilot batch, as far as it is publicly known.
 *
 * <p>Published lists name enterprises without their unified social credit codes, so the code is
 * optional: a member known only by name has none, and this library never invents one. A user who
 * knows the code registers the member with it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the enterprise's registered name as published, not blank
 * @param creditCode the enterprise's unified social credit code, if known
 */
public record PilotEnterprise(String name, Optional<CreditCode> creditCode) {

    /**
     * Validates the member.
     *
     * @param name the enterprise's registered name, not blank
     * @param creditCode the credit code if known, not null
     * @throws IllegalArgumentException if {@code name} is blank or has surrounding white space
     */
    public PilotEnterprise {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(creditCode, "creditCode");
        if (name.isBlank() || !name.strip().equals(name)) {
            throw new IllegalArgumentException("pilot enterprise name \"" + name
                    + "\" is blank or has surrounding white space; a name is printed as given");
        }
    }

    /**
     * A member known by name only.
     *
     * @param name the registered name as published, not blank
     * @return the member
     */
    public static PilotEnterprise named(String name) {
        return new PilotEnterprise(name, Optional.empty());
    }

    /**
     * A member known with its credit code, from the model's enterprise.
     *
     * @param enterprise the enterprise, not null
     * @return the member, with the enterprise's name and credit code
     */
    public static PilotEnterprise of(Enterprise enterprise) {
        return new PilotEnterprise(enterprise.name(), Optional.of(enterprise.creditCode()));
    }

    /**
     * Returns whether this member is the given enterprise: by credit code when this member has
     * one, otherwise by exact name.
     *
     * @param enterprise the enterprise to compare, not null
     * @return true if it is this member
     */
    public boolean matches(Enterprise enterprise) {
        return creditCode.map(code -> code.equals(enterprise.creditCode()))
                .orElseGet(() -> name.equals(enterprise.name()));
    }
}
