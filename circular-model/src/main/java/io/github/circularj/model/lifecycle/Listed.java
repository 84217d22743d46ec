package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.resale.Listing;
import java.time.Instant;
import java.util.Objects;

/**
 * The item was listed for sale; listing again (a new price, another channel) is allowed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param listing the listing
 */
public record Listed(EventId id, ItemId itemId, Instant at, Actor actor, Listing listing)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param listing the listing, not null
     */
    public Listed {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(listing, "listing");
    }

    /**
     * Returns {@link EventType#LISTED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.LISTED;
    }
}
