package io.github.circularj.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One subject's evaluation planned without reading its records, for a caller that feeds the records itself:
 * which rules of the pack apply as of the date, and their indicators fused into one accumulator. It has the
 * shape of a distributed engine's aggregate function: {@link #start()}, {@link #accept(Accumulator, Object)},
 * {@link #merge(Accumulator, Accumulator)} and {@link #scorecard(Accumulator)}; the accumulator can leave the
 * JVM through {@link #write(Accumulator, DataOutput)} and {@link #read(DataInput)} when every indicator of the
 * plan is a {@link PortableIndicator}, as every built-in is.
 *
 * <pre>{@code
 * ScoringPlan<Lifecycle> plan = engine.plan(subject, pack, asOf);
 * ScoringPlan.Accumulator left = plan.start();
 * firstHalf.forEach(r -> plan.accept(left, r));
 * ScoringPlan.Accumulator right = plan.start();
 * secondHalf.forEach(r -> plan.accept(right, r));
 * Scorecard card = plan.scorecard(plan.merge(left, right));   // equals engine.score(subject, pack, asOf)
 * }</pre>
 *
 * <p><b>Plans that share accumulators.</b> Each accumulator knows the {@linkplain #layout() layout} of the plan
 * that started or read it: per lane, the rule and the class of its indicator. A plan accepts, merges, writes
 * and scores any accumulator of an equal layout, not only its own. This is what a distributed job needs when a
 * subject's non-record data is completed while its records stream: a plan made for part of the subject (an
 * enterprise with the rejections of one item) accumulates that part, and the plan of the whole subject (with
 * every rejection) merges the parts and scores them. It is sound for indicators that follow the
 * {@link Indicator} contract and bind from the subject only what their {@code finish} reads (as the built-ins
 * do) or what concerns the records they accept; the plans must be of the same pack, as-of date and evidence
 * limit, which the layout check enforces together with the rules.
 *
 * <p>The plan is immutable and thread-safe; its accumulators are mutable and confined to one thread at a time.
 *
 * @param <T> the type of the records
 */
public final class ScoringPlan<T> {

    /** The format of {@link #write}: a version number first, so that a later format can read this one. */
    public static final int FORMAT_VERSION = 1;

    private final ComplianceEngine.Evaluation<?, T> evaluation;
    private final FusedIndicator<T> fused;
    private final Layout layout;

    ScoringPlan(ComplianceEngine.Evaluation<?, T> evaluation) {
        this.evaluation = evaluation;
        this.fused = evaluation.indicator();
        this.layout = new Layout(evaluation.packLabel(), fused.layout());
    }

    /**
     * The lanes of a plan: the pack, the as-of date and evidence limit, and per lane the rule and the class of its
     * indicator. Plans of equal layouts share accumulators.
     *
     * @param pack the pack's id and version, the as-of date and the evidence limit as text
     * @param lanes per lane, {@code ruleId=indicatorClass}; the last lane is the engine's own record count
     */
    public record Layout(String pack, List<String> lanes) {

        /**
         * Validates a layout.
         *
         * @param pack the pack as text, not null
         * @param lanes the lanes, not null; copied
         */
        public Layout {
            Objects.requireNonNull(pack, "pack");
            lanes = List.copyOf(lanes);
        }
    }

    /**
     * A plan's mutable accumulator: the accumulators of its rules' indicators and of the engine's record count.
     * Opaque; confined to one thread at a time.
     */
    public static final class Accumulator {
        private final Layout layout;
        private Object[] lanes;

        private Accumulator(Layout layout, Object[] lanes) {
            this.layout = layout;
            this.lanes = lanes;
        }

        /**
         * Returns the layout of the plan that made this accumulator.
         *
         * @return the layout
         */
        public Layout layout() {
            return layout;
        }
    }

    /**
     * Returns the id of the subject the plan was made for.
     *
     * @return the subject's id
     */
    public String subjectId() {
        return evaluation.subjectId();
    }

    /**
     * Returns the plan's layout.
     *
     * @return the layout
     */
    public Layout layout() {
        return layout;
    }

    /**
     * Returns whether the plan's accumulators can be written and read: every indicator is a {@link PortableIndicator}.
     *
     * @return true if {@link #write} and {@link #read} work
     */
    public boolean isPortable() {
        return fused.firstNotPortable().isEmpty();
    }

    /**
     * Returns the first rule whose indicator is not portable, if any: what keeps {@link #write} from working.
     *
     * @return the rule's id, or empty if the plan is portable
     */
    public Optional<RuleId> firstNotPortable() {
        return fused.firstNotPortable();
    }

    /**
     * Makes a new, empty accumulator.
     *
     * @return the accumulator
     */
    public Accumulator start() {
        return new Accumulator(layout, fused.start());
    }

    /**
     * Folds one record into an accumulator.
     *
     * @param acc an accumulator of an equal layout, not null
     * @param record one of the subject's records, not null
     * @throws IllegalArgumentException if the accumulator's layout differs from the plan's, or a rule's
     *     indicator cannot read the record
     */
    public void accept(Accumulator acc, T record) {
        fused.accept(own(acc).lanes, record);
    }

    /**
     * Combines two accumulators of disjoint parts of the records; may reuse either argument.
     *
     * @param left the accumulator of one part, of an equal layout, not null
     * @param right the accumulator of another part, of an equal layout, not null
     * @return the accumulator of both parts
     * @throws IllegalArgumentException if a layout differs from the plan's
     */
    public Accumulator merge(Accumulator left, Accumulator right) {
        own(left).lanes = fused.merge(left.lanes, own(right).lanes);
        return left;
    }

    /**
     * Judges and scores the records of an accumulator, with the subject this plan was made for. For the
     * accumulation of all the subject's records this equals {@link ComplianceEngine#score}.
     *
     * @param acc the accumulator, of an equal layout, not null; not changed
     * @return the scorecard
     * @throws IllegalArgumentException if the accumulator's layout differs from the plan's
     */
    public Scorecard scorecard(Accumulator acc) {
        return evaluation.scorecard(own(acc).lanes);
    }

    /**
     * Writes an accumulator: the format version, the number of lanes, then each lane's fields as its
     * {@link PortableIndicator} writes them. Equal accumulators give equal bytes.
     *
     * @param acc the accumulator, of an equal layout, not null; not changed
     * @param out where to write, not null
     * @throws IOException if the output fails
     * @throws IllegalArgumentException if the accumulator's layout differs from the plan's
     * @throws IllegalStateException if an indicator of the plan is not portable (see {@link #firstNotPortable()})
     */
    public void write(Accumulator acc, DataOutput out) throws IOException {
        own(acc);
        Objects.requireNonNull(out, "out");
        out.writeInt(FORMAT_VERSION);
        out.writeInt(fused.laneCount());
        fused.write(acc.lanes, out);
    }

    /**
     * Reads an accumulator that a plan of an equal layout wrote.
     *
     * @param in where to read, not null
     * @return the accumulator, of this plan's layout
     * @throws IOException if the input fails, or holds another format version, another number of lanes or a
     *     lane an indicator refuses
     * @throws IllegalStateException if an indicator of the plan is not portable (see {@link #firstNotPortable()})
     */
    public Accumulator read(DataInput in) throws IOException {
        Objects.requireNonNull(in, "in");
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("accumulator format version \"" + version + "\" is not " + FORMAT_VERSION
                    + "; this library reads only its own format");
        }
        int lanes = in.readInt();
        if (lanes != fused.laneCount()) {
            throw new IOException("accumulator lanes \"" + lanes + "\" differ from the " + fused.laneCount()
                    + " lanes of the plan for " + subjectId() + " (" + layout.pack() + "); it was written by another plan");
        }
        return new Accumulator(layout, fused.read(in));
    }

    private Accumulator own(Accumulator acc) {
        Objects.requireNonNull(acc, "acc");
        if (acc.layout != layout && !acc.layout.equals(layout)) {
            throw new IllegalArgumentException("accumulator of layout \"" + acc.layout.pack() + ", " + acc.layout.lanes().size()
                    + " lanes\" differs from the layout of the plan for " + subjectId() + " (" + layout.pack() + ", "
                    + layout.lanes().size() + " lanes); plans share accumulators only when their rules and indicators are equal");
        }
        return acc;
    }

    /**
     * Returns the plan as text: the subject, the pack and the number of lanes.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ScoringPlan[" + subjectId() + ", " + layout.pack() + ", " + layout.lanes().size() + " lanes]";
    }
}
