package io.github.circularj.model.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Ledger.Builder} (or a reader of a file) did with the records submitted to it: how many
 * events it accepted, how many it rejected for each reason, and how many records it could not read at all
 * ({@link UnreadableRecord}: a line of a file that is not JSON, names an unknown field, holds a bad value).
 * Nothing is dropped silently: {@link #submitted()} is the number of events submitted plus the number of
 * unreadable records, and the counts are exact however many records are kept.
 *
 * <p>The report keeps the rejected events themselves, ordered by item id, then in the canonical replay order
 * of {@link Lifecycle#of(io.github.circularj.model.product.Item, java.util.List)}, with events for unknown
 * items ordered the same way among the others; a reader that streams a large file keeps only the first ones up
 * to a limit, so that a file of a million refused events does not fill the memory ({@link #rejectedCount()}
 * and {@link #rejectedFor} count them all). Each refused event of a known item also travels with its item's
 * lifecycle ({@link Lifecycle#refused()}), which is where rules judge it. An event refused because its item is
 * unknown has no lifecycle, so a report always keeps every one of those. The unreadable records are in the
 * order they were met (line order for a file), again only the first ones up to a limit, all counted by
 * {@link #unreadableCount()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param accepted the number of events accepted into lifecycles, zero or more
 * @param rejected the rejected events kept, with their reasons
 * @param rejectedByReason the number of events rejected for each reason, reasons with none left out
 * @param unreadable the first records that could not be read, in the order met
 * @param unreadableCount the number of records that could not be read, at least {@code unreadable.size()}
 */
public record LedgerReport(long accepted, List<RejectedEvent> rejected, Map<RejectedEvent.Reason, Long> rejectedByReason,
        List<UnreadableRecord> unreadable, long unreadableCount) {

    /**
     * Validates the report and copies the lists and the counts.
     *
     * @param accepted the number accepted, zero or more
     * @param rejected the rejections kept, not null, no nulls; copied
     * @param rejectedByReason the number rejected for each reason, each at least one and at least as many as kept
     *     for that reason, and for {@link RejectedEvent.Reason#UNKNOWN_ITEM} exactly as many as kept; copied
     * @param unreadable the unreadable records kept, not null, no nulls; copied
     * @param unreadableCount the number of unreadable records, at least as many as kept
     * @throws IllegalArgumentException if a count is negative or fewer than the records kept, a reason's count is
     *     zero, or an unknown item's rejection was not kept
     */
    public LedgerReport {
        if (accepted < 0) {
            throw new IllegalArgumentException("accepted \"" + accepted + "\" is negative; a count is zero or more");
        }
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
        EnumMap<RejectedEvent.Reason, Long> counts = new EnumMap<>(RejectedEvent.Reason.class);
        Objects.requireNonNull(rejectedByReason, "rejectedByReason").forEach((reason, n) -> counts.put(
                Objects.requireNonNull(reason, "rejectedByReason key"), Objects.requireNonNull(n, "rejectedByReason value")));
        EnumMap<RejectedEvent.Reason, Long> kept = keptByReason(rejected);
        for (RejectedEvent.Reason reason : RejectedEvent.Reason.values()) {
            long n = counts.getOrDefault(reason, 0L);
            long k = kept.getOrDefault(reason, 0L);
            if (counts.containsKey(reason) && n < 1) {
                throw new IllegalArgumentException("rejectedByReason " + reason + " \"" + n + "\" is less than one; a"
                        + " reason with no rejection is left out");
            }
            if (n < k) {
                throw new IllegalArgumentException("rejectedByReason " + reason + " \"" + n + "\" is less than the " + k
                        + " rejections kept for it; the count includes every one kept");
            }
            if (reason == RejectedEvent.Reason.UNKNOWN_ITEM && n != k) {
                throw new IllegalArgumentException("rejectedByReason UNKNOWN_ITEM \"" + n + "\" differs from the " + k
                        + " kept; an event refused for an unknown item has no lifecycle, so the report keeps every one");
            }
        }
        rejectedByReason = Collections.unmodifiableMap(counts);
        unreadable = List.copyOf(Objects.requireNonNull(unreadable, "unreadable"));
        if (unreadableCount < unreadable.size()) {
            throw new IllegalArgumentException("unreadableCount \"" + unreadableCount + "\" is less than the "
                    + unreadable.size() + " unreadable records kept; the count includes every one kept");
        }
    }

    /**
     * Obtains a report of events only, every rejection kept, with no unreadable records (what a
     * {@link Ledger.Builder} given only events reports).
     *
     * @param accepted the number accepted, zero or more
     * @param rejected the rejections, not null, no nulls; copied
     * @throws IllegalArgumentException if {@code accepted} is negative
     */
    public LedgerReport(long accepted, List<RejectedEvent> rejected) {
        this(accepted, rejected, keptByReason(rejected), List.of(), 0);
    }

    /**
     * Obtains a report that keeps every rejection, with unreadable records of which only the first may be kept.
     *
     * @param accepted the number accepted, zero or more
     * @param rejected the rejections, every one, not null, no nulls; copied
     * @param unreadable the unreadable records kept, not null, no nulls; copied
     * @param unreadableCount the number of unreadable records, at least as many as kept
     * @return the report
     * @throws IllegalArgumentException if {@code accepted} is negative or {@code unreadableCount} is less
     *     than the number kept
     */
    public static LedgerReport of(long accepted, List<RejectedEvent> rejected, List<UnreadableRecord> unreadable,
            long unreadableCount) {
        return new LedgerReport(accepted, rejected, keptByReason(rejected), unreadable, unreadableCount);
    }

    /**
     * Obtains a report that keeps only the first rejections, with the exact count for each reason.
     *
     * @param accepted the number accepted, zero or more
     * @param rejected the rejections kept, not null, no nulls; copied
     * @param rejectedByReason the number rejected for each reason; see the canonical constructor
     * @param unreadable the unreadable records kept, not null, no nulls; copied
     * @param unreadableCount the number of unreadable records, at least as many as kept
     * @return the report
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static LedgerReport of(long accepted, List<RejectedEvent> rejected, Map<RejectedEvent.Reason, Long> rejectedByReason,
            List<UnreadableRecord> unreadable, long unreadableCount) {
        return new LedgerReport(accepted, rejected, rejectedByReason, unreadable, unreadableCount);
    }

    private static EnumMap<RejectedEvent.Reason, Long> keptByReason(List<RejectedEvent> rejected) {
        EnumMap<RejectedEvent.Reason, Long> kept = new EnumMap<>(RejectedEvent.Reason.class);
        for (RejectedEvent r : Objects.requireNonNull(rejected, "rejected")) {
            kept.merge(Objects.requireNonNull(r, "rejected element").reason(), 1L, Long::sum);
        }
        return kept;
    }

    /**
     * Returns the number of events rejected, kept or not.
     *
     * @return the number rejected
     */
    public long rejectedCount() {
        long n = 0;
        for (long c : rejectedByReason.values()) {
            n += c;
        }
        return n;
    }

    /**
     * Returns whether the report keeps every rejected event ({@link #rejected()} holds {@link #rejectedCount()}).
     *
     * @return true if no rejection was left out of the list
     */
    public boolean keepsEveryRejection() {
        return rejected.size() == rejectedCount();
    }

    /**
     * Returns the number of records submitted: events accepted plus events rejected plus records that
     * could not be read.
     *
     * @return the number submitted
     */
    public long submitted() {
        return accepted + rejectedCount() + unreadableCount;
    }

    /**
     * Returns whether every submitted record was read and every event accepted.
     *
     * @return true if nothing was rejected and nothing was unreadable
     */
    public boolean isClean() {
        return rejectedByReason.isEmpty() && unreadableCount == 0;
    }

    /**
     * Returns the number of rejections of one kind, kept or not.
     *
     * @param reason the kind, not null
     * @return the number rejected for that reason
     */
    public long rejectedFor(RejectedEvent.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        return rejectedByReason.getOrDefault(reason, 0L);
    }
}
