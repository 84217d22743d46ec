package io.github.circularj.model.lifecycle;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Ledger.Builder} (or a reader of a file) did with the records submitted to it: how many
 * events it accepted, every event it rejected with the reason, and the records it could not read at all
 * ({@link UnreadableRecord}: a line of a file that is not JSON, names an unknown field, holds a bad value).
 * Nothing is dropped silently: {@link #submitted()} is the number of events submitted plus the number of
 * unreadable records.
 *
 * <p>The rejections are ordered by item id, then in the canonical replay order of
 * {@link Lifecycle#of(io.github.circularj.model.product.Item, java.util.List)}, with events for unknown
 * items ordered the same way among the others. The unreadable records are in the order they were met
 * (line order for a file); only the first ones up to a limit may be kept, so that a file of a million bad
 * lines does not fill the memory, but {@link #unreadableCount()} counts them all.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param accepted the number of events accepted into lifecycles, zero or more
 * @param rejected the rejected events with their reasons
 * @param unreadable the first records that could not be read, in the order met
 * @param unreadableCount the number of records that could not be read, at least {@code unreadable.size()}
 */
public record LedgerReport(long accepted, List<RejectedEvent> rejected, List<UnreadableRecord> unreadable,
        long unreadableCount) {

    /**
     * Validates the report and copies the lists.
     *
     * @param accepted the number accepted, zero or more
     * @param rejected the rejections, not null, no nulls; copied
     * @param unreadable the unreadable records kept, not null, no nulls; copied
     * @param unreadableCount the number of unreadable records, at least as many as kept
     * @throws IllegalArgumentException if {@code accepted} is negative or {@code unreadableCount} is less
     *     than the number of unreadable records kept
     */
    public LedgerReport {
        if (accepted < 0) {
            throw new IllegalArgumentException("accepted \"" + accepted + "\" is negative; a count is zero or more");
        }
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
        unreadable = List.copyOf(Objects.requireNonNull(unreadable, "unreadable"));
        if (unreadableCount < unreadable.size()) {
            throw new IllegalArgumentException("unreadableCount \"" + unreadableCount + "\" is less than the "
                    + unreadable.size() + " unreadable records kept; the count includes every one kept");
        }
    }

    /**
     * Obtains a report of events only, with no unreadable records (what a {@link Ledger.Builder} given
     * only events reports).
     *
     * @param accepted the number accepted, zero or more
     * @param rejected the rejections, not null, no nulls; copied
     * @throws IllegalArgumentException if {@code accepted} is negative
     */
    public LedgerReport(long accepted, List<RejectedEvent> rejected) {
        this(accepted, rejected, List.of(), 0);
    }

    /**
     * Obtains a report with unreadable records, of which only the first may be kept.
     *
     * @param accepted the number accepted, zero or more
     * @param rejected the rejections, not null, no nulls; copied
     * @param unreadable the unreadable records kept, not null, no nulls; copied
     * @param unreadableCount the number of unreadable records, at least as many as kept
     * @return the report
     * @throws IllegalArgumentException if {@code accepted} is negative or {@code unreadableCount} is less
     *     than the number kept
     */
    public static LedgerReport of(long accepted, List<RejectedEvent> rejected, List<UnreadableRecord> unreadable,
            long unreadableCount) {
        return new LedgerReport(accepted, rejected, unreadable, unreadableCount);
    }

    /**
     * Returns the number of records submitted: events accepted plus events rejected plus records that
     * could not be read.
     *
     * @return the number submitted
     */
    public long submitted() {
        return accepted + rejected.size() + unreadableCount;
    }

    /**
     * Returns whether every submitted record was read and every event accepted.
     *
     * @return true if nothing was rejected and nothing was unreadable
     */
    public boolean isClean() {
        return rejected.isEmpty() && unreadableCount == 0;
    }

    /**
     * Returns the number of rejections of one kind.
     *
     * @param reason the kind, not null
     * @return the number rejected for that reason
     */
    public long rejectedFor(RejectedEvent.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        return rejected.stream().filter(r -> r.reason() == reason).count();
    }
}
