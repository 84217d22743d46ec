package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import java.util.Objects;
import java.util.Optional;

/**
 * Who performed or recorded a {@link LifecycleEvent}: a name (a member of staff's label, a site, a
 * system, an enterprise's name) and, when the actor is an enterprise, its unified social credit code.
 *
 * <p>This is deliberately smaller than a {@link io.github.circularj.model.party.Counterparty}: the
 * actor is the party on the ledger's own side (or an authority), not the other side of a trade, and
 * carries no identity verification. Like a counterparty's label, the name must not be a personal
 * identity number; use a staff number or pseudonym.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the actor's name or label, not blank, not padded with whitespace
 * @param creditCode the credit code of an enterprise actor, or empty
 */
public record Actor(String name, Optional<CreditCode> creditCode) {

    /**
     * Validates the actor.
     *
     * @param name the name, not blank, not padded with whitespace
     * @param creditCode the credit code, not null; empty if none
     * @throws IllegalArgumentException if the name is blank or padded
     */
    public Actor {
        Checks.text("actor name", name);
        Objects.requireNonNull(creditCode, "creditCode");
    }

    /**
     * Obtains an actor known by name only, for example a member of staff's label.
     *
     * @param name the name, not blank, not padded with whitespace
     * @return the actor
     * @throws IllegalArgumentException if the name is blank or padded
     */
    public static Actor of(String name) {
        return new Actor(name, Optional.empty());
    }

    /**
     * Obtains an enterprise actor by name and credit code.
     *
     * @param name the enterprise's name, not blank, not padded with whitespace
     * @param creditCode its unified social credit code, not null
     * @return the actor
     * @throws IllegalArgumentException if the name is blank or padded
     */
    public static Actor of(String name, CreditCode creditCode) {
        return new Actor(name, Optional.of(Objects.requireNonNull(creditCode, "creditCode")));
    }

    /**
     * Obtains the actor for an enterprise, taking its name and credit code.
     *
     * @param enterprise the enterprise, not null
     * @return the actor
     */
    public static Actor of(Enterprise enterprise) {
        return of(enterprise.name(), enterprise.creditCode());
    }

    /**
     * Prints the name and any credit code, for example {@code Acme Recycling (91330100MA27XK1A0X)}.
     *
     * @return the actor as text
     */
    @Override
    public String toString() {
        return creditCode.map(c -> name + " (" + c + ")").orElse(name);
    }
}
