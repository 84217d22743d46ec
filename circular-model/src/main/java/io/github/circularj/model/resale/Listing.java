package io.github.circularj.model.resale;

import io.github.circularj.model.Money;
import io.github.circularj.model.internal.Checks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An offer of an item for sale: the channel, the asking price, the facts disclosed and the return
 * policy offered.
 *
 * <p>The disclosures are copied and iterate in the declaration order of {@link Disclosure}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param channel where the item is offered
 * @param askingPrice the asking price, zero or more
 * @param disclosures the facts disclosed in the listing, possibly empty
 * @param returnPolicy the return policy offered
 */
public record Listing(SalesChannel channel, Money askingPrice, Set<Disclosure> disclosures, ReturnPolicy returnPolicy) {

    /**
     * Validates the listing and copies the disclosures.
     *
     * @param channel the channel, not null
     * @param askingPrice the asking price, not null, zero or more
     * @param disclosures the disclosures, not null, no nulls; copied
     * @param returnPolicy the return policy, not null
     * @throws IllegalArgumentException if the asking price is negative
     */
    public Listing {
        Objects.requireNonNull(channel, "channel");
        Checks.nonNegative("askingPrice", askingPrice);
        disclosures = copy(disclosures);
        Objects.requireNonNull(returnPolicy, "returnPolicy");
    }

    static Set<Disclosure> copy(Set<Disclosure> disclosures) {
        Objects.requireNonNull(disclosures, "disclosures");
        EnumSet<Disclosure> copy = EnumSet.noneOf(Disclosure.class);
        for (Disclosure d : disclosures) {
            copy.add(Objects.requireNonNull(d, "disclosures element"));
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * Returns whether the listing discloses a fact.
     *
     * @param disclosure the fact, not null
     * @return true if it is among {@link #disclosures()}
     */
    public boolean discloses(Disclosure disclosure) {
        return disclosures.contains(Objects.requireNonNull(disclosure, "disclosure"));
    }
}
