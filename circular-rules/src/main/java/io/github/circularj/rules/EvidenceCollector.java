package io.github.circularj.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.TreeSet;

/**
 * A mutable accumulator of offending ids that keeps the count and the {@code limit} smallest ids.
 *
 * <p>Keeping the smallest ids, not the first seen, makes the sample independent of record order and of
 * how the records were split and merged. Not thread-safe; confined to one accumulation.
 */
final class EvidenceCollector {

    private final int limit;
    private final TreeSet<String> smallest = new TreeSet<>();
    private long count;

    EvidenceCollector(int limit) {
        this.limit = limit;
    }

    void add(String id) {
        count++;
        offer(id);
    }

    private void offer(String id) {
        if (limit == 0) {
            return;
        }
        if (smallest.size() < limit) {
            smallest.add(id);
        } else if (id.compareTo(smallest.last()) < 0 && smallest.add(id)) {
            smallest.pollLast();
        }
    }

    EvidenceCollector merge(EvidenceCollector other) {
        count += other.count;
        for (String id : other.smallest) {
            offer(id);
        }
        return this;
    }

    long count() {
        return count;
    }

    /** Writes the count and the ids kept (see {@link PortableIndicator}). */
    void write(DataOutput out) throws IOException {
        out.writeLong(count);
        out.writeInt(smallest.size());
        for (String id : smallest) {
            PortableIndicator.writeText(out, id);
        }
    }

    /** Reads what {@link #write} wrote into a new collector of this limit. */
    static EvidenceCollector read(DataInput in, int limit) throws IOException {
        EvidenceCollector c = new EvidenceCollector(limit);
        c.count = in.readLong();
        int n = PortableIndicator.readCount(in, "evidence ids", limit);
        if (c.count < n) {
            throw new IOException("evidence count \"" + c.count + "\" is below the " + n + " ids kept; it counts every one");
        }
        for (int i = 0; i < n; i++) {
            c.smallest.add(PortableIndicator.readText(in));
        }
        return c;
    }

    Evidence toEvidence() {
        // The same id seen twice is listed once; the count still counts both records.
        return new Evidence(count, new ArrayList<>(smallest));
    }
}
