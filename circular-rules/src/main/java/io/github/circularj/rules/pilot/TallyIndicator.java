package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.Indicator;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Unit;
import java.util.ArrayList;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A share over the records a per-item {@link Tally} finds (intakes, sales, returns or items), or the count
 * of offending items among those in scope; either way the evidence is the offending items, counted once
 * per item, the smallest ids kept up to a limit so the result does not depend on record order or
 * splitting. Nothing in scope is not applicable, for a count as for a share.
 */
final class TallyIndicator implements Indicator<Lifecycle, TallyIndicator.Acc> {

    private final Function<Lifecycle, Tally> judge;
    private final int limit;
    private final boolean count;

    private TallyIndicator(Function<Lifecycle, Tally> judge, int limit, boolean count) {
        this.judge = Objects.requireNonNull(judge, "judge");
        this.limit = limit;
        this.count = count;
    }

    /** The share of records in scope that comply. */
    static TallyIndicator share(Function<Lifecycle, Tally> judge, int limit) {
        return new TallyIndicator(judge, limit, false);
    }

    /** The number of items in scope with an offending record. */
    static TallyIndicator offendingItems(Function<Lifecycle, Tally> judge, int limit) {
        return new TallyIndicator(judge, limit, true);
    }

    /** The counts and the offending items so far. */
    static final class Acc {
        long inScope;
        long complying;
        long offendingItems;
        final TreeSet<String> smallest = new TreeSet<>();
    }

    @Override
    public Acc start() {
        return new Acc();
    }

    @Override
    public void accept(Acc acc, Lifecycle record) {
        Tally t = judge.apply(record);
        acc.inScope += t.inScope();
        acc.complying += t.complying();
        if (t.offends()) {
            acc.offendingItems++;
            offer(acc, record.itemId().value());
        }
    }

    private void offer(Acc acc, String id) {
        if (limit == 0) {
            return;
        }
        if (acc.smallest.size() < limit) {
            acc.smallest.add(id);
        } else if (id.compareTo(acc.smallest.last()) < 0 && acc.smallest.add(id)) {
            acc.smallest.pollLast();
        }
    }

    @Override
    public Acc merge(Acc left, Acc right) {
        left.inScope += right.inScope;
        left.complying += right.complying;
        left.offendingItems += right.offendingItems;
        right.smallest.forEach(id -> offer(left, id));
        return left;
    }

    @Override
    public Measurement finish(Acc acc) {
        Evidence evidence = new Evidence(acc.offendingItems, new ArrayList<>(acc.smallest));
        if (count) {
            return acc.inScope == 0 ? Measurement.notApplicable(Unit.COUNT, "nothing in scope")
                    : Measurement.of(acc.offendingItems, Unit.COUNT, evidence);
        }
        return Measurement.share(acc.complying, acc.inScope, evidence);
    }
}
