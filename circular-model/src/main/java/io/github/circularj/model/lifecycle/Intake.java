package io.github.circularj.model.lifecycle;

import io.github.circularj.model.party.Counterparty;
import java.util.Objects;
import java.util.Optional;

/**
 * How an item was taken in, the payload of {@link Collected}: the channel, the seller and the
 * intake record, if one was kept.
 *
 * <p>Rule SRC-REGISTRATION counts an intake as registered when {@link #isSellerVerified()}: the
 * seller's identity was verified and a {@link SourceRecord} was kept.
 *
 * <pre>{@code
 * Intake in = Intake.of(CollectionChannel.BUY_BACK, seller)
 *         .withSourceRecord(SourceRecord.of("store-1", IdentityVerification.Method.ID_CARD_READER, "IN-1"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param channel how the item was taken in
 * @param seller who the item was taken in from
 * @param sourceRecord the intake record, or empty if none was kept
 */
public record Intake(CollectionChannel channel, Counterparty seller, Optional<SourceRecord> sourceRecord) {

    /**
     * Validates the intake.
     *
     * @param channel the channel, not null
     * @param seller the seller, not null
     * @param sourceRecord the intake record, not null; empty if none was kept
     */
    public Intake {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(sourceRecord, "sourceRecord");
    }

    /**
     * Obtains an intake for which no source record was kept.
     *
     * @param channel the channel, not null
     * @param seller the seller, not null
     * @return the intake
     */
    public static Intake of(CollectionChannel channel, Counterparty seller) {
        return new Intake(channel, seller, Optional.empty());
    }

    /**
     * Returns a copy with the intake record kept.
     *
     * @param record the record, not null
     * @return the copy
     */
    public Intake withSourceRecord(SourceRecord record) {
        return new Intake(channel, seller, Optional.of(Objects.requireNonNull(record, "sourceRecord")));
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
