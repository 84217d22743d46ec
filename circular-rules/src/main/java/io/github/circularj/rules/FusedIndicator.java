package io.github.circularj.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicators of all applicable rules of one evaluation fused into one, so that the records are read
 * in a single pass. The accumulator is an array of the rules' accumulators.
 *
 * <p>Immutable and thread-safe; its accumulators are confined to one thread at a time.
 *
 * @param <T> the type of the records
 */
final class FusedIndicator<T> {

    // An array, not a list: accept() runs once per record and lane, the engine's innermost loop.
    private final Lane<T, ?>[] lanes;

    // Safe: the array is filled from a list of lanes over T and never escapes this object.
    @SuppressWarnings("unchecked")
    FusedIndicator(List<Lane<T, ?>> lanes) {
        this.lanes = lanes.toArray(Lane[]::new);
    }

    Object[] start() {
        Object[] accs = new Object[lanes.length];
        for (int i = 0; i < accs.length; i++) {
            accs[i] = lanes[i].start();
        }
        return accs;
    }

    void accept(Object[] acc, T record) {
        for (int i = 0; i < acc.length; i++) {
            lanes[i].accept(acc[i], record);
        }
    }

    Object[] merge(Object[] left, Object[] right) {
        for (int i = 0; i < left.length; i++) {
            left[i] = lanes[i].merge(left[i], right[i]);
        }
        return left;
    }

    /** Per lane, its rule id and its indicator's class: two plans whose layouts are equal share accumulators. */
    List<String> layout() {
        List<String> out = new ArrayList<>(lanes.length);
        for (Lane<T, ?> lane : lanes) {
            out.add(lane.ruleId.value() + "=" + lane.indicator.getClass().getName());
        }
        return List.copyOf(out);
    }

    /** The rule id of the first lane whose indicator is not portable, if any. */
    java.util.Optional<RuleId> firstNotPortable() {
        for (Lane<T, ?> lane : lanes) {
            if (!(lane.indicator instanceof PortableIndicator)) {
                return java.util.Optional.of(lane.ruleId);
            }
        }
        return java.util.Optional.empty();
    }

    int laneCount() {
        return lanes.length;
    }

    void write(Object[] acc, DataOutput out) throws IOException {
        for (int i = 0; i < acc.length; i++) {
            lanes[i].write(acc[i], out);
        }
    }

    Object[] read(DataInput in) throws IOException {
        Object[] accs = new Object[lanes.length];
        for (int i = 0; i < accs.length; i++) {
            accs[i] = lanes[i].read(in);
        }
        return accs;
    }

    Measurement[] finishAll(Object[] acc) {
        Measurement[] out = new Measurement[acc.length];
        for (int i = 0; i < acc.length; i++) {
            out[i] = lanes[i].finish(acc[i]);
        }
        return out;
    }

    /**
     * One rule's indicator, with its accumulator type erased so that lanes of different types fit one array.
     *
     * @param <T> the type of the records
     * @param <A> the rule indicator's accumulator type
     */
    static final class Lane<T, A> {
        private final RuleId ruleId;
        private final Indicator<T, A> indicator;

        Lane(RuleId ruleId, Indicator<T, A> indicator) {
            this.ruleId = ruleId;
            this.indicator = indicator;
        }

        Object start() {
            return indicator.start();
        }

        // Safe: every Object handed back to a lane came from the same lane's start() or merge().
        @SuppressWarnings("unchecked")
        private A own(Object acc) {
            return (A) acc;
        }

        void accept(Object acc, T record) {
            try {
                indicator.accept(own(acc), record);
            } catch (ClassCastException e) {
                throw new IllegalArgumentException("rule " + ruleId + ": its indicator does not fit the records"
                        + " of the subject (" + e.getMessage() + ")", e);
            }
        }

        Object merge(Object left, Object right) {
            return indicator.merge(own(left), own(right));
        }

        Measurement finish(Object acc) {
            return indicator.finish(own(acc));
        }

        private PortableIndicator<T, A> portable() {
            if (indicator instanceof PortableIndicator<T, A> p) {
                return p;
            }
            throw new IllegalStateException("rule " + ruleId + ": its indicator " + indicator.getClass().getName()
                    + " is not a PortableIndicator; its accumulator cannot be written or read");
        }

        void write(Object acc, DataOutput out) throws IOException {
            portable().write(own(acc), out);
        }

        Object read(DataInput in) throws IOException {
            return portable().read(in);
        }
    }
}
