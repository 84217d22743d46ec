package io.github.circularj.rules.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The smallest ids offered so far, up to a limit: the evidence an indicator keeps of its offending records. It
 * is deterministic — the same ids offered in any order, split and merged in any way, keep the same ids — and
 * bounded: it never holds more than the limit, however many ids are offered.
 *
 * <pre>{@code
 * SmallestIds ids = new SmallestIds(2);
 * ids.offer("P-9"); ids.offer("P-1"); ids.offer("P-4");
 * ids.toList();   // [P-1, P-4]
 * }</pre>
 *
 * <p>It lives in an indicator's accumulator: it is mutable and not thread-safe.
 */
public final class SmallestIds {

    private final int limit;
    private final TreeSet<String> ids = new TreeSet<>();

    /**
     * Makes an empty set.
     *
     * @param limit the most ids kept, zero or more
     * @throws IllegalArgumentException if the limit is negative
     */
    public SmallestIds(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit \"" + limit + "\" is negative; an evidence limit is 0 or more");
        }
        this.limit = limit;
    }

    /**
     * Offers an id: kept if fewer than the limit are kept or it is smaller than the largest kept (which then goes).
     *
     * @param id the id, not null
     */
    public void offer(String id) {
        if (ids.size() < limit) {
            ids.add(id);
        } else if (limit > 0 && id.compareTo(ids.last()) < 0 && ids.add(id)) {
            ids.pollLast();
        }
    }

    /**
     * Offers every id another set keeps: merges the evidence of two accumulators.
     *
     * @param other the other set, not null
     */
    public void addAll(SmallestIds other) {
        other.ids.forEach(this::offer);
    }

    /**
     * Returns the ids kept, smallest first.
     *
     * @return a new list
     */
    public List<String> toList() {
        return new ArrayList<>(ids);
    }
}
