package io.github.circularj.model.lifecycle;

import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The enterprise took the item in from a seller: by trade-in, buy-back, consignment, at a
 * recycling point or as a donation.
 *
 * <p>Rule SRC-REGISTRATION counts an intake as registered when {@link #isSellerVerified()}: the
 * seller's identity was verified and a {@link SourceRecord} was kept.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param channel how the item was taken in
 * @param seller who the item was taken in from
 * @param sourceRecord the intake record, or empty if none was kept
 */
public record Collected(EventId id, ItemId itemId, Instant at, Actor actor, CollectionChannel channel, Counterparty seller, Optional<SourceRecord> sourceRecord)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param channel the channel, not null
     * @param seller the seller, not null
     * @param sourceRecord the intake record, not null; empty if none was kept
     */
    public Collected {
        Checks.common(id, itemId, at, actor);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(sourceRecord, "sourceRecord");
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
     * Returns whether the seller was registered as rule SRC-REGISTRATION asks: the seller's
     * identity was verified and a source record was kept.
     *
     * @return true if {@link Counterparty#isVerified()} and a source record is present
     */
    public boolean isSellerVerified() {
        return seller.isVerified() && sourceRecord.isPresent();
    }
}
