package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.subsidy.SubsidyClaim;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The item was first sold new to a user, with the consumer-goods subsidy claimed on the sale, if any.
 *
 * <p>A claim under the 2025 trade-in programme belongs here, on the sale of the new item, and not on a
 * secondhand {@code Sale}: the programme subsidises new products. A claim that links an old item links another
 * item than this one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param claim the subsidy claimed on the sale, or empty if none
 */
public record SoldNew(EventId id, ItemId itemId, Instant at, Actor actor, Optional<SubsidyClaim> claim)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param claim the claim, not null, may be empty; an old item it links is not this item
     * @throws IllegalArgumentException if the claim links this item as its own old item
     */
    public SoldNew {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(claim, "claim");
        if (claim.flatMap(SubsidyClaim::tradeIn).filter(link -> link.oldItem().equals(itemId)).isPresent()) {
            throw new IllegalArgumentException("claim trade-in old item \"" + itemId + "\" is the item sold; the old"
                    + " item handed in is another item");
        }
    }

    /**
     * Obtains the event of a sale with no subsidy claimed.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     */
    public SoldNew(EventId id, ItemId itemId, Instant at, Actor actor) {
        this(id, itemId, at, actor, Optional.empty());
    }

    /**
     * Returns a copy with a subsidy claimed on the sale.
     *
     * @param newClaim the claim, not null
     * @return the copy
     * @throws IllegalArgumentException if the claim links this item as its own old item
     */
    public SoldNew withClaim(SubsidyClaim newClaim) {
        return new SoldNew(id, itemId, at, actor, Optional.of(Objects.requireNonNull(newClaim, "claim")));
    }

    /**
     * Returns {@link EventType#SOLD_NEW}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.SOLD_NEW;
    }
}
