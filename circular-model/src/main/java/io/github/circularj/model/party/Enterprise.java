package io.github.circularj.model.party;

import io.github.circularj.model.internal.Checks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An enterprise in secondhand goods circulation: its unified social credit code, name, city and
 * the roles it plays.
 *
 * <p>The roles are copied and handed out as an unmodifiable set that iterates in the declaration
 * order of {@link EnterpriseRole}, whatever the order they were given in.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param creditCode the enterprise's unified social credit code, not null
 * @param name the registered name, not blank, not padded with whitespace
 * @param city the prefecture-level city where it operates, not null
 * @param roles the roles it plays, at least one, no nulls
 */
public record Enterprise(CreditCode creditCode, String name, City city, Set<EnterpriseRole> roles) {

    /**
     * Creates an enterprise.
     *
     * @param creditCode the enterprise's unified social credit code, not null
     * @param name the registered name, not blank, not padded with whitespace
     * @param city the prefecture-level city where it operates, not null
     * @param roles the roles it plays, at least one, no nulls; copied
     * @throws IllegalArgumentException if {@code name} is blank or padded, or {@code roles} is empty
     * @throws NullPointerException if an argument or a role is null
     */
    public Enterprise {
        Objects.requireNonNull(creditCode, "creditCode");
        Checks.text("enterprise name", name);
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(roles, "roles");
        for (EnterpriseRole role : roles) {
            Objects.requireNonNull(role, "roles element");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(
                    "enterprise roles \"[]\" is empty; an enterprise plays at least one role");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /**
     * Creates an enterprise with the given roles.
     *
     * @param creditCode the enterprise's unified social credit code, not null
     * @param name the registered name, not blank, not padded with whitespace
     * @param city the prefecture-level city where it operates, not null
     * @param role the first role, not null
     * @param moreRoles further roles, no nulls
     * @return the enterprise
     * @throws IllegalArgumentException if {@code name} is blank or padded
     */
    public static Enterprise of(CreditCode creditCode, String name, City city, EnterpriseRole role,
            EnterpriseRole... moreRoles) {
        Objects.requireNonNull(role, "role");
        return new Enterprise(creditCode, name, city, EnumSet.of(role, moreRoles));
    }

    /**
     * Checks whether the enterprise plays a role.
     *
     * @param role the role, not null
     * @return true if {@code role} is among its roles
     */
    public boolean hasRole(EnterpriseRole role) {
        return roles.contains(Objects.requireNonNull(role, "role"));
    }

    /**
     * Checks whether any of the enterprise's roles takes goods in from sellers
     * ({@link EnterpriseRole#buysIn()}).
     *
     * @return true if the seller-registration duty applies to it
     */
    public boolean buysIn() {
        return roles.stream().anyMatch(EnterpriseRole::buysIn);
    }

    /**
     * Prints the name, credit code, city and roles.
     *
     * @return the enterprise as text
     */
    @Override
    public String toString() {
        return name + " (" + creditCode + ", " + city + ", " + roles + ")";
    }
}
