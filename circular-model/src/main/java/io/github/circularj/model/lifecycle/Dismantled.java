package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;

/**
 * The item was dismantled for parts and materials.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 */
public record Dismantled(EventId id, ItemId itemId, Instant at, Actor actor)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     */
    public Dismantled {
        Checks.eventComponents(id, itemId, at, actor);
    }

    /**
     * Returns {@link EventType#DISMANTLED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.DISMANTLED;
    }
}
