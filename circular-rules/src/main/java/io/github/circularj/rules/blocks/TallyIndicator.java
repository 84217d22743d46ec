package io.github.circularj.rules.blocks;

import io.github.circularj.model.lifecycle.EventTypes;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.PortableIndicator;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Unit;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * A share over the records a per-item {@link Tally} finds (intakes, sales, returns or items), or the count
 * of offending items among those in scope; either way the evidence is the offending items, counted once
 * per item, the smallest ids kept up to a limit so the result does not depend on record order or
 * splitting. Nothing in scope is not applicable, for a count as for a share.
 *
 * <p>Each indicator is <em>about</em> some event types: its judgement gives {@link Tally#NONE} to an item
 * whose history holds none of them (a sale rule to an item never sold). Such an item is passed over
 * without being judged, after a constant-time {@link Lifecycle#hasAny} test (one bit mask), since most
 * rules concern few of a ledger's items. The pack's tests check that each judgement indeed finds nothing in
 * such an item.
 *
 * <p>This class is immutable and thread-safe if its judgement is; its accumulators are not (each belongs to
 * one thread at a time, as {@link io.github.circularj.rules.Indicator} says).
 */
public final class TallyIndicator implements PortableIndicator<Lifecycle, TallyIndicator.Acc> {

    private final EventTypes about;
    private final Function<Lifecycle, Tally> judge;
    private final Function<Lifecycle, String> evidenceId;
    private final int limit;
    private final boolean count;

    private TallyIndicator(EventTypes about, Function<Lifecycle, Tally> judge, Function<Lifecycle, String> evidenceId,
            int limit, boolean count) {
        if (about.isEmpty()) {
            throw new IllegalArgumentException("about \"" + about + "\" is empty; an indicator is about at least one event type");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit \"" + limit + "\" is negative; an evidence limit is 0 or more");
        }
        this.about = about;
        this.judge = Objects.requireNonNull(judge, "judge");
        this.evidenceId = Objects.requireNonNull(evidenceId, "evidenceId");
        this.limit = limit;
        this.count = count;
    }

    /**
     * Obtains the share of records in scope that comply, judging the items that hold an event of a type
     * {@code about}.
     *
     * @param about the event types the rule is about, not empty
     * @param judge the judgement of one item, not null, stateless
     * @param limit the most offending item ids kept as evidence, zero or more
     * @return the indicator
     * @throws IllegalArgumentException if {@code about} is empty or the limit negative
     */
    public static TallyIndicator share(EventTypes about, Function<Lifecycle, Tally> judge, int limit) {
        return new TallyIndicator(about, judge, TallyIndicator::itemId, limit, false);
    }

    /**
     * Obtains the share of records in scope that comply, naming each offending item in the evidence as
     * {@code evidenceId} says, such as its id followed by what is missing.
     *
     * @param about the event types the rule is about, not empty
     * @param judge the judgement of one item, not null, stateless
     * @param evidenceId how an offending item is named in the evidence, not null, stateless; applied only to
     *     offending items
     * @param limit the most offending item ids kept as evidence, zero or more
     * @return the indicator
     * @throws IllegalArgumentException if {@code about} is empty or the limit negative
     */
    public static TallyIndicator share(EventTypes about, Function<Lifecycle, Tally> judge,
            Function<Lifecycle, String> evidenceId, int limit) {
        return new TallyIndicator(about, judge, evidenceId, limit, false);
    }

    private static String itemId(Lifecycle lifecycle) {
        return lifecycle.itemId().value();
    }

    /**
     * Obtains the number of items in scope with an offending record, judging the items that hold an event
     * of a type {@code about}.
     *
     * @param about the event types the rule is about, not empty
     * @param judge the judgement of one item, not null, stateless
     * @param limit the most offending item ids kept as evidence, zero or more
     * @return the indicator
     * @throws IllegalArgumentException if {@code about} is empty or the limit negative
     */
    public static TallyIndicator offendingItems(EventTypes about, Function<Lifecycle, Tally> judge, int limit) {
        return new TallyIndicator(about, judge, TallyIndicator::itemId, limit, true);
    }

    /**
     * Returns whether the history holds an event of one of the types this indicator is about, so must be
     * judged.
     *
     * @param lifecycle the history, not null
     * @return true if it must be judged
     */
    public boolean concerns(Lifecycle lifecycle) {
        return lifecycle.hasAny(about);
    }

    /**
     * Returns the judgement of one item, whether it concerns this indicator or not.
     *
     * @param lifecycle the history, not null
     * @return the tally
     */
    public Tally judge(Lifecycle lifecycle) {
        return judge.apply(lifecycle);
    }

    /** The counts and the offending items so far; opaque to callers. */
    public static final class Acc {

        long inScope;
        long complying;
        long offendingItems;
        final SmallestIds smallest;

        private Acc(SmallestIds smallest) {
            this.smallest = smallest;
        }
    }

    @Override
    public Acc start() {
        return new Acc(new SmallestIds(limit));
    }

    @Override
    public void accept(Acc acc, Lifecycle record) {
        if (!concerns(record)) {
            return; // its judgement would be Tally.NONE, which adds nothing
        }
        Tally t = judge.apply(record);
        acc.inScope += t.inScope();
        acc.complying += t.complying();
        if (t.offends()) {
            acc.offendingItems++;
            if (limit > 0) {
                acc.smallest.offer(evidenceId.apply(record));
            }
        }
    }

    @Override
    public Acc merge(Acc left, Acc right) {
        left.inScope += right.inScope;
        left.complying += right.complying;
        left.offendingItems += right.offendingItems;
        left.smallest.addAll(right.smallest);
        return left;
    }

    @Override
    public Measurement finish(Acc acc) {
        Evidence evidence = new Evidence(acc.offendingItems, acc.smallest.toList());
        if (count) {
            return acc.inScope == 0 ? Measurement.notApplicable(Unit.COUNT, "nothing in scope")
                    : Measurement.of(acc.offendingItems, Unit.COUNT, evidence);
        }
        return Measurement.share(acc.complying, acc.inScope, evidence);
    }

    @Override
    public void write(Acc acc, DataOutput out) throws IOException {
        out.writeLong(acc.inScope);
        out.writeLong(acc.complying);
        out.writeLong(acc.offendingItems);
        acc.smallest.write(out);
    }

    @Override
    public Acc read(DataInput in) throws IOException {
        long[] counts = PortableIndicator.readShare(in, "tally counts");
        long offending = PortableIndicator.readTotal(in, "offending items");
        Acc acc = new Acc(SmallestIds.read(in, limit));
        acc.inScope = counts[0];
        acc.complying = counts[1];
        acc.offendingItems = offending;
        return acc;
    }
}
