package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.refurbish.WorkOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * The item was refurbished under a work order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param workOrder the work order
 */
public record Refurbished(EventId id, ItemId itemId, Instant at, Actor actor, WorkOrder workOrder)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param workOrder the work order, not null
     */
    public Refurbished {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(workOrder, "workOrder");
    }

    /**
     * Returns {@link EventType#REFURBISHED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.REFURBISHED;
    }
}
