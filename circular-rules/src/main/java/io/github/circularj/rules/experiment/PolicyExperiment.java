package io.github.circularj.rules.experiment;

import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.DerivedSubject;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares a baseline rule pack with a variant over one population: "if the data-erasure target becomes
 * 100 % now, which enterprises change band?"
 *
 * <pre>{@code
 * RulePack<Shop, Item> variant = baseline.withTarget(DATA_ERASURE, Target.atLeast(1.0, Unit.SHARE))
 *         .withVersion("2025.1-erasure-100");
 * ExperimentResult result = PolicyExperiment.compare(baseline, variant, shops, LocalDate.of(2026, 6, 1));
 * result.migration().count(Band.COMPLIANT, Band.NON_COMPLIANT);
 * }</pre>
 *
 * <p>The variant is usually derived from the baseline ({@link RulePack#withTarget}, {@link
 * RulePack#withWeight}, {@link RulePack#withoutRule} …), so the two may share id and version; give the
 * variant another version with {@link RulePack#withVersion} to tell their scorecards apart. Both packs
 * must be effective on the as-of date; this is checked before the population is read.
 *
 * <p><b>Populations.</b> A population is any {@link Iterable} (a {@code List}, or a lazy source) or a
 * {@link Stream}, read once, in order. Each subject is scored against both packs and then dropped: the
 * result keeps the two scorecards (whose evidence is bounded), never the subject or its records, and no
 * more than one batch of subjects (16 per thread) is held at once. So a population may be streamed from
 * a file or a database. A stream is consumed but not closed: the caller closes it. Subject ids must be
 * unique within a population.
 *
 * <p><b>Parallelism.</b> With an engine whose {@link ComplianceEngine#parallelism()} is above 1, subjects
 * are scored on that many threads. The result is the same whatever the thread count or the order of the
 * population: see {@link ExperimentResult}.
 *
 * <p><b>Derived populations.</b> Subjects scored from other subjects' scorecards (a city from its
 * enterprises') are compared with {@link #compareDerived}: each subject is re-derived under each side's
 * constituent pack before it is scored.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PolicyExperiment {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyExperiment.class);

    private PolicyExperiment() {
    }

    /**
     * Compares two packs over a population with the default engine (no parallelism, evidence limit 20).
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param baseline the pack as it is, not null
     * @param variant the pack as it might be, not null
     * @param population the subjects, not null, no null elements, ids unique; read once
     * @param asOf the date to judge as of, not null, within both packs' effective periods
     * @return the result, comparisons sorted by subject id
     * @throws IllegalArgumentException if the date is outside a pack's effective period, two subjects share
     *     an id, or a rule does not fit a subject
     */
    public static <S extends Subject<T>, T> ExperimentResult compare(RulePack<S, T> baseline, RulePack<S, T> variant,
            Iterable<? extends S> population, LocalDate asOf) {
        return compare(ComplianceEngine.create(), baseline, variant, population, asOf);
    }

    /**
     * Compares two packs over a streamed population with the default engine.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param baseline the pack as it is, not null
     * @param variant the pack as it might be, not null
     * @param population the subjects, not null, no null elements, ids unique; consumed, not closed
     * @param asOf the date to judge as of, not null, within both packs' effective periods
     * @return the result, comparisons sorted by subject id
     * @throws IllegalArgumentException if the date is outside a pack's effective period, two subjects share
     *     an id, or a rule does not fit a subject
     */
    public static <S extends Subject<T>, T> ExperimentResult compare(RulePack<S, T> baseline, RulePack<S, T> variant,
            Stream<? extends S> population, LocalDate asOf) {
        return compare(ComplianceEngine.create(), baseline, variant, population, asOf);
    }

    /**
     * Compares two packs over a population with an engine of one's choosing, for its parallelism and
     * evidence limit.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param engine the engine, not null
     * @param baseline the pack as it is, not null
     * @param variant the pack as it might be, not null
     * @param population the subjects, not null, no null elements, ids unique; read once
     * @param asOf the date to judge as of, not null, within both packs' effective periods
     * @return the result, comparisons sorted by subject id
     * @throws IllegalArgumentException if the date is outside a pack's effective period, two subjects share
     *     an id, or a rule does not fit a subject
     */
    public static <S extends Subject<T>, T> ExperimentResult compare(ComplianceEngine engine, RulePack<S, T> baseline,
            RulePack<S, T> variant, Iterable<? extends S> population, LocalDate asOf) {
        Objects.requireNonNull(population, "population");
        return run(engine, baseline, variant, population.iterator(), asOf);
    }

    /**
     * Compares two packs over a streamed population with an engine of one's choosing.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param engine the engine, not null
     * @param baseline the pack as it is, not null
     * @param variant the pack as it might be, not null
     * @param population the subjects, not null, no null elements, ids unique; consumed, not closed
     * @param asOf the date to judge as of, not null, within both packs' effective periods
     * @return the result, comparisons sorted by subject id
     * @throws IllegalArgumentException if the date is outside a pack's effective period, two subjects share
     *     an id, or a rule does not fit a subject
     */
    public static <S extends Subject<T>, T> ExperimentResult compare(ComplianceEngine engine, RulePack<S, T> baseline,
            RulePack<S, T> variant, Stream<? extends S> population, LocalDate asOf) {
        Objects.requireNonNull(population, "population");
        return run(engine, baseline, variant, population.iterator(), asOf);
    }

    private static <S extends Subject<T>, T> ExperimentResult run(ComplianceEngine engine, RulePack<S, T> baseline,
            RulePack<S, T> variant, Iterator<? extends S> population, LocalDate asOf) {
        Objects.requireNonNull(engine, "engine");
        checkEffective(baseline, "baseline", asOf);
        checkEffective(variant, "variant", asOf);
        return collect(baseline, variant, asOf, population, engine.parallelism(),
                s -> new SubjectComparison(engine.score(s, baseline, asOf), engine.score(s, variant, asOf)));
    }

    /**
     * Compares two packs over a population of derived subjects (such as cities scored from their
     * enterprises' scorecards) with the default engine. See
     * {@link #compareDerived(ComplianceEngine, RulePack, RulePack, RulePack, RulePack, Iterable, LocalDate)}.
     *
     * @param <E> the type of the constituents, such as enterprises
     * @param <R> the type of the constituents' records
     * @param <S> the type of the derived subjects, such as cities
     * @param <T> the type of the derived subjects' records
     * @param baselineConstituents the constituents' pack as it is, not null
     * @param variantConstituents the constituents' pack as it might be, not null
     * @param baseline the derived subjects' pack as it is, not null
     * @param variant the derived subjects' pack as it might be, not null (often the same as {@code baseline})
     * @param population the derivations, not null, no null elements; read once
     * @param asOf the date to judge as of, not null, within all four packs' effective periods
     * @return the result over the derived subjects, sorted by subject id
     * @throws IllegalArgumentException if the date is outside a pack's effective period, two derived
     *     subjects share an id, a derivation gives different ids on the two sides, or a rule does not fit
     */
    public static <E extends Subject<R>, R, S extends Subject<T>, T> ExperimentResult compareDerived(
            RulePack<E, R> baselineConstituents, RulePack<E, R> variantConstituents, RulePack<S, T> baseline,
            RulePack<S, T> variant, Iterable<? extends DerivedSubject<E, ? extends S>> population, LocalDate asOf) {
        return compareDerived(ComplianceEngine.create(), baselineConstituents, variantConstituents, baseline, variant,
                population, asOf);
    }

    /**
     * Compares two packs over a population of derived subjects: each derivation is run twice, once with a
     * scorer for {@code baselineConstituents} and once with a scorer for {@code variantConstituents}; the
     * first subject is scored against {@code baseline} and the second against {@code variant}. To ask
     * "which cities change band if the enterprises' data-erasure target becomes 100 %", pass the enterprise
     * pack and its variant, and the city pack twice.
     *
     * <p>The constituents and derived subjects are dropped once scored; the result keeps only the derived
     * subjects' scorecards. A derivation (constituents and all) runs on one of the engine's threads.
     *
     * @param <E> the type of the constituents, such as enterprises
     * @param <R> the type of the constituents' records
     * @param <S> the type of the derived subjects, such as cities
     * @param <T> the type of the derived subjects' records
     * @param engine the engine, not null
     * @param baselineConstituents the constituents' pack as it is, not null
     * @param variantConstituents the constituents' pack as it might be, not null
     * @param baseline the derived subjects' pack as it is, not null
     * @param variant the derived subjects' pack as it might be, not null (often the same as {@code baseline})
     * @param population the derivations, not null, no null elements; read once
     * @param asOf the date to judge as of, not null, within all four packs' effective periods
     * @return the result over the derived subjects, sorted by subject id
     * @throws IllegalArgumentException if the date is outside a pack's effective period, two derived
     *     subjects share an id, a derivation gives different ids on the two sides, or a rule does not fit
     */
    public static <E extends Subject<R>, R, S extends Subject<T>, T> ExperimentResult compareDerived(
            ComplianceEngine engine, RulePack<E, R> baselineConstituents, RulePack<E, R> variantConstituents,
            RulePack<S, T> baseline, RulePack<S, T> variant,
            Iterable<? extends DerivedSubject<E, ? extends S>> population, LocalDate asOf) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(population, "population");
        checkEffective(baselineConstituents, "baseline constituent", asOf);
        checkEffective(variantConstituents, "variant constituent", asOf);
        checkEffective(baseline, "baseline", asOf);
        checkEffective(variant, "variant", asOf);
        Function<E, Scorecard> before = e -> engine.score(e, baselineConstituents, asOf);
        Function<E, Scorecard> after = e -> engine.score(e, variantConstituents, asOf);
        return collect(baseline, variant, asOf, population.iterator(), engine.parallelism(), d -> {
            S b = Objects.requireNonNull(d.derive(before), "derived subject");
            S v = Objects.requireNonNull(d.derive(after), "derived subject");
            return new SubjectComparison(engine.score(b, baseline, asOf), engine.score(v, variant, asOf));
        });
    }

    private static <X> ExperimentResult collect(RulePack<?, ?> baseline, RulePack<?, ?> variant, LocalDate asOf,
            Iterator<? extends X> population, int parallelism, Function<? super X, SubjectComparison> work) {
        List<SubjectComparison> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Batches.forEach(population, work, parallelism, c -> {
            if (!ids.add(c.subjectId())) {
                throw new IllegalArgumentException("subject id \"" + c.subjectId()
                        + "\" appears twice in the population; subject ids must be unique in an experiment");
            }
            out.add(c);
        });
        ExperimentResult result = ExperimentResult.of(baseline, variant, asOf, out);
        LOG.debug("{}", result);
        return result;
    }

    static void checkEffective(RulePack<?, ?> pack, String side, LocalDate asOf) {
        Objects.requireNonNull(pack, side + " pack");
        Objects.requireNonNull(asOf, "asOf");
        if (!pack.effectivePeriod().contains(asOf)) {
            throw new IllegalArgumentException("as-of date \"" + asOf + "\" is outside the effective period of the "
                    + side + " pack " + pack.id() + " " + pack.version() + " (" + pack.effectivePeriod() + ")");
        }
    }
}
