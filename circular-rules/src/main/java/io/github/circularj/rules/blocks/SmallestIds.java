package io.github.circularj.rules.blocks;

import io.github.circularj.rules.PortableIndicator;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
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
     * Writes the ids kept, for an accumulator that leaves the JVM (see {@link PortableIndicator}).
     *
     * @param out where to write, not null
     * @throws IOException if the output fails
     */
    public void write(DataOutput out) throws IOException {
        out.writeInt(ids.size());
        for (String id : ids) {
            PortableIndicator.writeText(out, id);
        }
    }

    /**
     * Reads the ids that {@link #write(DataOutput)} wrote into a new set.
     *
     * @param in where to read, not null
     * @param limit the most ids kept, zero or more: the limit of the set that was written
     * @return the set
     * @throws IOException if the input fails or holds more ids than the limit
     * @throws IllegalArgumentException if the limit is negative
     */
    public static SmallestIds read(DataInput in, int limit) throws IOException {
        SmallestIds set = new SmallestIds(limit);
        int n = PortableIndicator.readCount(in, "evidence ids", limit);
        for (int i = 0; i < n; i++) {
            set.ids.add(PortableIndicator.readText(in));
        }
        return set;
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
