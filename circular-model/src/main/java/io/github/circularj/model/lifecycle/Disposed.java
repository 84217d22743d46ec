package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * The item was landfilled or incinerated without its materials being recovered.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param method how the item was disposed of
 */
public record Disposed(EventId id, ItemId itemId, Instant at, Actor actor, DisposalMethod method)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param method the method, not null
     */
    public Disposed {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(method, "method");
    }

    /**
     * Returns {@link EventType#DISPOSED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.DISPOSED;
    }
}
