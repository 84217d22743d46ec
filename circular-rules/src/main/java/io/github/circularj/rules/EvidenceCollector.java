package io.github.circularj.rules;

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

    Evidence toEvidence() {
        // The same id seen twice is listed once; the count still counts both records.
        return new Evidence(count, new ArrayList<>(smallest));
    }
}
