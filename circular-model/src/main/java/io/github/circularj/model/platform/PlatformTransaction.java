package io.github.circularj.model.platform;

import io.github.circularj.model.Money;
import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.subsidy.BuyerReference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A transaction completed on a platform: the listing sold, the pseudonymous buyer, when it completed, the amount,
 * and until when the platform keeps the transaction's record (电子商务法 Art. 31: at least 3 years from the
 * transaction's completion).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the transaction's id
 * @param listingId the id of the listing sold
 * @param buyer the buyer's pseudonymous reference, never an identity or mobile number
 * @param completedAt when the transaction completed
 * @param amount the amount paid, not negative
 * @param retainedUntil the last day the platform keeps the record, or empty if it declares none
 */
public record PlatformTransaction(String id, String listingId, BuyerReference buyer, Instant completedAt, Money amount,
        Optional<LocalDate> retainedUntil) {

    /** The longest transaction id accepted, in characters. */
    public static final int MAX_ID_LENGTH = 64;

    /**
     * Validates the transaction.
     *
     * @param id the id, not null, 1 to {@value #MAX_ID_LENGTH} visible characters, holding no identity-card or
     *     mobile number
     * @param listingId the listing's id, as for {@link PlatformListing}
     * @param buyer the buyer, not null
     * @param completedAt when it completed, not null
     * @param amount the amount, not null, not negative
     * @param retainedUntil the record's last day, not null; if present, not before the completion's day in UTC-12
     *     (the earliest day anywhere)
     * @throws IllegalArgumentException if an id is not valid, the amount is negative or the record is kept until a
     *     day before the transaction
     */
    public PlatformTransaction {
        Checks.text("transaction id", id, MAX_ID_LENGTH);
        Checks.text("listing id", listingId, PlatformListing.MAX_ID_LENGTH);
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(retainedUntil, "retainedUntil");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("transaction \"" + id + "\": amount " + amount
                    + " is negative; an amount paid is zero or more");
        }
        LocalDate earliest = LocalDate.ofInstant(completedAt, ZoneId.of("-12:00"));
        if (retainedUntil.isPresent() && retainedUntil.get().isBefore(earliest)) {
            throw new IllegalArgumentException("transaction \"" + id + "\": retainedUntil " + retainedUntil.get()
                    + " is before the transaction completed at " + completedAt + "; a record is kept from its completion");
        }
    }

    /**
     * Obtains a transaction without a declared retention.
     *
     * @param id the id, as for the constructor
     * @param listingId the listing's id, as for the constructor
     * @param buyer the buyer, not null
     * @param completedAt when it completed, not null
     * @param amount the amount, not null, not negative
     * @return the transaction
     * @throws IllegalArgumentException if the constructor refuses it
     */
    public static PlatformTransaction of(String id, String listingId, BuyerReference buyer, Instant completedAt,
            Money amount) {
        return new PlatformTransaction(id, listingId, buyer, completedAt, amount, Optional.empty());
    }

    /**
     * Returns this transaction with the last day its record is kept.
     *
     * @param lastDay the day, not null
     * @return the transaction
     * @throws IllegalArgumentException if the day is before the transaction
     */
    public PlatformTransaction retainedUntil(LocalDate lastDay) {
        return new PlatformTransaction(id, listingId, buyer, completedAt, amount, Optional.of(lastDay));
    }
}
