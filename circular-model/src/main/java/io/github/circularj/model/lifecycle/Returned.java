package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer returned the item. The {@link ReturnReceipt} holds the buyer's reason and when the goods
 * were received, from which the 7-day refund period runs (rule REFUND-7DAY); the event's instant is
 * when the return was recorded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param receipt the buyer's reason and when the goods were received
 */
public record Returned(EventId id, ItemId itemId, Instant at, Actor actor, ReturnReceipt receipt)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param receipt the receipt, not null
     */
    public Returned {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(receipt, "receipt");
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

    /**
     * Returns when the returned goods were received; the same as {@code receipt().receivedAt()}.
     *
     * @return when the goods were received
     */
    public Instant receivedAt() {
        return receipt.receivedAt();
    }
}
