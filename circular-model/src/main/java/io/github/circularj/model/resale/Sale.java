package io.github.circularj.model.resale;

import io.github.circularj.model.CurrencyMismatchException;
import io.github.circularj.model.Money;
import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.refurbish.Warranty;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The terms of a secondhand sale: price, buyer, channel, whether it was remote, return policy,
 * warranty, a subsidy paid on the sale and the facts disclosed at the sale.
 *
 * <p>A sale on a {@linkplain SalesChannel#isRemote() remote channel} is always remote; a sale on
 * another channel may be remote too (for example a telephone order from a physical store). The
 * subsidy is an amount some programme paid on this secondhand sale (a local one, say), in the price's
 * currency and at most the price; no built-in rule judges it. The 2025 consumer-goods trade-in
 * programme (发改环资〔2025〕13号) subsidises the purchase of <em>new</em> products: its claims are
 * {@code SubsidyClaim}s on the {@code SoldNew} event, with the programme category, the final price,
 * the buyer's pseudonymous reference and the old item handed in, which the trade-in pack audits. The
 * buyer may be unknown (an anonymous market-stall sale).
 *
 * <p>Start with {@link #of(Money, SalesChannel)} and add terms with the {@code with} methods, or
 * call the canonical constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param price the price paid, zero or more
 * @param buyer the buyer, or empty if not recorded
 * @param channel where the item was sold
 * @param remote whether the sale was a remote sale
 * @param returnPolicy the return policy of the sale
 * @param warranty the warranty given, or empty if none
 * @param subsidy a subsidy paid on this secondhand sale, or empty if none (not a trade-in programme claim,
 *     which is on {@code SoldNew})
 * @param disclosures the facts disclosed at the sale, iterating in declaration order
 */
public record Sale(Money price, Optional<Counterparty> buyer, SalesChannel channel, boolean remote,
        ReturnPolicy returnPolicy, Optional<Warranty> warranty, Optional<Money> subsidy, Set<Disclosure> disclosures) {

    /**
     * Validates the sale and copies the disclosures.
     *
     * @param price the price, not null, zero or more
     * @param buyer the buyer, not null; empty if not recorded
     * @param channel the channel, not null
     * @param remote whether the sale was remote; must be true on a remote channel
     * @param returnPolicy the return policy, not null
     * @param warranty the warranty, not null; empty if none
     * @param subsidy the subsidy claimed, not null; if present, zero or more, at most the price
     * @param disclosures the disclosures, not null, no nulls; copied
     * @throws IllegalArgumentException if the price or subsidy is negative, the subsidy exceeds the
     *     price, or a sale on a remote channel is marked not remote
     * @throws CurrencyMismatchException if the subsidy's currency differs from the price's
     */
    public Sale {
        Checks.nonNegative("price", price);
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(channel, "channel");
        if (channel.isRemote() && !remote) {
            throw new IllegalArgumentException("remote \"false\" contradicts channel " + channel
                    + "; a sale on a remote channel is always remote");
        }
        Objects.requireNonNull(returnPolicy, "returnPolicy");
        Objects.requireNonNull(warranty, "warranty");
        Objects.requireNonNull(subsidy, "subsidy");
        if (subsidy.isPresent()) {
            Money s = Checks.nonNegative("subsidy", subsidy.get());
            if (s.isGreaterThan(price)) {
                throw new IllegalArgumentException("subsidy \"" + s + "\" exceeds the price \"" + price
                        + "\"; a subsidy is at most the price");
            }
        }
        disclosures = Listing.copy(disclosures);
    }

    /**
     * Obtains a sale with no recorded buyer, remote exactly when the channel is, with no return
     * policy ({@link ReturnPolicy#none()}), no warranty, no subsidy and no disclosures.
     *
     * @param price the price, not null, zero or more
     * @param channel the channel, not null
     * @return the sale
     * @throws IllegalArgumentException if the price is negative
     */
    public static Sale of(Money price, SalesChannel channel) {
        return new Sale(price, Optional.empty(), channel, channel.isRemote(), ReturnPolicy.none(),
                Optional.empty(), Optional.empty(), Set.of());
    }

    /**
     * Returns a copy with a buyer.
     *
     * @param newBuyer the buyer, not null
     * @return the copy
     */
    public Sale withBuyer(Counterparty newBuyer) {
        return new Sale(price, Optional.of(Objects.requireNonNull(newBuyer, "buyer")), channel, remote, returnPolicy,
                warranty, subsidy, disclosures);
    }

    /**
     * Returns a copy marked remote or not.
     *
     * @param newRemote whether the sale was remote
     * @return the copy
     * @throws IllegalArgumentException if {@code newRemote} is false on a remote channel
     */
    public Sale withRemote(boolean newRemote) {
        return new Sale(price, buyer, channel, newRemote, returnPolicy, warranty, subsidy, disclosures);
    }

    /**
     * Returns a copy with a return policy.
     *
     * @param newReturnPolicy the return policy, not null
     * @return the copy
     */
    public Sale withReturnPolicy(ReturnPolicy newReturnPolicy) {
        return new Sale(price, buyer, channel, remote, newReturnPolicy, warranty, subsidy, disclosures);
    }

    /**
     * Returns a copy with a warranty.
     *
     * @param newWarranty the warranty, not null
     * @return the copy
     */
    public Sale withWarranty(Warranty newWarranty) {
        return new Sale(price, buyer, channel, remote, returnPolicy,
                Optional.of(Objects.requireNonNull(newWarranty, "warranty")), subsidy, disclosures);
    }

    /**
     * Returns a copy with a subsidy paid on this secondhand sale (not a trade-in programme claim on a new
     * product, which is a {@code SubsidyClaim} on {@code SoldNew}).
     *
     * @param newSubsidy the subsidy, not null, zero or more, at most the price, in its currency
     * @return the copy
     * @throws IllegalArgumentException if the subsidy is negative or exceeds the price
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Sale withSubsidy(Money newSubsidy) {
        return new Sale(price, buyer, channel, remote, returnPolicy, warranty,
                Optional.of(Objects.requireNonNull(newSubsidy, "subsidy")), disclosures);
    }

    /**
     * Returns a copy with the facts disclosed at the sale.
     *
     * @param newDisclosures the disclosures, not null, no nulls; copied
     * @return the copy
     */
    public Sale withDisclosures(Set<Disclosure> newDisclosures) {
        return new Sale(price, buyer, channel, remote, returnPolicy, warranty, subsidy, newDisclosures);
    }

    /**
     * Returns whether a fact was disclosed at the sale.
     *
     * @param disclosure the fact, not null
     * @return true if it is among {@link #disclosures()}
     */
    public boolean discloses(Disclosure disclosure) {
        return disclosures.contains(Objects.requireNonNull(disclosure, "disclosure"));
    }
}
