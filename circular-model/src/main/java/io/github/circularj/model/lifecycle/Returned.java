package io.github.circularj.model.lifecycle;

import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer returned the item. {@code receivedAt} is when the returned goods were received, from
 * which the 7-day refund period of 消费者权益保护法 Art. 25 runs (rule REFUND-7DAY); it may differ from
 * the event's instant, which is when the return was recorded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param reason the buyer's reason, or a note such as {@code no reason given}
 * @param receivedAt when the returned goods were received
 */
public record Returned(EventId id, ItemId itemId, Instant at, Actor actor, String reason, Instant receivedAt)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param reason the reason, not blank, not padded
     * @param receivedAt when the goods were received, not null
     * @throws IllegalArgumentException if the reason is blank or padded, or contains an identity-card
     *     or mobile number
     */
    public Returned {
        Checks.common(id, itemId, at, actor);
        IdentityVerification.requireNoPersonalNumbers("return reason", Checks.text("return reason", reason));
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * Returns {@link EventType#RETURNED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.RETURNED;
    }
}
