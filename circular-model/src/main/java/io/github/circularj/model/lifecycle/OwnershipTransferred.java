package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The ownership of a vehicle was transferred at the registration authority (rule
 * CAR-TRANSFER-30D: 机动车登记规定 Art. 25). The event does not check that the item is a vehicle;
 * rules read only the vehicles' events.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param registeredOn the date the transfer was registered
 */
public record OwnershipTransferred(EventId id, ItemId itemId, Instant at, Actor actor, LocalDate registeredOn)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param registeredOn the registration date, not null
     */
    public OwnershipTransferred {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(registeredOn, "registeredOn");
    }

    /**
     * Returns {@link EventType#OWNERSHIP_TRANSFERRED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.OWNERSHIP_TRANSFERRED;
    }
}
