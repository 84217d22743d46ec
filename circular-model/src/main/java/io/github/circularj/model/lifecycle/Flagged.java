package io.github.circularj.model.lifecycle;

import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * The item was flagged as suspected stolen, seized, of a prohibited category or recalled. The
 * {@code actor} recorded the flag; {@code flaggedBy} names who raised it (the enterprise's own
 * check, a police station, a manufacturer's recall notice...). A flagged item is quarantined and
 * cannot be listed or sold until {@link Cleared}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param reason why the item was flagged
 * @param flaggedBy who raised the flag
 */
public record Flagged(EventId id, ItemId itemId, Instant at, Actor actor, FlagReason reason, String flaggedBy)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param reason the reason, not null
     * @param flaggedBy who raised the flag, not blank, not padded
     * @throws IllegalArgumentException if {@code flaggedBy} is blank or padded
     */
    public Flagged {
        Checks.common(id, itemId, at, actor);
        Objects.requireNonNull(reason, "reason");
        Checks.text("flaggedBy", flaggedBy);
    }

    /**
     * Returns {@link EventType#FLAGGED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.FLAGGED;
    }
}
