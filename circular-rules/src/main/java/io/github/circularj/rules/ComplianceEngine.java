package io.github.circularj.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores subjects against rule packs as of a date.
 *
 * <p>{@link #score(Subject, RulePack, LocalDate)} selects the rules that apply (a term in force on the
 * date, the subject accepted by the rule's applicability), fuses their indicators into one and reads the
 * subject's records in a single pass, so N rules over M records cost one pass over M and memory does not
 * grow with M. It then judges each rule and scores:
 * <ul>
 *   <li>a rule's attainment comes from its scoring curve; {@link Outcome#NOT_APPLICABLE} rules are left
 *       out, {@link Outcome#INSUFFICIENT_EVIDENCE} rules count as 0 unless the pack excludes them;</li>
 *   <li>a criterion's score is the weighted mean attainment of its counted rules; a criterion with no
 *       counted rule (or whose counted rules all weigh zero) is left out of the total;</li>
 *   <li>the score is the weighted mean of the counted criteria ×100 (in [0, 100]);</li>
 *   <li>the band is the pack's band for the score, except that any mandatory rule whose target is not met
 *       (NOT_MET, or PARTIALLY_MET under a linear curve) caps it at {@link Band#NON_COMPLIANT};</li>
 *   <li>a subject with no accepted record ({@link Subject#acceptedIn}), or with no counted rule at all, is not
 *       rated: score 0, band {@link Band#NOT_RATED}.</li>
 * </ul>
 *
 * <p>Rules whose measure does not fit the subject are mostly compile errors, since rules, packs and the
 * engine share the subject and record types; what generics cannot catch is refused at call time with an
 * {@link IllegalArgumentException} naming the rule: a measurement in another unit than the target's, or
 * a record the indicator cannot read. An as-of date outside the pack's effective period is refused too.
 *
 * <p>The engine holds no mutable state: one engine may score any number of subjects on any number of
 * threads at once, without synchronisation, and gives the same scorecards as one thread would. Logging
 * is through SLF4J at debug level only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplianceEngine {

    /** The largest parallelism an engine accepts. */
    public static final int MAX_PARALLELISM = 1024;
    /** The most threads per available core that {@link #scoreAll} starts, whatever the parallelism. */
    public static final int THREADS_PER_CORE = 4;

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceEngine.class);

    private final int evidenceLimit;
    private final int parallelism;

    private ComplianceEngine(int evidenceLimit, int parallelism) {
        this.evidenceLimit = evidenceLimit;
        this.parallelism = parallelism;
    }

    /**
     * Returns an engine with the defaults: evidence limit 20, no parallelism.
     *
     * @return the engine
     */
    public static ComplianceEngine create() {
        return builder().build();
    }

    /**
     * Starts configuring an engine.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the most offending ids a finding lists.
     *
     * @return the evidence limit
     */
    public int evidenceLimit() {
        return evidenceLimit;
    }

    /**
     * Returns how many subjects {@link #scoreAll} scores at once.
     *
     * @return the parallelism, at least 1
     */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Scores a subject against a pack as of a date.
     *
     * @param <S> the type of the subject
     * @param <T> the type of its records
     * @param subject the subject, not null
     * @param pack the pack, not null
     * @param asOf the date to judge as of, not null, within the pack's effective period
     * @return the scorecard
     * @throws IllegalArgumentException if the date is outside the pack's effective period, or a rule does
     *     not fit the subject
     */
    public <S extends Subject<T>, T> Scorecard score(S subject, RulePack<S, T> pack, LocalDate asOf) {
        Evaluation<S, T> evaluation = evaluation(subject, pack, asOf);
        FusedIndicator<T> fused = evaluation.indicator();
        Object[] acc;
        try (Stream<T> records = Objects.requireNonNull(subject.records(), "records")) {
            acc = records.collect(fused::start, fused::accept, fused::merge);
        }
        Scorecard card = evaluation.scorecard(acc);
        LOG.debug("scored {}", card);
        return card;
    }

    /**
     * Scores many subjects against one pack as of a date, using up to {@link #parallelism()} threads and never
     * more than {@link #THREADS_PER_CORE} per available core; the result does not depend on the thread count.
     *
     * @param <S> the type of the subjects
     * @param <T> the type of their records
     * @param subjects the subjects, not null
     * @param pack the pack, not null
     * @param asOf the date to judge as of, not null, within the pack's effective period
     * @return the scorecards in the order of the subjects
     * @throws IllegalArgumentException if the date is outside the pack's effective period, or a rule does
     *     not fit a subject
     */
    public <S extends Subject<T>, T> List<Scorecard> scoreAll(List<? extends S> subjects, RulePack<S, T> pack,
            LocalDate asOf) {
        List<S> all = List.copyOf(subjects);
        checkAsOf(pack, asOf);
        if (parallelism == 1 || all.size() < 2) {
            return all.stream().map(s -> score(s, pack, asOf)).toList();
        }
        int threads = Math.min(Math.min(parallelism, all.size()), THREADS_PER_CORE * Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "circular-score");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Callable<Scorecard>> tasks = new ArrayList<>();
            for (S s : all) {
                tasks.add(() -> score(s, pack, asOf));
            }
            List<Scorecard> out = new ArrayList<>();
            for (Future<Scorecard> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return List.copyOf(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring " + all.size() + " subjects", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Plans the evaluation of one subject without reading its records, for a caller that feeds the records
     * itself: a distributed engine (Flink, Spark) that accumulates parts of them on different machines, merges
     * the partial accumulators and scores once. {@code plan.scorecard(acc)} for the accumulation of all the
     * subject's records equals {@link #score(Subject, RulePack, LocalDate)}. The plan's accumulators can be
     * written and read (see {@link ScoringPlan#write}) when every indicator of the plan is a
     * {@link PortableIndicator}, as every built-in is.
     *
     * @param <S> the type of the subject
     * @param <T> the type of its records
     * @param subject the subject, not null; its records are not read
     * @param pack the pack, not null
     * @param asOf the date to judge as of, not null, within the pack's effective period
     * @return the plan
     * @throws IllegalArgumentException if the date is outside the pack's effective period, or a rule does
     *     not fit the subject
     */
    public <S extends Subject<T>, T> ScoringPlan<T> plan(S subject, RulePack<S, T> pack, LocalDate asOf) {
        return new ScoringPlan<>(evaluation(subject, pack, asOf));
    }

    /**
     * Plans the evaluation of one subject: the applicable rules and their fused indicator. Package-private
     * so that tests can split the records and merge accumulators.
     */
    <S extends Subject<T>, T> Evaluation<S, T> evaluation(S subject, RulePack<S, T> pack, LocalDate asOf) {
        Objects.requireNonNull(subject, "subject");
        checkAsOf(pack, asOf);
        return new Evaluation<>(subject, pack, new EvaluationContext(asOf, evidenceLimit));
    }

    private static void checkAsOf(RulePack<?, ?> pack, LocalDate asOf) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(asOf, "asOf");
        if (!pack.effectivePeriod().contains(asOf)) {
            throw new IllegalArgumentException("as-of date \"" + asOf + "\" is outside the effective period of pack "
                    + pack.id() + " " + pack.version() + " (" + pack.effectivePeriod() + ")");
        }
    }

    static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The lane that counts the records of the pass: a subject without one is not rated. */
    private static final RuleId RECORDS = RuleId.of("ENGINE-RECORDS");

    /** Counts the accepted submissions of a pass ({@link Subject#acceptedIn}), in the same single pass as the rules. */
    private static final class RecordCount<T> implements PortableIndicator<T, long[]> {
        private final Subject<T> subject;

        RecordCount(Subject<T> subject) {
            this.subject = subject;
        }

        @Override
        public long[] start() {
            return new long[1];
        }

        @Override
        public void accept(long[] acc, T record) {
            acc[0] += subject.acceptedIn(record);
        }

        @Override
        public long[] merge(long[] left, long[] right) {
            left[0] += right[0];
            return left;
        }

        @Override
        public Measurement finish(long[] acc) {
            return Measurement.of(acc[0], Unit.COUNT);
        }

        @Override
        public void write(long[] acc, DataOutput out) throws IOException {
            out.writeLong(acc[0]);
        }

        @Override
        public long[] read(DataInput in) throws IOException {
            return new long[] {PortableIndicator.readTotal(in, "accepted records")};
        }
    }

    /** One subject's evaluation: which rules apply, their fused indicator and the judgement. */
    static final class Evaluation<S, T> {
        private final S subject;
        private final Subject<?> named;
        private final RulePack<S, T> pack;
        private final EvaluationContext context;
        private final List<Rule<S, T>> rules;
        private final List<String> inapplicable = new ArrayList<>();
        /** Per rule, the terms it is measured under and, for each, the lane of its measure (none when inapplicable). */
        private final List<List<Term>> termsOf = new ArrayList<>();
        private final List<List<Integer>> lanesOf = new ArrayList<>();
        private final FusedIndicator<T> indicator;

        Evaluation(S subject, RulePack<S, T> pack, EvaluationContext context) {
            this.subject = subject;
            this.named = (Subject<?>) subject;
            this.pack = pack;
            this.context = context;
            this.rules = pack.rules();
            List<FusedIndicator.Lane<T, ?>> lanes = new ArrayList<>();
            for (Rule<S, T> rule : rules) {
                List<Term> terms = new ArrayList<>();
                if (rule.isDatedByAct()) {
                    for (Term t : rule.terms()) {
                        if (!t.period().start().isAfter(context.asOf())) {
                            terms.add(t); // a term that has started by the as-of date has acts that may be known
                        }
                    }
                } else {
                    terms.addAll(rule.termsAsOf(context.asOf())); // one per scope
                }
                String reason = null;
                if (terms.isEmpty()) {
                    reason = "not in force on " + context.asOf() + " (" + periods(rule) + ")";
                } else if (!rule.appliesTo(subject)) {
                    reason = "applies to " + rule.appliesTo() + " only";
                }
                inapplicable.add(reason);
                List<Integer> ruleLanes = new ArrayList<>();
                if (reason == null) {
                    for (Term t : terms) {
                        ruleLanes.add(lanes.size());
                        lanes.add(lane(rule.id(), bind(rule, rule.isDatedByAct() ? actsOf(t) : EffectivePeriod.ALWAYS, t.scope())));
                    }
                } else {
                    terms.clear();
                }
                termsOf.add(terms);
                lanesOf.add(ruleLanes);
            }
            @SuppressWarnings("unchecked") // plan() takes S extends Subject<T>: the subject's records are Ts
            Subject<T> records = (Subject<T>) subject;
            lanes.add(lane(RECORDS, new RecordCount<T>(records)));
            this.indicator = new FusedIndicator<>(lanes);
        }

        /** The days whose acts a term judges: its period, up to the as-of date (later acts are not yet evidence). */
        private EffectivePeriod actsOf(Term term) {
            LocalDate end = context.asOf().plusDays(1);
            LocalDate until = term.period().endExclusive().filter(e -> e.isBefore(end)).orElse(end);
            return term.period().start().equals(LocalDate.MIN) ? EffectivePeriod.until(until)
                    : EffectivePeriod.of(term.period().start(), until);
        }

        private Indicator<T, ?> bind(Rule<S, T> rule, EffectivePeriod acts, String scope) {
            try {
                return Objects.requireNonNull(rule.measure().indicatorFor(subject,
                        context.forParameters(rule.parameters()).forActs(acts).forScope(scope)),
                        () -> "rule " + rule.id() + ": its measure gave no indicator");
            } catch (ClassCastException e) {
                throw new IllegalArgumentException("rule " + rule.id() + ": its measure does not fit subject "
                        + named.id() + " (" + e.getMessage() + ")", e);
            }
        }

        private static <T, A> FusedIndicator.Lane<T, A> lane(RuleId id, Indicator<T, A> indicator) {
            return new FusedIndicator.Lane<>(id, indicator);
        }

        private static String periods(Rule<?, ?> rule) {
            List<String> texts = new ArrayList<>();
            rule.terms().forEach(t -> texts.add(t.period().toString()));
            return "in force " + String.join("; ", texts);
        }

        FusedIndicator<T> indicator() {
            return indicator;
        }

        /** The subject's id. */
        String subjectId() {
            return named.id();
        }

        /** The pack's id and version and the as-of date: what a plan's layout must share with another's. */
        String packLabel() {
            return pack.id() + " " + pack.version() + " as of " + context.asOf() + ", evidence limit " + context.evidenceLimit();
        }

        Scorecard scorecard(Object[] acc) {
            Measurement[] measured = indicator.finishAll(acc);
            long records = (long) measured[measured.length - 1].value().orElseThrow();
            int n = rules.size();
            Outcome[] outcomes = new Outcome[n];
            Measurement[] measurements = new Measurement[n];
            double[] attainments = new double[n];
            List<Optional<Term>> terms = new ArrayList<>();
            List<List<Finding.Part>> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Rule<S, T> rule = rules.get(i);
                if (lanesOf.get(i).isEmpty()) {
                    measurements[i] = Measurement.notApplicable(Unit.NUMBER, inapplicable.get(i));
                    outcomes[i] = Outcome.NOT_APPLICABLE;
                    terms.add(rule.termAsOf(context.asOf()));
                    parts.add(List.of());
                    continue;
                }
                List<Finding.Part> judged = new ArrayList<>();
                for (int k = 0; k < lanesOf.get(i).size(); k++) {
                    judged.add(judge(rule, termsOf.get(i).get(k), measured[lanesOf.get(i).get(k)]));
                }
                Finding.Part decisive;
                List<Finding.Part> withActs = judged.stream().filter(p -> p.outcome() != Outcome.NOT_APPLICABLE).toList();
                if (withActs.size() <= 1) {
                    decisive = withActs.isEmpty() ? judged.get(judged.size() - 1) : withActs.get(0);
                    measurements[i] = decisive.measurement();
                    parts.add(rule.isDatedByAct() || judged.size() > 1 ? withActs : List.of());
                } else {
                    decisive = decisive(withActs);
                    measurements[i] = pooled(withActs);
                    parts.add(withActs);
                }
                outcomes[i] = decisive.outcome();
                attainments[i] = decisive.attainment().orElse(0.0);
                terms.add(Optional.of(decisive.term()));
            }
            return score(outcomes, measurements, attainments, terms, parts, records);
        }

        /** Judges one term's measurement against that term's target. */
        private Finding.Part judge(Rule<S, T> rule, Term term, Measurement measured) {
            Measurement m = measured;
            Target target = term.target();
            if (m.unit() != target.unit()) {
                throw new IllegalArgumentException("rule " + rule.id() + ": its measure gives " + m.unit()
                        + " but its target is in " + target.unit() + "; they must agree");
            }
            int minimum = (int) rule.parameter(Rule.MINIMUM_ACTS).orElseThrow().amountOn(context.asOf());
            if (m.denominator().isPresent() && m.denominator().getAsLong() > 0 && m.denominator().getAsLong() < minimum) {
                long acts = m.denominator().getAsLong();
                m = Measurement.insufficientEvidence(m.unit(), "only " + acts + (acts == 1 ? " act" : " acts")
                        + " in scope; a finding needs at least " + minimum + " (parameter " + Rule.MINIMUM_ACTS + ")");
            }
            if (m.isNotApplicable()) {
                return new Finding.Part(term, m, Outcome.NOT_APPLICABLE, OptionalDouble.empty());
            }
            if (m.isInsufficientEvidence()) {
                return new Finding.Part(term, m, Outcome.INSUFFICIENT_EVIDENCE, OptionalDouble.empty());
            }
            double a = rule.curve().attainment(m.value().getAsDouble(), target);
            return new Finding.Part(term, m, a == 1.0 ? Outcome.MET : a == 0.0 ? Outcome.NOT_MET : Outcome.PARTIALLY_MET,
                    OptionalDouble.of(a));
        }

        /**
         * The part that decides a finding over several terms: a failed part whose term is mandatory first, then
         * the part with the least attainment (insufficient evidence counting as none), the earliest term first.
         */
        private static Finding.Part decisive(List<Finding.Part> parts) {
            Finding.Part best = parts.get(0);
            for (Finding.Part p : parts) {
                if (rank(p) < rank(best)) {
                    best = p;
                }
            }
            return best;
        }

        private static double rank(Finding.Part p) {
            boolean failed = p.outcome() == Outcome.NOT_MET || p.outcome() == Outcome.PARTIALLY_MET
                    || p.outcome() == Outcome.INSUFFICIENT_EVIDENCE;
            return (failed && p.term().mandatory() ? -2.0 : 0.0) + p.attainment().orElse(-1.0);
        }

        /** The parts' measurements pooled: a share of all their acts, or the sum of their counts. */
        private Measurement pooled(List<Finding.Part> parts) {
            long offending = 0;
            java.util.TreeSet<String> ids = new java.util.TreeSet<>();
            long numerator = 0;
            long denominator = 0;
            double sum = 0.0;
            boolean shares = true;
            for (Finding.Part p : parts) {
                Measurement m = p.measurement();
                offending += m.evidence().count();
                ids.addAll(m.evidence().ids());
                shares &= m.denominator().isPresent();
                numerator += m.numerator().orElse(0);
                denominator += m.denominator().orElse(0);
                sum += m.value().orElse(0.0);
            }
            while (ids.size() > evidenceLimit()) {
                ids.pollLast();
            }
            Evidence evidence = new Evidence(offending, new ArrayList<>(ids));
            Unit unit = parts.get(0).measurement().unit();
            return shares ? Measurement.share(numerator, denominator, evidence) : Measurement.of(sum, unit, evidence);
        }

        private int evidenceLimit() {
            return context.evidenceLimit();
        }

        private boolean counts(Outcome outcome) {
            return outcome != Outcome.NOT_APPLICABLE && (outcome != Outcome.INSUFFICIENT_EVIDENCE
                    || pack.insufficientEvidencePolicy() == InsufficientEvidencePolicy.COUNT_AS_ZERO);
        }

        private Scorecard score(Outcome[] outcomes, Measurement[] measurements, double[] attainments,
                List<Optional<Term>> terms, List<List<Finding.Part>> parts, long records) {
            // Criterion scores first (pass 1), then the total and each rule's points (pass 2).
            List<Criterion<S, T>> criteria = pack.criteria();
            double[] criterionScore = new double[criteria.size()];
            double[] ruleWeightSum = new double[criteria.size()];
            boolean[] counted = new boolean[criteria.size()];
            double criterionWeightSum = 0.0;
            double weightedTotal = 0.0;
            int i = 0;
            for (int c = 0; c < criteria.size(); c++) {
                double sumW = 0.0;
                double sumWA = 0.0;
                for (Rule<S, T> rule : criteria.get(c).rules()) {
                    if (counts(outcomes[i])) {
                        sumW += rule.weight();
                        sumWA += rule.weight() * attainments[i];
                    }
                    i++;
                }
                ruleWeightSum[c] = sumW;
                if (sumW > 0.0) {
                    counted[c] = true;
                    criterionScore[c] = Math.min(1.0, sumWA / sumW);
                    criterionWeightSum += criteria.get(c).weight();
                    weightedTotal += criteria.get(c).weight() * criterionScore[c];
                }
            }
            boolean rated = criterionWeightSum > 0.0 && records > 0;
            double score = rated ? Math.max(0.0, Math.min(100.0, 100.0 * weightedTotal / criterionWeightSum)) : 0.0;

            List<Finding> findings = new ArrayList<>();
            List<CriterionScore> criterionScores = new ArrayList<>();
            List<RuleId> cappedBy = new ArrayList<>();
            List<Explanation> criterionNodes = new ArrayList<>();
            i = 0;
            for (int c = 0; c < criteria.size(); c++) {
                Criterion<S, T> criterion = criteria.get(c);
                double share = rated && counted[c] ? criterion.weight() / criterionWeightSum : 0.0;
                double criterionPoints = 100.0 * share * criterionScore[c];
                List<Explanation> ruleNodes = new ArrayList<>();
                for (Rule<S, T> rule : criterion.rules()) {
                    Outcome outcome = outcomes[i];
                    boolean ruleCounts = counts(outcome) && counted[c];
                    double points = ruleCounts ? 100.0 * share * rule.weight() / ruleWeightSum[c] * attainments[i] : 0.0;
                    Optional<Term> term = terms.get(i);
                    Citation citation = term.flatMap(Term::citation).orElse(rule.citation());
                    OptionalDouble attainment = outcome == Outcome.NOT_APPLICABLE || outcome == Outcome.INSUFFICIENT_EVIDENCE
                            ? OptionalDouble.empty() : OptionalDouble.of(attainments[i]);
                    String message = message(rule, outcome, measurements[i], term, citation, parts.get(i));
                    Finding finding = new Finding(rule.id(), rule.title(), outcome, measurements[i], term, attainment,
                            citation, rule.weight(), points, message, parts.get(i));
                    findings.add(finding);
                    if (finding.isMandatory() && (outcome == Outcome.NOT_MET || outcome == Outcome.PARTIALLY_MET)) {
                        cappedBy.add(rule.id());
                    }
                    ruleNodes.add(explainRule(rule, finding, ruleCounts, ruleWeightSum[c], counts(outcome)));
                    i++;
                }
                OptionalDouble cs = counted[c] ? OptionalDouble.of(100.0 * criterionScore[c]) : OptionalDouble.empty();
                criterionScores.add(new CriterionScore(criterion.name(), criterion.weight(), cs, criterionPoints));
                String head = "Criterion \"" + criterion.name() + "\" (weight " + Unit.plain(criterion.weight())
                        + (rated ? " of " + Unit.plain(criterionWeightSum) : "") + "): "
                        + (counted[c] ? "score " + twoDecimals(100.0 * criterionScore[c]) + " of 100 → "
                                + twoDecimals(criterionPoints) + " points"
                                : "no rule counted; left out of the total");
                criterionNodes.add(new Explanation(head, ruleNodes));
            }
            Band earned = pack.bandThresholds().band(score);
            Band band = !rated ? Band.NOT_RATED : !cappedBy.isEmpty() ? Band.NON_COMPLIANT : earned;

            List<Explanation> top = new ArrayList<>();
            if (records == 0) {
                top.add(Explanation.of("The subject holds no accepted record on " + context.asOf()
                        + ": it is not rated (score 0, band NOT_RATED), whatever else it declares"));
            } else if (!rated) {
                top.add(Explanation.of("No rule of the pack found evidence for this subject on " + context.asOf()
                        + ": it is not rated (score 0, band NOT_RATED)"));
            }
            if (!cappedBy.isEmpty()) {
                List<String> ids = new ArrayList<>();
                cappedBy.forEach(id -> ids.add(id.value()));
                top.add(Explanation.of("Band capped at NON_COMPLIANT (the score alone earns " + earned
                        + ") because mandatory rule" + (ids.size() == 1 ? " " : "s ") + String.join(", ", ids)
                        + (ids.size() == 1 ? " did not meet its target" : " did not meet their targets")));
            }
            BandThresholds t = pack.bandThresholds();
            top.add(Explanation.of("Bands: EXEMPLARY ≥ " + Unit.plain(t.exemplary()) + ", COMPLIANT ≥ "
                    + Unit.plain(t.compliant()) + ", NEEDS_IMPROVEMENT ≥ " + Unit.plain(t.needsImprovement())
                    + ", NON_COMPLIANT below; insufficient evidence "
                    + (pack.insufficientEvidencePolicy() == InsufficientEvidencePolicy.COUNT_AS_ZERO
                            ? "counts as 0" : "is left out")));
            top.addAll(criterionNodes);
            Explanation root = new Explanation("Pack " + pack.id() + " " + pack.version() + " for " + named.id() + " ("
                    + named.name() + ") as of " + context.asOf() + ": score " + twoDecimals(score) + " of 100, band "
                    + band, top);
            return new Scorecard(named.id(), named.name(), pack.id(), pack.version(), context.asOf(), score, band,
                    rated, criterionScores, findings, cappedBy, root);
        }

        private static String targetText(Term term) {
            return term.target() + term.replaced().map(r -> " (overridden; the source's target is " + r + ")").orElse("");
        }

        private String message(Rule<S, T> rule, Outcome outcome, Measurement m, Optional<Term> term, Citation citation,
                List<Finding.Part> parts) {
            String byTerm = "";
            if (parts.size() > 1) {
                List<String> texts = new ArrayList<>();
                parts.forEach(p -> texts.add(p.toString()));
                boolean scoped = parts.stream().anyMatch(p -> p.term().isScoped());
                byTerm = (scoped ? "; each act judged by the term of its scope and day: " : "; each act judged by the term of its day: ")
                        + String.join("; ", texts);
            }
            switch (outcome) {
                case NOT_APPLICABLE:
                    return rule.title() + ": not applicable, " + m.reason() + " (" + citation + ")";
                case INSUFFICIENT_EVIDENCE:
                    return rule.title() + ": insufficient evidence, " + m.reason() + "; the target is "
                            + targetText(term.orElseThrow()) + overrides(rule) + byTerm + " (" + citation + ")";
                default:
                    return fill(rule.describer().describe(m), rule) + "; the target is " + targetText(term.orElseThrow())
                            + overrides(rule) + byTerm + " (" + citation + ")";
            }
        }

        /** Writes each {@code {name}} of a rule's parameter as its value in force on the as-of date. */
        private String fill(String text, Rule<S, T> rule) {
            if (text.indexOf('{') < 0) {
                return text;
            }
            String filled = text;
            for (Parameter p : rule.parameters()) {
                filled = filled.replace("{" + p.name() + "}", p.format(p.amountOn(context.asOf())));
            }
            return filled;
        }

        /** Names every overridden parameter of a rule with the source's value it replaced. */
        private String overrides(Rule<S, T> rule) {
            StringBuilder text = new StringBuilder();
            for (Parameter p : rule.parameters()) {
                Optional<Parameter.Value> v = p.valueOn(context.asOf());
                if (v.isPresent() && v.get().isOverridden()) {
                    text.append("; parameter ").append(p.name()).append(" is ").append(p.format(v.get().amount()))
                            .append(" (overridden; the source's value is ")
                            .append(p.format(v.get().replaced().getAsDouble())).append(')');
                }
            }
            return text.toString();
        }

        private Explanation explainRule(Rule<S, T> rule, Finding f, boolean ruleCounts, double weightSum,
                boolean countsAlone) {
            List<Explanation> lines = new ArrayList<>();
            if (f.parts().size() > 1) {
                List<Explanation> byTerm = new ArrayList<>();
                f.parts().forEach(part -> byTerm.add(Explanation.of(part.toString())));
                boolean scoped = f.parts().stream().anyMatch(part -> part.term().isScoped());
                lines.add(new Explanation((scoped ? "each act judged by the term of its scope in force on its day ("
                        : "each act judged by the term in force on its day (") + f.parts().size()
                        + " terms); decided by the term " + f.term().orElseThrow().label(), byTerm));
            }
            f.term().ifPresent(term -> lines.add(Explanation.of("term " + term.label() + ": target "
                    + targetText(term) + (term.mandatory() ? ", mandatory" : ", not mandatory")
                    + (rule.terms().size() > 1 && !rule.isDatedByAct() && !term.isScoped() ? " (selected as of "
                            + context.asOf() + " from " + rule.terms().size() + " terms)" : "")
                    + (rule.terms().size() > 1 && rule.isDatedByAct() && f.parts().size() <= 1
                            ? " (every act in scope fell in its days; " + rule.terms().size() + " terms)" : ""))));
            for (Parameter p : rule.parameters()) {
                if (p.name().equals(Rule.MINIMUM_ACTS) && !p.isOverridden()) {
                    continue; // the implicit default of every rule; shown once overridden
                }
                p.valueOn(context.asOf()).ifPresent(v -> lines.add(Explanation.of("parameter " + p.name() + " ("
                        + p.description() + "): " + p.format(v.amount())
                        + (v.isOverridden() ? " (overridden; the source's value is "
                                + p.format(v.replaced().getAsDouble()) + ")" : "")
                        + ", " + v.citation() + (v.citation().basis().isLibraryDefault() ? "" : " (" + v.citation().basis().label() + ")"))));
            }
            if (f.outcome() == Outcome.NOT_APPLICABLE) {
                lines.add(Explanation.of("not applicable: " + f.measurement().reason() + "; left out of the score"));
            } else {
                lines.add(Explanation.of("measured " + f.measurement() + " against target " + f.target().orElseThrow()));
                if (f.outcome() == Outcome.INSUFFICIENT_EVIDENCE) {
                    lines.add(Explanation.of(countsAlone ? "insufficient evidence counts as attainment 0"
                            : "insufficient evidence; left out of the score"));
                } else {
                    lines.add(Explanation.of("attainment " + String.format(Locale.ROOT, "%.3f", f.attainment().getAsDouble())
                            + " (curve " + rule.curve() + ")"));
                }
                if (ruleCounts) {
                    lines.add(Explanation.of("weight " + Unit.plain(rule.weight()) + " of " + Unit.plain(weightSum)
                            + " in the criterion → " + twoDecimals(f.points()) + " points"));
                }
                if (f.evidence().count() > 0) {
                    lines.add(Explanation.of("evidence: " + f.evidence()));
                }
            }
            lines.add(Explanation.of("source: " + f.citation() + " [" + f.citation().basis().label() + "]"));
            lines.add(Explanation.of("finding: " + f.message()));
            return new Explanation("Rule " + rule.id() + " \"" + rule.title() + "\": " + f.outcome()
                    + (f.isMandatory() ? " [mandatory]" : ""), lines);
        }
    }

    /** Configures a {@link ComplianceEngine}. Not thread-safe. */
    public static final class Builder {
        private int evidenceLimit = EvaluationContext.DEFAULT_EVIDENCE_LIMIT;
        private int parallelism = 1;

        private Builder() {
        }

        /**
         * Sets the most offending ids a finding lists (default 20).
         *
         * @param value the limit, not negative
         * @return this builder
         * @throws IllegalArgumentException if the limit is negative
         */
        public Builder evidenceLimit(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("evidenceLimit \"" + value + "\" is negative; it must be 0 or more");
            }
            this.evidenceLimit = value;
            return this;
        }

        /**
         * Sets how many subjects {@link ComplianceEngine#scoreAll} scores at once (default 1).
         *
         * @param value the number of threads, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the value is below 1 or above {@link ComplianceEngine#MAX_PARALLELISM}
         */
        public Builder parallelism(int value) {
            if (value < 1 || value > MAX_PARALLELISM) {
                throw new IllegalArgumentException("parallelism \"" + value + "\" is not from 1 to " + MAX_PARALLELISM
                        + "; scoring uses at most " + THREADS_PER_CORE + " threads per core in any case");
            }
            this.parallelism = value;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         */
        public ComplianceEngine build() {
            return new ComplianceEngine(evidenceLimit, parallelism);
        }
    }
}
