package io.github.circularj.model.lifecycle;

import io.github.circularj.model.Money;
import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;

/**
 * A buyer who returned the item was refunded; the event's instant is when the refund was paid.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param amount the amount refunded, zero or more
 */
public record Refunded(EventId id, ItemId itemId, Instant at, Actor actor, Money amount)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param amount the amount, not null, zero or more
     * @throws IllegalArgumentException if the amount is negative
     */
    public Refunded {
        Checks.eventComponents(id, itemId, at, actor);
        Checks.nonNegative("refund amount", amount);
    }

    /**
     * Returns {@link EventType#REFUNDED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.REFUNDED;
    }
}
