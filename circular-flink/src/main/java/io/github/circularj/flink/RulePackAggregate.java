package io.github.circularj.flink;

import io.github.circularj.rules.ScoringPlan;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Subject;
import java.util.Objects;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.function.SerializableFunction;

/**
 * A rule pack as a Flink {@link AggregateFunction}, keyed by subject: each element names its subject and holds one of
 * its records; the accumulator is the subject's {@link ScoringPlan} accumulator and the result the same
 * {@link Scorecard} as {@link io.github.circularj.rules.ComplianceEngine#score} gives for the subject's records.
 *
 * <pre>{@code
 * SubjectPlans<EnterpriseSubject, Lifecycle> plans =
 *         SubjectPlans.of(SecondhandPilot::enterprisePack, directory, asOf, 20);
 * RulePackAggregate<Lifecycle, EnterpriseSubject, Lifecycle> score = RulePackAggregate.overRecords(plans, subjectOf);
 * lifecycles.keyBy(subjectOf::apply)
 *         .window(GlobalWindows.createWithEndOfStreamTrigger())
 *         .aggregate(score, toReportLine, score.accumulatorType(), resultType, Types.STRING);
 * }</pre>
 *
 * <p>Pass {@link #accumulatorType()} to Flink: its serializer writes the accumulators field by field, so the job runs
 * with generic types disabled. Elements of two subjects in one accumulator are refused: key the stream by subject.
 * The input may be the record itself ({@link #overRecords}) or any form Flink can ship that gives one
 * ({@link #of}), such as a row a task turns into a record.
 *
 * @param <IN> the type of the elements
 * @param <S> the type of the subjects
 * @param <T> the type of the records
 */
public final class RulePackAggregate<IN, S extends Subject<T>, T> implements AggregateFunction<IN, SubjectAccumulator, Scorecard> {

    private static final long serialVersionUID = 1L;

    /** The plans of the pack for the subjects. */
    private final SubjectPlans<S, T> plans;
    /** The id of an element's subject. */
    private final SerializableFunction<IN, String> subjectOf;
    /** The record an element holds. */
    private final SerializableFunction<IN, T> recordOf;

    private RulePackAggregate(SubjectPlans<S, T> plans, SerializableFunction<IN, String> subjectOf,
            SerializableFunction<IN, T> recordOf) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.subjectOf = Objects.requireNonNull(subjectOf, "subjectOf");
        this.recordOf = Objects.requireNonNull(recordOf, "recordOf");
    }

    /**
     * Obtains the aggregate over elements that each give a subject id and a record.
     *
     * @param <IN> the type of the elements
     * @param <S> the type of the subjects
     * @param <T> the type of the records
     * @param plans the plans of the pack for the subjects, not null
     * @param subjectOf the id of an element's subject, not null, serializable
     * @param recordOf the record an element holds, not null, serializable
     * @return the aggregate
     */
    public static <IN, S extends Subject<T>, T> RulePackAggregate<IN, S, T> of(SubjectPlans<S, T> plans,
            SerializableFunction<IN, String> subjectOf, SerializableFunction<IN, T> recordOf) {
        return new RulePackAggregate<>(plans, subjectOf, recordOf);
    }

    /**
     * Obtains the aggregate over the records themselves.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of the records
     * @param plans the plans of the pack for the subjects, not null
     * @param subjectOf the id of a record's subject, not null, serializable
     * @return the aggregate
     */
    public static <S extends Subject<T>, T> RulePackAggregate<T, S, T> overRecords(SubjectPlans<S, T> plans,
            SerializableFunction<T, String> subjectOf) {
        return new RulePackAggregate<>(plans, subjectOf, r -> r);
    }

    /**
     * Returns the type information of the accumulators, to pass to Flink.
     *
     * @return the type
     */
    public TypeInformation<SubjectAccumulator> accumulatorType() {
        return new SubjectAccumulatorType<>(plans);
    }

    @Override
    public SubjectAccumulator createAccumulator() {
        return new SubjectAccumulator();
    }

    /**
     * Folds an element's record into the accumulator of its subject.
     *
     * @throws IllegalArgumentException if the accumulator holds another subject's records
     */
    @Override
    public SubjectAccumulator add(IN value, SubjectAccumulator accumulator) {
        String id = Objects.requireNonNull(subjectOf.apply(value), "subject id");
        ScoringPlan<T> plan = plans.planFor(id);
        if (accumulator.isEmpty()) {
            accumulator.set(id, plan.start());
        } else {
            sameSubject(accumulator.id(), id);
        }
        plan.accept(accumulator.acc(), recordOf.apply(value));
        return accumulator;
    }

    /**
     * Scores the subject's records.
     *
     * @throws IllegalStateException if the accumulator holds no record
     */
    @Override
    public Scorecard getResult(SubjectAccumulator accumulator) {
        if (accumulator.isEmpty()) {
            throw new IllegalStateException("accumulator holds no record; a subject is scored from at least one");
        }
        return plans.planFor(accumulator.id()).scorecard(accumulator.acc());
    }

    /**
     * Merges the accumulators of two parts of one subject's records.
     *
     * @throws IllegalArgumentException if they hold different subjects' records
     */
    @Override
    public SubjectAccumulator merge(SubjectAccumulator a, SubjectAccumulator b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        sameSubject(a.id(), b.id());
        ScoringPlan<T> plan = plans.planFor(a.id());
        a.set(a.id(), plan.merge(a.acc(), b.acc()));
        return a;
    }

    private static void sameSubject(String held, String other) {
        if (!held.equals(other)) {
            throw new IllegalArgumentException("element of subject \"" + other + "\" met the accumulator of subject \""
                    + held + "\"; key the stream by subject");
        }
    }
}
