package io.github.circularj.rules.platform;

import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.PortableIndicator;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.blocks.SmallestIds;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.function.Function;

/**
 * A platform rule's indicator: sums the judgements of the sellers' records and keeps the smallest offending ids
 * up to the evidence limit; finishes as the share of records in scope that comply or, for a zero-tolerance rule,
 * as the count of offending records. Its accumulator does not grow with the records beyond the limit, and any
 * split of the sellers merges to the one-pass result.
 */
final class SellerIndicator implements PortableIndicator<SellerActivity, SellerIndicator.Acc> {

    private final Function<SellerActivity, Judged> judge;
    private final int limit;
    private final boolean count;

    SellerIndicator(Function<SellerActivity, Judged> judge, int limit, boolean count) {
        this.judge = judge;
        this.limit = limit;
        this.count = count;
    }

    /** The sums so far and the smallest offending ids. */
    static final class Acc {
        long inScope;
        long complying;
        final SmallestIds smallest;

        Acc(SmallestIds smallest) {
            this.smallest = smallest;
        }
    }

    @Override
    public Acc start() {
        return new Acc(new SmallestIds(limit));
    }

    @Override
    public void accept(Acc acc, SellerActivity record) {
        Judged j = judge.apply(record);
        acc.inScope += j.inScope();
        acc.complying += j.complying();
        j.offending().forEach(acc.smallest::offer);
    }

    @Override
    public Acc merge(Acc left, Acc right) {
        left.inScope += right.inScope;
        left.complying += right.complying;
        left.smallest.addAll(right.smallest);
        return left;
    }

    @Override
    public Measurement finish(Acc acc) {
        long offending = acc.inScope - acc.complying;
        Evidence evidence = new Evidence(offending, acc.smallest.toList());
        if (count) {
            return acc.inScope == 0 ? Measurement.notApplicable(Unit.COUNT, "nothing in scope")
                    : Measurement.of(offending, Unit.COUNT, evidence);
        }
        return Measurement.share(acc.complying, acc.inScope, evidence);
    }

    @Override
    public void write(Acc acc, DataOutput out) throws IOException {
        out.writeLong(acc.inScope);
        out.writeLong(acc.complying);
        acc.smallest.write(out);
    }

    @Override
    public Acc read(DataInput in) throws IOException {
        long[] counts = PortableIndicator.readShare(in, "seller counts");
        Acc acc = new Acc(SmallestIds.read(in, limit));
        acc.inScope = counts[0];
        acc.complying = counts[1];
        return acc;
    }
}
