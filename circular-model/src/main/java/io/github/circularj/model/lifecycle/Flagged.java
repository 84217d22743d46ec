package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * The item was flagged as suspected stolen, seized, of a prohibited category or recalled. The
 * {@code actor} recorded the flag; the {@link Flag} says why and who raised it. A flagged item is
 * quarantined and cannot be listed or sold until {@link Cleared}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param flag why and by whom the item was flagged
 */
public record Flagged(EventId id, ItemId itemId, Instant at, Actor actor, Flag flag)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param flag the flag, not null
     */
    public Flagged {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(flag, "flag");
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

    /**
     * Returns why the item was flagged; the same as {@code flag().reason()}.
     *
     * @return the reason
     */
    public FlagReason reason() {
        return flag.reason();
    }
}
