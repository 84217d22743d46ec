package io.github.circularj.model.subsidy;

import io.github.circularj.model.CurrencyMismatchException;
import io.github.circularj.model.Money;
import io.github.circularj.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A subsidy claimed under the 2025 consumer-goods trade-in programme on the sale of one new item: the
 * programme category it is filed under (which decides the {@link SubsidyProgramme}), the amount claimed, the
 * final price of the item after all producer, retailer and carrier discounts (the base of the programme's rate,
 * and the unit price its price cap reads), the pseudonymous {@link BuyerReference} of the person, and for a
 * trade-in the {@link TradeInLink} to the old item handed in.
 *
 * <p>A claim is a record of what was claimed, not a judgement of it: a claim over the programme's rate or caps
 * can be recorded, and the rule pack {@code cn-trade-in-2025} finds it. What can never be recorded is a claim
 * that is not a claim: a negative amount, a price that is not positive, an amount above the price (as for
 * {@code Sale.subsidy}) or in another currency. An appliance claim without a trade-in link is recorded too, and
 * the pack's OLD-ITEM-TRACE finds it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param category the programme category the claim is filed under
 * @param claimed the amount claimed, zero or more, at most the final price
 * @param finalPrice the item's final price after all discounts, positive
 * @param buyer the person claimed for, pseudonymously
 * @param tradeIn the old item handed in, or empty if none is recorded
 */
public record SubsidyClaim(ProgrammeCategory category, Money claimed, Money finalPrice, BuyerReference buyer,
        Optional<TradeInLink> tradeIn) {

    /**
     * Validates the claim.
     *
     * @param category the category, not null
     * @param claimed the amount claimed, not null, zero or more, at most the final price, in its currency
     * @param finalPrice the final price, not null, positive
     * @param buyer the buyer's reference, not null
     * @param tradeIn the old item, not null, may be empty
     * @throws IllegalArgumentException if an amount is negative, the price is zero, or the claim exceeds the price
     * @throws CurrencyMismatchException if the currencies differ
     */
    public SubsidyClaim {
        Objects.requireNonNull(category, "category");
        Checks.nonNegative("claimed", claimed);
        Checks.nonNegative("finalPrice", finalPrice);
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(tradeIn, "tradeIn");
        if (finalPrice.isZero()) {
            throw new IllegalArgumentException("finalPrice \"" + finalPrice + "\" is zero; a subsidised sale has a"
                    + " positive price");
        }
        if (claimed.isGreaterThan(finalPrice)) {
            throw new IllegalArgumentException("claimed \"" + claimed + "\" exceeds the finalPrice \"" + finalPrice
                    + "\"; a subsidy is at most the price");
        }
    }

    /**
     * Obtains a claim with no old item (a digital-product purchase subsidy).
     *
     * @param category the category, not null
     * @param claimed the amount claimed
     * @param finalPrice the final price
     * @param buyer the buyer's reference, not null
     * @return the claim
     * @throws IllegalArgumentException if the amounts are not valid
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static SubsidyClaim of(ProgrammeCategory category, Money claimed, Money finalPrice, BuyerReference buyer) {
        return new SubsidyClaim(category, claimed, finalPrice, buyer, Optional.empty());
    }

    /**
     * Returns a copy linked to the old item handed in.
     *
     * @param link the old item, not null
     * @return the copy
     */
    public SubsidyClaim withTradeIn(TradeInLink link) {
        return new SubsidyClaim(category, claimed, finalPrice, buyer, Optional.of(Objects.requireNonNull(link, "link")));
    }

    /**
     * Returns the instrument the claim is under, that of its category.
     *
     * @return the programme
     */
    public SubsidyProgramme programme() {
        return category.programme();
    }
}
