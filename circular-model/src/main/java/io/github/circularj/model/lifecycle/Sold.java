package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.resale.Sale;
import java.time.Instant;
import java.util.Objects;

/**
 * The item was sold secondhand.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param sale the terms of the sale
 */
public record Sold(EventId id, ItemId itemId, Instant at, Actor actor, Sale sale)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param sale the sale, not null
     */
    public Sold {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(sale, "sale");
    }

    /**
     * Returns {@link EventType#SOLD}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.SOLD;
    }
}
