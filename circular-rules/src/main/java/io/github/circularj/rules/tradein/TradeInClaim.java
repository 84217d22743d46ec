package io.github.circularj.rules.tradein;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.subsidy.SubsidyClaim;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One subsidy claim as the trade-in pack judges it: the retailer that filed it, the new item sold, the sale
 * ({@link SoldNew}, which carries the {@link SubsidyClaim}) and, when the claim links an old item and the
 * retailer's records hold it, the old item's history.
 *
 * <p>A claim's id, used in findings' evidence, is the sale's event id. The claim's day is the sale's day in
 * {@link TradeInProgramme#ZONE}: the day the act falls on, which decides the programme term that judges it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param retailer the id of the retailer that filed the claim (its credit code)
 * @param item the new item sold
 * @param sale the sale, with its claim
 * @param oldItem the history of the old item the claim links, as the retailer's records hold it; empty when the
 *     claim links none or the records do not hold it
 */
public record TradeInClaim(String retailer, Item item, SoldNew sale, Optional<Lifecycle> oldItem) {

    /**
     * Validates the claim.
     *
     * @param retailer the retailer's id, not null
     * @param item the item, not null, the one sold
     * @param sale the sale, not null, with a claim
     * @param oldItem the old item's history, not null; present only for the item the claim links
     * @throws IllegalArgumentException if the sale has no claim, is of another item, or the old item is not the
     *     one linked
     */
    public TradeInClaim {
        Objects.requireNonNull(retailer, "retailer");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(oldItem, "oldItem");
        if (sale.claim().isEmpty()) {
            throw new IllegalArgumentException("sale \"" + sale.id() + "\" has no subsidy claim; a trade-in claim is"
                    + " a sale with one");
        }
        if (!sale.itemId().equals(item.id())) {
            throw new IllegalArgumentException("sale \"" + sale.id() + "\" is of item \"" + sale.itemId()
                    + "\", not of item \"" + item.id() + "\"");
        }
        if (oldItem.isPresent() && !sale.claim().get().tradeIn()
                .filter(link -> link.oldItem().equals(oldItem.get().itemId())).isPresent()) {
            throw new IllegalArgumentException("oldItem \"" + oldItem.get().itemId() + "\" is not the old item the"
                    + " claim of sale \"" + sale.id() + "\" links");
        }
    }

    /**
     * Returns the claim.
     *
     * @return the sale's claim
     */
    public SubsidyClaim claim() {
        return sale.claim().orElseThrow();
    }

    /**
     * Returns the claim's id for evidence: the sale's event id.
     *
     * @return the id
     */
    public String id() {
        return sale.id().value();
    }

    /**
     * Returns the day of the sale in {@link TradeInProgramme#ZONE}.
     *
     * @return the day
     */
    public LocalDate day() {
        return LocalDate.ofInstant(sale.at(), TradeInProgramme.ZONE);
    }

    /**
     * Returns the claim as text, e.g. {@code "S-12 phone CNY 450.00 of CNY 3000.00 for BUYER-1"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        SubsidyClaim c = claim();
        return id() + " " + c.category() + " " + c.claimed() + " of " + c.finalPrice() + " for " + c.buyer();
    }
}
