package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * The item was inspected and graded (rule DISC-CONDITION); the {@link Inspection} says what was
 * found.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param inspection what the inspection found
 */
public record Inspected(EventId id, ItemId itemId, Instant at, Actor actor, Inspection inspection)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param inspection the inspection, not null
     */
    public Inspected {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(inspection, "inspection");
    }

    /**
     * Returns {@link EventType#INSPECTED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.INSPECTED;
    }
}
