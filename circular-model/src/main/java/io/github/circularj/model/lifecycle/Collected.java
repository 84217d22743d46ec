package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * The enterprise took the item in from a seller: by trade-in, buy-back, consignment, at a
 * recycling point or as a donation. The {@link Intake} says how and from whom.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param intake how and from whom the item was taken in
 */
public record Collected(EventId id, ItemId itemId, Instant at, Actor actor, Intake intake)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param intake the intake, not null
     */
    public Collected {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(intake, "intake");
    }

    /**
     * Returns {@link EventType#COLLECTED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.COLLECTED;
    }

    /**
     * Returns whether the seller was registered as rule SRC-REGISTRATION asks; the same as
     * {@code intake().isSellerVerified()}.
     *
     * @return true if the seller's identity was verified and a source record was kept
     */
    public boolean isSellerVerified() {
        return intake.isSellerVerified();
    }
}
