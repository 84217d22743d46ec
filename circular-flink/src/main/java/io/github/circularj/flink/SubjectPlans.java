package io.github.circularj.flink;

import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.ScoringPlan;
import io.github.circularj.rules.Subject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Nullable;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.flink.util.function.SerializableSupplier;

/**
 * How a Flink task finds the {@link ScoringPlan} of a subject from its id: a pack, the subjects' non-record data
 * (an enterprise, its profile and ledger report) by id, an as-of date and an evidence limit. It travels with the
 * job graph and with the accumulator serializer's snapshot, so everything it holds is serializable: the pack and
 * the subjects come from serializable functions (a method reference such as {@code SecondhandPilot::enterprisePack}),
 * never as values.
 *
 * <p>Plans are made once per subject and task and kept (a few kilobytes each). This class is thread-safe.
 *
 * @param <S> the type of the subjects
 * @param <T> the type of their records
 */
public final class SubjectPlans<S extends Subject<T>, T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Supplies the pack on each task. */
    private final SerializableSupplier<RulePack<S, T>> pack;
    /** Finds a subject's non-record data by its id. */
    private final SerializableFunction<String, S> subjects;
    /** The date to judge as of; null when each subject's date comes from its key's period. */
    @Nullable
    private final LocalDate asOf;
    /**
     * For subjects keyed by enterprise and period: the days after a period's last day that it is judged as of
     * ({@link PeriodScoringJob.AsOfRule}); null for one date.
     */
    @Nullable
    private final Integer byPeriod;
    /** The most offending ids a finding lists. */
    private final int evidenceLimit;
    private transient volatile Map<String, ScoringPlan<T>> plans;
    private transient volatile ComplianceEngine engine;
    private transient volatile RulePack<S, T> resolvedPack;

    private SubjectPlans(SerializableSupplier<RulePack<S, T>> pack, SerializableFunction<String, S> subjects,
            @Nullable LocalDate asOf, @Nullable Integer byPeriod, int evidenceLimit) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.subjects = Objects.requireNonNull(subjects, "subjects");
        if ((asOf == null) == (byPeriod == null)) {
            throw new IllegalArgumentException("plans are dated by one date or by their periods, not both nor neither");
        }
        this.asOf = asOf;
        this.byPeriod = byPeriod;
        if (evidenceLimit < 0) {
            throw new IllegalArgumentException("evidenceLimit \"" + evidenceLimit + "\" is negative; it must be 0 or more");
        }
        this.evidenceLimit = evidenceLimit;
    }

    /**
     * Obtains the plans of a pack for subjects found by id.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param pack supplies the pack on each task, not null, serializable
     * @param subjects finds a subject's non-record data by its id, not null, serializable; its records are not read
     * @param asOf the date to judge as of, not null, within the pack's effective period
     * @param evidenceLimit the most offending ids a finding lists, zero or more (the engine's default is 20)
     * @return the plans
     * @throws IllegalArgumentException if the limit is negative
     */
    public static <S extends Subject<T>, T> SubjectPlans<S, T> of(SerializableSupplier<RulePack<S, T>> pack,
            SerializableFunction<String, S> subjects, LocalDate asOf, int evidenceLimit) {
        return new SubjectPlans<>(pack, subjects, Objects.requireNonNull(asOf, "asOf"), null, evidenceLimit);
    }

    /**
     * Obtains the plans of subjects keyed by subject id and reporting period ({@code id|period}, see
     * {@link PeriodScoringJob#key}), each judged as of the date the rule gives its period.
     */
    static <S extends Subject<T>, T> SubjectPlans<S, T> byPeriod(SerializableSupplier<RulePack<S, T>> pack,
            SerializableFunction<String, S> subjects, PeriodScoringJob.AsOfRule rule, int evidenceLimit) {
        return new SubjectPlans<>(pack, subjects, null, rule.daysAfterEnd(), evidenceLimit);
    }

    /**
     * Returns the as-of date.
     *
     * @return the date
     * @throws IllegalStateException if the plans are dated by their periods (see {@link #asOf(String)})
     */
    public LocalDate asOf() {
        if (asOf == null) {
            throw new IllegalStateException("these plans are dated by their subjects' periods; ask asOf(subjectId)");
        }
        return asOf;
    }

    /**
     * Returns the as-of date of a subject's plan: the one date, or the date the as-of rule gives the period of the
     * subject's key.
     *
     * @param subjectId the subject's id (its key), not null
     * @return the date
     */
    public LocalDate asOf(String subjectId) {
        return asOf != null ? asOf : new PeriodScoringJob.AsOfRule(byPeriod).asOf(PeriodScoringJob.periodOf(subjectId));
    }

    /**
     * Returns the evidence limit.
     *
     * @return the limit
     */
    public int evidenceLimit() {
        return evidenceLimit;
    }

    /**
     * Returns the pack, made once per task.
     *
     * @return the pack
     */
    public RulePack<S, T> pack() {
        RulePack<S, T> p = resolvedPack;
        if (p == null) {
            p = Objects.requireNonNull(pack.get(), "the pack supplier gave no pack");
            resolvedPack = p;
        }
        return p;
    }

    /**
     * Returns the engine the plans are made with: the evidence limit, one thread.
     *
     * @return the engine
     */
    public ComplianceEngine engine() {
        ComplianceEngine e = engine;
        if (e == null) {
            e = ComplianceEngine.builder().evidenceLimit(evidenceLimit).build();
            engine = e;
        }
        return e;
    }

    /**
     * Returns the plan of a subject, made on first use.
     *
     * @param subjectId the subject's id, not null
     * @return the plan
     * @throws IllegalArgumentException if the subject function finds no subject, or one of another id
     */
    public ScoringPlan<T> planFor(String subjectId) {
        Map<String, ScoringPlan<T>> cache = plans;
        if (cache == null) {
            synchronized (this) {
                if (plans == null) {
                    plans = new ConcurrentHashMap<>();
                }
                cache = plans;
            }
        }
        return cache.computeIfAbsent(subjectId, this::plan);
    }

    private ScoringPlan<T> plan(String subjectId) {
        S subject = subjects.apply(subjectId);
        String id = byPeriod == null ? subjectId : PeriodScoringJob.idOf(subjectId);
        if (subject == null || !subject.id().equals(id)) {
            throw new IllegalArgumentException("subject \"" + subjectId + "\" is " + (subject == null ? "unknown"
                    : "found as \"" + subject.id() + "\"") + "; the subject function must give the subject of each id it is asked");
        }
        return engine().plan(subject, pack(), asOf(subjectId));
    }

    /**
     * Returns whether another object plans with a pack of the same id and version, as of the same date and with the
     * same evidence limit: then their accumulators are alike. (The functions themselves cannot be compared: a
     * deserialized method reference is another object of another class.)
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectPlans<?, ?> p && Objects.equals(p.asOf, asOf) && Objects.equals(p.byPeriod, byPeriod)
                && p.evidenceLimit == evidenceLimit
                && p.pack().id().equals(pack().id()) && p.pack().version().equals(pack().version());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(asOf, byPeriod, evidenceLimit, pack().id(), pack().version());
    }

    /**
     * Returns the plans as text: the as-of date and evidence limit.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "SubjectPlans[as of " + (asOf != null ? asOf : new PeriodScoringJob.AsOfRule(byPeriod)) + ", evidence limit "
                + evidenceLimit + "]";
    }
}
