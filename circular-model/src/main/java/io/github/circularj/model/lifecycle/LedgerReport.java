package io.github.circularj.model.lifecycle;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Ledger.Builder} did with the events submitted to it: how many it accepted, and every
 * one it rejected with the reason. Nothing is dropped silently: {@link #submitted()} is the number
 * of events submitted.
 *
 * <p>The rejections are ordered by item id, then in the canonical replay order of
 * {@link Lifecycle#of(io.github.circularj.model.product.Item, java.util.List)}, with events for unknown
 * items ordered the same way among the others.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param accepted the number of events accepted into lifecycles, zero or more
 * @param rejected the rejected events with their reasons
 */
public record LedgerReport(long accepted, List<RejectedEvent> rejected) {

    /**
     * Validates the report and copies the rejections.
     *
     * @param accepted the number accepted, zero or more
     * @param rejected the rejections, not null, no nulls; copied
     * @throws IllegalArgumentException if {@code accepted} is negative
     */
    public LedgerReport {
        if (accepted < 0) {
            throw new IllegalArgumentException("accepted \"" + accepted + "\" is negative; a count is zero or more");
        }
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
    }

    /**
     * Returns the number of events submitted: accepted plus rejected.
     *
     * @return the number submitted
     */
    public long submitted() {
        return accepted + rejected.size();
    }

    /**
     * Returns whether every submitted event was accepted.
     *
     * @return true if nothing was rejected
     */
    public boolean isClean() {
        return rejected.isEmpty();
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
