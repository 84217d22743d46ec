package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;

/**
 * A flag on the item was cleared, so that it returns to stock.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param reference the reference of the decision that cleared the flag
 */
public record Cleared(EventId id, ItemId itemId, Instant at, Actor actor, String reference)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param reference the reference, not blank, not padded
     * @throws IllegalArgumentException if the reference is blank or padded
     */
    public Cleared {
        Checks.eventComponents(id, itemId, at, actor);
        Checks.text("clearance reference", reference);
    }

    /**
     * Returns {@link EventType#CLEARED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.CLEARED;
    }
}
