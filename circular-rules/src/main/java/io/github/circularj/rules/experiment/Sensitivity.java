package io.github.circularj.rules.experiment;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Subject;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps one parameter of a pack (a rule's threshold or target, a criterion's weight, or anything a
 * function can vary) over a list of values and summarises the population at each, to chart how the
 * parameter moves it.
 *
 * <pre>{@code
 * SensitivityResult curve = Sensitivity.sweep(pack, DATA_ERASURE, List.of(0.90, 0.95, 0.98, 1.0), shops, asOf);
 * curve.rows().forEach(row -> chart.add(row.value(), row.scores().mean().getAsDouble()));
 * }</pre>
 *
 * <p>Every variant pack is made before the population is read, so a value the pack refuses (a share
 * threshold above 1, a negative weight) fails at once with the pack's message. The population is read
 * once, in order; each subject is scored against the pack as given and against every variant, and only
 * its scores and bands are kept. To sweep over a {@link java.util.stream.Stream}, pass
 * {@code stream::iterator}. Subject ids must be unique. With an engine whose
 * {@link ComplianceEngine#parallelism()} is above 1, subjects are scored on that many threads; the
 * result does not depend on that or on the order of the population.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Sensitivity {

    private static final Logger LOG = LoggerFactory.getLogger(Sensitivity.class);

    private Sensitivity() {
    }

    /**
     * Sweeps a rule's threshold with the default engine: each value replaces the threshold of the rule's
     * target in force on the as-of date, keeping its direction and unit.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param pack the pack as given, not null
     * @param ruleId the rule, not null, in force on {@code asOf}
     * @param thresholds the thresholds in order, not empty (a fraction for a share, e.g. 0.95)
     * @param population the subjects, not null, no null elements, ids unique; read once
     * @param asOf the date to judge as of, not null, within the pack's effective period
     * @return one row per threshold
     * @throws IllegalArgumentException if the pack has no such rule, it is not in force on the date, there
     *     are no thresholds, a threshold does not make a valid target, or two subjects share an id
     */
    public static <S extends Subject<T>, T> SensitivityResult sweep(RulePack<S, T> pack, RuleId ruleId,
            List<Double> thresholds, Iterable<? extends S> population, LocalDate asOf) {
        return sweep(ComplianceEngine.create(), pack, ruleId, thresholds, population, asOf);
    }

    /**
     * Sweeps a rule's threshold with an engine of one's choosing. See
     * {@link #sweep(RulePack, RuleId, List, Iterable, LocalDate)}.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param engine the engine, not null
     * @param pack the pack as given, not null
     * @param ruleId the rule, not null, in force on {@code asOf}
     * @param thresholds the thresholds in order, not empty (a fraction for a share, e.g. 0.95)
     * @param population the subjects, not null, no null elements, ids unique; read once
     * @param asOf the date to judge as of, not null, within the pack's effective period
     * @return one row per threshold
     * @throws IllegalArgumentException if the pack has no such rule, it is not in force on the date, there
     *     are no thresholds, a threshold does not make a valid target, or two subjects share an id
     */
    public static <S extends Subject<T>, T> SensitivityResult sweep(ComplianceEngine engine, RulePack<S, T> pack,
            RuleId ruleId, List<Double> thresholds, Iterable<? extends S> population, LocalDate asOf) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(asOf, "asOf");
        Target current = pack.rule(ruleId)
                .orElseThrow(() -> new IllegalArgumentException("pack " + pack.id() + " " + pack.version()
                        + " has no rule " + ruleId))
                .termAsOf(asOf).map(Term::target)
                .orElseThrow(() -> new IllegalArgumentException("rule " + ruleId + " is not in force on " + asOf
                        + ", so it has no threshold to sweep; sweep whole targets with sweepTargets"));
        List<Step<S, T>> steps = new ArrayList<>();
        for (Double threshold : checkValues(thresholds, "thresholds")) {
            Target target = new Target(current.direction(), threshold, current.unit());
            steps.add(new Step<>(target.toString(), threshold, pack.withTarget(ruleId, target)));
        }
        return run(engine, pack, "threshold of " + ruleId, steps, population, asOf);
    }

    /**
     * Sweeps a rule's whole target with the default engine: each target replaces the targets of all the
     * rule's terms, as {@link RulePack#withTarget} does.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param pack the pack as given, not null
     * @param ruleId the rule, not null
     * @param targets the targets in order, not empty; a row's value is the target's threshold
     * @param population the subjects, not null, no null elements, ids unique; read once
     * @param asOf the date to judge as of, not null, within the pack's effective period
     * @return one row per target
     * @throws IllegalArgumentException if the pack has no such rule, there are no targets, a target does not
     *     fit the rule's curve, or two subjects share an id
     */
    public static <S extends Subject<T>, T> SensitivityResult sweepTargets(RulePack<S, T> pack, RuleId ruleId,
            List<Target> targets, Iterable<? extends S> population, LocalDate asOf) {
        return sweepTargets(ComplianceEngine.create(), pack, ruleId, targets, population, asOf);
    }

    /**
     * Sweeps a rule's whole target with an engine of one's choosing. See
     * {@link #sweepTargets(RulePack, RuleId, List, Iterable, LocalDate)}.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param engine the engine, not null
     * @param pack the pack as given, not null
     * @param ruleId the rule, not null
     * @param targets the targets in order, not empty; a row's value is the target's threshold
     * @param population the subjects, not null, no null elements, ids unique; read once
     * @param asOf the date to judge as of, not null, within the pack's effective period
     * @return one row per target
     * @throws IllegalArgumentException if the pack has no such rule, there are no targets, a target does not
     *     fit the rule's curve, or two subjects share an id
     */
    public static <S extends Subject<T>, T> SensitivityResult sweepTargets(ComplianceEngine engine, RulePack<S, T> pack,
            RuleId ruleId, List<Target> targets, Iterable<? extends S> population, LocalDate asOf) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(ruleId, "ruleId");
        List<Step<S, T>> steps = new ArrayList<>();
        for (Target target : checkValues(targets, "targets")) {
            steps.add(new Step<>(target.toString(), target.threshold(), pack.withTarget(ruleId, target)));
        }
        return run(engine, pack, "target of " + ruleId, steps, population, asOf);
    }

    /**
     * Sweeps a criterion's weight with the default engine.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param pack the pack as given, not null
     * @param criterionName the criterion's name, not null
     * @param weights the weights in order, not empty, each finite and not negative
     * @param population the subjects, not null, no null elements, ids unique; read once
     * @param asOf the date to judge as of, not null, within the pack's effective period
     * @return one row per weight
     * @throws IllegalArgumentException if the pack has no such criterion, there are no weights, a weight is
     *     negative or not finite or would leave all criteria weighing zero, or two subjects share an id
     */
    public static <S extends Subject<T>, T> SensitivityResult sweepWeight(RulePack<S, T> pack, String criterionName,
            List<Double> weights, Iterable<? extends S> population, LocalDate asOf) {
        return sweepWeight(ComplianceEngine.create(), pack, criterionName, weights, population, asOf);
    }

    /**
     * Sweeps a criterion's weight with an engine of one's choosing. See
     * {@link #sweepWeight(RulePack, String, List, Iterable, LocalDate)}.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param engine the engine, not null
     * @param pack the pack as given, not null
     * @param criterionName the criterion's name, not null
     * @param weights the weights in order, not empty, each finite and not negative
     * @param population the subjects, not null, no null elements, ids unique; read once
     * @param asOf the date to judge as of, not null, within the pack's effective period
     * @return one row per weight
     * @throws IllegalArgumentException if the pack has no such criterion, there are no weights, a weight is
     *     negative or not finite or would leave all criteria weighing zero, or two subjects share an id
     */
    public static <S extends Subject<T>, T> SensitivityResult sweepWeight(ComplianceEngine engine, RulePack<S, T> pack,
            String criterionName, List<Double> weights, Iterable<? extends S> population, LocalDate asOf) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(criterionName, "criterionName");
        List<Step<S, T>> steps = new ArrayList<>();
        for (Double weight : checkValues(weights, "weights")) {
            RulePack<S, T> variant = pack.withWeight(criterionName, weight); // refuses a bad weight first
            steps.add(new Step<>("weight " + SensitivityResult.plain(weight), weight, variant));
        }
        return run(engine, pack, "weight of criterion \"" + criterionName + "\"", steps, population, asOf);
    }

    /**
     * Sweeps any parameter: each value gives a variant pack through a function, such as
     * {@code w -> pack.withRuleWeight(TRACEABILITY, w)}.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param engine the engine, not null
     * @param pack the pack as given, not null
     * @param parameter what is swept, for people, not blank, e.g. {@code "weight of rule TRACEABILITY"}
     * @param values the values in order, not empty, each finite
     * @param variantOf gives the pack at a value, not null; called once per value, before the population
     *     is read
     * @param population the subjects, not null, no null elements, ids unique; read once
     * @param asOf the date to judge as of, not null, within the effective period of every pack
     * @return one row per value, labelled by the value
     * @throws IllegalArgumentException if there are no values, a value is not finite, the function refuses
     *     a value, or two subjects share an id
     */
    public static <S extends Subject<T>, T> SensitivityResult sweepVariants(ComplianceEngine engine,
            RulePack<S, T> pack, String parameter, List<Double> values, DoubleFunction<RulePack<S, T>> variantOf,
            Iterable<? extends S> population, LocalDate asOf) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(variantOf, "variantOf");
        if (parameter.isBlank()) {
            throw new IllegalArgumentException("parameter \"" + parameter + "\" is blank; name what is swept");
        }
        List<Step<S, T>> steps = new ArrayList<>();
        for (Double value : checkValues(values, "values")) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(parameter + " value \"" + value + "\" is not finite");
            }
            RulePack<S, T> variant = Objects.requireNonNull(variantOf.apply(value), "variant pack");
            steps.add(new Step<>(SensitivityResult.plain(value), value, variant));
        }
        return run(engine, pack, parameter, steps, population, asOf);
    }

    private static <V> List<V> checkValues(List<V> values, String name) {
        List<V> copy = List.copyOf(Objects.requireNonNull(values, name));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " are empty; a sweep needs at least one value");
        }
        return copy;
    }

    /** One value of the swept parameter and the pack it gives. */
    private record Step<S, T>(String label, double value, RulePack<S, T> pack) {
    }

    /** One subject's scores and bands: index 0 under the pack as given, then one per step. */
    private record Scores(String subjectId, double[] scores, Band[] bands) {
    }

    private static <S extends Subject<T>, T> SensitivityResult run(ComplianceEngine engine, RulePack<S, T> pack,
            String parameter, List<Step<S, T>> steps, Iterable<? extends S> population, LocalDate asOf) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(population, "population");
        PolicyExperiment.checkEffective(pack, "given", asOf);
        for (Step<S, T> step : steps) {
            PolicyExperiment.checkEffective(step.pack(), "varied (" + step.label() + ")", asOf);
        }
        List<Scores> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Batches.forEach(population.iterator(), s -> {
            int k = steps.size();
            double[] scores = new double[k + 1];
            Band[] bands = new Band[k + 1];
            Scorecard given = engine.score(s, pack, asOf);
            scores[0] = given.score();
            bands[0] = given.band();
            for (int j = 0; j < k; j++) {
                Scorecard card = engine.score(s, steps.get(j).pack(), asOf);
                scores[j + 1] = card.score();
                bands[j + 1] = card.band();
            }
            return new Scores(given.subjectId(), scores, bands);
        }, engine.parallelism(), r -> {
            if (!ids.add(r.subjectId())) {
                throw new IllegalArgumentException("subject id \"" + r.subjectId()
                        + "\" appears twice in the population; subject ids must be unique in a sweep");
            }
            all.add(r);
        });
        int n = all.size();
        double[] base = new double[n];
        List<Band> baseBands = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            base[i] = all.get(i).scores()[0];
            baseBands.add(all.get(i).bands()[0]);
        }
        List<SensitivityRow> rows = new ArrayList<>();
        for (int j = 0; j < steps.size(); j++) {
            double[] scores = new double[n];
            double[] deltas = new double[n];
            List<Band> bands = new ArrayList<>();
            List<String> moved = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                scores[i] = all.get(i).scores()[j + 1];
                deltas[i] = scores[i] - base[i];
                bands.add(all.get(i).bands()[j + 1]);
                if (bands.get(i) != baseBands.get(i)) {
                    moved.add(all.get(i).subjectId());
                }
            }
            moved.sort(null);
            rows.add(new SensitivityRow(steps.get(j).label(), steps.get(j).value(), Statistics.of(scores),
                    Statistics.of(deltas), BandCounts.of(bands), BandMigration.of(baseBands, bands), moved));
        }
        SensitivityResult result = new SensitivityResult(pack, parameter, asOf, Statistics.of(base),
                BandCounts.of(baseBands), rows);
        LOG.debug("{}", result);
        return result;
    }
}
