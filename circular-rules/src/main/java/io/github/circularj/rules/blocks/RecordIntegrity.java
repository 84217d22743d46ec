package io.github.circularj.rules.blocks;

import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.PortableIndicator;
import io.github.circularj.rules.Measurement;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * The share of the records submitted for a subject that were accepted: those its records hold, counted in
 * the pass, against those a {@link LedgerReport} says were rejected. The evidence is the rejected events
 * (id and reason), the smallest ids among those the report kept, up to a limit; the measurement's detail counts
 * the rejections by reason, every one, kept or not.
 *
 * <p>So what a ledger refused is seen by the score: a rejected event lowers this share instead of vanishing.
 * With no report (a ledger made from lifecycles validated one by one) nothing was rejected.
 *
 * <p>This class is immutable and thread-safe; its accumulators are not (one thread at a time).
 *
 * @param <T> the type of the records
 */
public final class RecordIntegrity<T> implements PortableIndicator<T, long[]> {

    private final ToLongFunction<? super T> acceptedIn;
    private final long rejected;
    private final Evidence evidence;
    private final String byReason;

    private RecordIntegrity(ToLongFunction<? super T> acceptedIn, long rejected, Evidence evidence, String byReason) {
        this.acceptedIn = Objects.requireNonNull(acceptedIn, "acceptedIn");
        this.rejected = rejected;
        this.evidence = evidence;
        this.byReason = byReason;
    }

    /**
     * Obtains the indicator for the records of one subject.
     *
     * @param <T> the type of the records
     * @param acceptedIn the number of accepted submissions one record holds (a lifecycle's events), not null
     * @param report the report of what was submitted, empty when nothing could have been rejected
     * @param limit the most rejected event ids kept as evidence, zero or more
     * @return the indicator
     * @throws IllegalArgumentException if the limit is negative
     */
    public static <T> RecordIntegrity<T> of(ToLongFunction<? super T> acceptedIn, Optional<LedgerReport> report, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit \"" + limit + "\" is negative; an evidence limit is 0 or more");
        }
        if (report.isEmpty()) {
            return new RecordIntegrity<>(acceptedIn, 0, Evidence.none(), "");
        }
        LedgerReport r = report.get();
        TreeSet<String> ids = new TreeSet<>();
        for (RejectedEvent e : r.rejected()) {
            ids.add(e.event().id() + " (" + label(e.reason()) + ")");
            if (ids.size() > limit) {
                ids.pollLast();
            }
        }
        long rejected = r.submitted() - r.accepted();
        List<String> parts = new ArrayList<>();
        r.rejectedByReason().forEach((reason, n) -> parts.add(n + " " + label(reason)));
        if (r.unreadableCount() > 0) {
            parts.add(r.unreadableCount() + " unreadable");
        }
        return new RecordIntegrity<>(acceptedIn, rejected, new Evidence(rejected, new ArrayList<>(ids)),
                String.join(", ", parts));
    }

    private static String label(RejectedEvent.Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public long[] start() {
        return new long[1];
    }

    @Override
    public void accept(long[] acc, T record) {
        acc[0] += acceptedIn.applyAsLong(record);
    }

    @Override
    public long[] merge(long[] left, long[] right) {
        left[0] += right[0];
        return left;
    }

    @Override
    public Measurement finish(long[] acc) {
        long submitted = acc[0] + rejected;
        Measurement share = Measurement.share(acc[0], submitted, evidence);
        return share.isNotApplicable() || byReason.isEmpty() ? share : share.withDetail(byReason);
    }

    @Override
    public void write(long[] acc, DataOutput out) throws IOException {
        out.writeLong(acc[0]);
    }

    @Override
    public long[] read(DataInput in) throws IOException {
        return new long[] {PortableIndicator.readTotal(in, "accepted submissions")};
    }
}
