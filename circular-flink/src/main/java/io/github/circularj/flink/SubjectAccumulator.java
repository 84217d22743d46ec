package io.github.circularj.flink;

import io.github.circularj.rules.ScoringPlan;
import java.util.Objects;
import java.util.Optional;

/**
 * The accumulator of a {@link RulePackAggregate}: the subject whose records it holds and its plan's accumulator,
 * both empty until the first record. Flink stores and ships it with {@link SubjectAccumulatorSerializer}.
 *
 * <p>Mutable and confined to one task thread at a time, as Flink's accumulators are.
 */
public final class SubjectAccumulator {

    private String subjectId;
    private ScoringPlan.Accumulator lanes;

    /** Makes an empty accumulator: no subject yet. */
    public SubjectAccumulator() {
    }

    SubjectAccumulator(String subjectId, ScoringPlan.Accumulator lanes) {
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.lanes = Objects.requireNonNull(lanes, "lanes");
    }

    /**
     * Returns the id of the subject whose records this holds.
     *
     * @return the id, empty before the first record
     */
    public Optional<String> subjectId() {
        return Optional.ofNullable(subjectId);
    }

    /**
     * Returns the plan's accumulator.
     *
     * @return the accumulator, empty before the first record
     */
    public Optional<ScoringPlan.Accumulator> lanes() {
        return Optional.ofNullable(lanes);
    }

    boolean isEmpty() {
        return subjectId == null;
    }

    String id() {
        return subjectId;
    }

    ScoringPlan.Accumulator acc() {
        return lanes;
    }

    void set(String id, ScoringPlan.Accumulator acc) {
        this.subjectId = id;
        this.lanes = acc;
    }

    /**
     * Returns the accumulator as text: its subject, or that it is empty.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return subjectId == null ? "SubjectAccumulator[empty]" : "SubjectAccumulator[" + subjectId + "]";
    }
}
