package io.github.circularj.model.subsidy;

import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.product.ItemId;
import java.util.Objects;

/**
 * The old item handed in with a trade-in purchase: the item and its {@code Collected} event (channel
 * {@code TRADE_IN}) in the retailer's records. The link is what lets an auditor follow the old item to its end
 * (resold after erasure and inspection, or handed to a licensed processor).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param oldItem the old item's id
 * @param collected the id of the old item's {@code Collected} event
 */
public record TradeInLink(ItemId oldItem, EventId collected) {

    /**
     * Validates the link.
     *
     * @param oldItem the old item, not null
     * @param collected the collection event, not null
     */
    public TradeInLink {
        Objects.requireNonNull(oldItem, "oldItem");
        Objects.requireNonNull(collected, "collected");
    }

    /**
     * Obtains a link.
     *
     * @param oldItem the old item, not null
     * @param collected the collection event, not null
     * @return the link
     */
    public static TradeInLink of(ItemId oldItem, EventId collected) {
        return new TradeInLink(oldItem, collected);
    }

    /**
     * Returns the link as text, e.g. {@code "OLD-7 (collected EV-12)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return oldItem + " (collected " + collected + ")";
    }
}
