package io.github.circularj.model.lifecycle;

import io.github.circularj.model.product.ItemId;
import java.time.Instant;

/**
 * An immutable fact about one item: something that happened to it, when, and who acted.
 *
 * <p>Every event has an {@link EventId}, the {@link ItemId} of its item, the {@link Instant} it
 * happened and the {@link Actor}; {@link #type()} names its record with an {@link EventType}, in
 * which the {@linkplain Stage transition table} is written. Events are validated when built; whether
 * an event may follow the others is decided by {@link Lifecycle#append(LifecycleEvent)}.
 *
 * <p>Implementations are immutable and thread-safe records.
 */
public sealed interface LifecycleEvent
        permits Manufactured, SoldNew, Collected, Flagged, PoliceReported, Cleared, Inspected, DataErased,
        Refurbished, Listed, Sold, Returned, Refunded, OwnershipTransferred, Exported, HandedOver, Dismantled,
        Recycled, Disposed {

    /**
     * Returns the event's id.
     *
     * @return the id, not null
     */
    EventId id();

    /**
     * Returns the id of the item the event is about.
     *
     * @return the item id, not null
     */
    ItemId itemId();

    /**
     * Returns when the event happened.
     *
     * @return the instant, not null
     */
    Instant at();

    /**
     * Returns who performed or recorded the event.
     *
     * @return the actor, not null
     */
    Actor actor();

    /**
     * Returns the kind of event, the name of this record in the transition table.
     *
     * @return the type, not null
     */
    EventType type();
}
