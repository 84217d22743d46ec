package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A versioned, effective-dated set of weighted criteria of rules, with band thresholds and a policy for
 * missing evidence: what the {@link ComplianceEngine} scores a subject against.
 *
 * <p>Built with {@link #builder(String, String)}; derived with {@link #withTarget(RuleId, Target)},
 * {@link #withWeight(String, double)}, {@link #withRule(String, Rule)}, {@link #withoutRule(RuleId)} and
 * friends, each returning a new pack. A rule is mandatory when the term in force says so, so the set of
 * mandatory rules depends on the date: see {@link #mandatoryRules(LocalDate)}.
 *
 * <p>Refused at build: a blank id or version, no criteria, two criteria with one name, two rules with one
 * id, a negative or non-finite weight, criteria whose weights are all zero, or a criterion whose rules'
 * weights are all zero. Band thresholds out of order are refused by {@link BandThresholds}.
 *
 * <p>This class is immutable and thread-safe if its rules' functions are (measures, applicability
 * predicates and describers without shared mutable state, as those of the built-in packs are): a pack
 * may then be shared by any number of threads scoring at once, without synchronisation.
 *
 * @param <S> the type of the subject
 * @param <T> the type of the records
 */
public final class RulePack<S, T> {

    /** The largest weight of a criterion or a rule: large enough for any ratio, small enough that sums stay exact and finite. */
    public static final double MAX_WEIGHT = 1.0e6;

    private final String id;
    private final String version;
    private final EffectivePeriod effectivePeriod;
    private final List<Criterion<S, T>> criteria;
    private final BandThresholds bandThresholds;
    private final InsufficientEvidencePolicy insufficientEvidencePolicy;

    private RulePack(String id, String version, EffectivePeriod effectivePeriod, List<Criterion<S, T>> criteria,
            BandThresholds bandThresholds, InsufficientEvidencePolicy policy) {
        this.id = checkText(id, "pack id");
        this.version = checkText(version, "pack " + id + " version");
        this.effectivePeriod = Objects.requireNonNull(effectivePeriod, "effectivePeriod");
        this.criteria = List.copyOf(criteria);
        this.bandThresholds = Objects.requireNonNull(bandThresholds, "bandThresholds");
        this.insufficientEvidencePolicy = Objects.requireNonNull(policy, "insufficientEvidencePolicy");
        String name = "pack " + id + " " + version;
        if (this.criteria.isEmpty()) {
            throw new IllegalArgumentException(name + " has no criteria: criteria \"[]\" is empty; a pack needs at least one");
        }
        Set<String> names = new HashSet<>();
        Set<RuleId> ids = new HashSet<>();
        for (Criterion<S, T> c : this.criteria) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException(name + ": criterion \"" + c.name() + "\" appears twice; criterion names are unique");
            }
            for (Rule<S, T> r : c.rules()) {
                if (!ids.add(r.id())) {
                    throw new IllegalArgumentException(name + ": rule id \"" + r.id() + "\" appears twice; rule ids are unique within a pack");
                }
            }
        }
        if (this.criteria.stream().allMatch(c -> c.weight() == 0.0)) {
            throw new IllegalArgumentException(name + ": the weights \"" + this.criteria.stream().map(Criterion::weight).toList()
                    + "\" of its criteria are all zero; at least one must be positive");
        }
    }

    static double checkWeight(double weight, String what) {
        if (!Double.isFinite(weight) || weight < 0.0 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException(what + " \"" + weight + "\" is not a number from 0 to "
                    + Unit.plain(MAX_WEIGHT) + "; weights are bounded so that every score is finite");
        }
        return weight == 0.0 ? 0.0 : weight;
    }

    private static String checkText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " \"" + text + "\" is blank");
        }
        return text;
    }

    /**
     * Starts building a pack.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     * @param id the pack's id, not blank, e.g. "pilot-enterprise"
     * @param version the pack's version, not blank, e.g. "2025.1"
     * @return the builder
     */
    public static <S, T> Builder<S, T> builder(String id, String version) {
        return new Builder<>(id, version);
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the version.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * Returns the days the pack may be used for.
     *
     * @return the effective period
     */
    public EffectivePeriod effectivePeriod() {
        return effectivePeriod;
    }

    /**
     * Returns the criteria in order.
     *
     * @return the criteria, unmodifiable, not empty
     */
    public List<Criterion<S, T>> criteria() {
        return criteria;
    }

    /**
     * Returns all rules in pack order (criterion by criterion).
     *
     * @return the rules, unmodifiable
     */
    public List<Rule<S, T>> rules() {
        List<Rule<S, T>> all = new ArrayList<>();
        criteria.forEach(c -> all.addAll(c.rules()));
        return List.copyOf(all);
    }

    /**
     * Returns a rule by id.
     *
     * @param ruleId the id, not null
     * @return the rule, or empty if the pack has none with that id
     */
    public Optional<Rule<S, T>> rule(RuleId ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /**
     * Returns the rules with a mandatory term in force on a date (for a rule with scoped terms, in some scope),
     * in pack order.
     *
     * @param asOf the date, not null
     * @return the ids, unmodifiable
     */
    public List<RuleId> mandatoryRules(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return rules().stream().filter(r -> r.termsAsOf(asOf).stream().anyMatch(Term::mandatory))
                .map(Rule::id).toList();
    }

    /**
     * Returns the band thresholds.
     *
     * @return the thresholds
     */
    public BandThresholds bandThresholds() {
        return bandThresholds;
    }

    /**
     * Returns how rules with insufficient evidence are scored.
     *
     * @return the policy, {@link InsufficientEvidencePolicy#COUNT_AS_ZERO} unless set
     */
    public InsufficientEvidencePolicy insufficientEvidencePolicy() {
        return insufficientEvidencePolicy;
    }

    /**
     * Returns a copy in which every term of a rule has another target; findings then say the target was
     * overridden and what it was (so a library default is never passed off as the source's number).
     *
     * @param ruleId the rule, not null
     * @param target the new target, not null
     * @return the copy
     * @throws IllegalArgumentException if the pack has no such rule, or the rule's curve does not fit
     */
    public RulePack<S, T> withTarget(RuleId ruleId, Target target) {
        Objects.requireNonNull(target, "target");
        return mapRule(ruleId, r -> r.withTarget(target));
    }

    /**
     * Returns a copy in which one parameter of a rule has another value on every date; findings then name
     * the parameter, its new value and the source's value it replaced.
     *
     * @param ruleId the rule, not null
     * @param name the parameter's name, not null, e.g. {@code "refund-window"}
     * @param value the new value, in the parameter's unit ({@link #describe()} lists them)
     * @return the copy
     * @throws IllegalArgumentException if the pack has no such rule, the rule no such parameter, or the value
     *     is not valid for it
     */
    public RulePack<S, T> withParameter(RuleId ruleId, String name, double value) {
        Objects.requireNonNull(name, "name");
        return mapRule(ruleId, r -> r.withParameter(name, value));
    }

    /**
     * Returns every rule of the pack as data, in the pack's order: criterion, title, citation with every
     * source, terms and parameters with their dated values and bases.
     *
     * @return the descriptions, unmodifiable
     */
    public List<RuleDescription> describe() {
        List<RuleDescription> all = new ArrayList<>();
        for (Criterion<S, T> c : criteria) {
            for (Rule<S, T> r : c.rules()) {
                all.add(RuleDescription.of(c.name(), r));
            }
        }
        return List.copyOf(all);
    }

    /**
     * Returns a copy in which a criterion has another weight.
     *
     * @param criterionName the criterion's name, not null
     * @param weight the weight, finite and not negative
     * @return the copy
     * @throws IllegalArgumentException if there is no such criterion, the weight is negative or not finite,
     *     or all criteria would weigh zero
     */
    public RulePack<S, T> withWeight(String criterionName, double weight) {
        Objects.requireNonNull(criterionName, "criterionName");
        int index = criterionIndex(criterionName);
        List<Criterion<S, T>> changed = new ArrayList<>(criteria);
        changed.set(index, Criterion.of(criterionName, weight, criteria.get(index).rules()));
        return copy(changed);
    }

    /**
     * Returns a copy in which a rule has another weight within its criterion.
     *
     * @param ruleId the rule, not null
     * @param weight the weight, finite and not negative
     * @return the copy
     * @throws IllegalArgumentException if there is no such rule, the weight is negative or not finite, or
     *     all rules of its criterion would weigh zero
     */
    public RulePack<S, T> withRuleWeight(RuleId ruleId, double weight) {
        return mapRule(ruleId, r -> r.withWeight(weight));
    }

    /**
     * Returns a copy with a rule in a criterion: it replaces the rule with the same id in place if that is
     * in this criterion; otherwise that rule (if any) is removed and this one is appended to the criterion,
     * which is created with weight 1 if the pack has none of that name.
     *
     * @param criterionName the criterion's name, not null
     * @param rule the rule, not null
     * @return the copy
     * @throws IllegalArgumentException if the result is not a valid pack
     */
    public RulePack<S, T> withRule(String criterionName, Rule<S, T> rule) {
        Objects.requireNonNull(criterionName, "criterionName");
        Objects.requireNonNull(rule, "rule");
        List<Criterion<S, T>> changed = new ArrayList<>();
        boolean placed = false;
        for (Criterion<S, T> c : criteria) {
            List<Rule<S, T>> rules = new ArrayList<>();
            for (Rule<S, T> r : c.rules()) {
                if (!r.id().equals(rule.id())) {
                    rules.add(r);
                } else if (c.name().equals(criterionName)) {
                    rules.add(rule);
                    placed = true;
                }
            }
            if (c.name().equals(criterionName) && !placed) {
                rules.add(rule);
                placed = true;
            }
            if (!rules.isEmpty()) {
                changed.add(Criterion.of(c.name(), c.weight(), rules));
            }
        }
        if (!placed) {
            changed.add(Criterion.of(criterionName, 1.0, List.of(rule)));
        }
        return copy(changed);
    }

    /**
     * Returns a copy in which the rule with the same id as the given one is replaced in place.
     *
     * @param rule the new rule, not null
     * @return the copy
     * @throws IllegalArgumentException if the pack has no rule with that id
     */
    public RulePack<S, T> withRule(Rule<S, T> rule) {
        Objects.requireNonNull(rule, "rule");
        return mapRule(rule.id(), r -> rule);
    }

    /**
     * Returns a copy without a rule; a criterion left with no rules is dropped.
     *
     * @param ruleId the rule, not null
     * @return the copy
     * @throws IllegalArgumentException if the pack has no such rule, or it is the pack's last rule
     */
    public RulePack<S, T> withoutRule(RuleId ruleId) {
        requireRule(ruleId);
        List<Criterion<S, T>> changed = new ArrayList<>();
        for (Criterion<S, T> c : criteria) {
            List<Rule<S, T>> rules = c.rules().stream().filter(r -> !r.id().equals(ruleId)).toList();
            if (!rules.isEmpty()) {
                changed.add(Criterion.of(c.name(), c.weight(), rules));
            }
        }
        return copy(changed);
    }

    /**
     * Returns a copy with other band thresholds.
     *
     * @param thresholds the thresholds, not null
     * @return the copy
     */
    public RulePack<S, T> withBandThresholds(BandThresholds thresholds) {
        return new RulePack<>(id, version, effectivePeriod, criteria, thresholds, insufficientEvidencePolicy);
    }

    /**
     * Returns a copy with another policy for insufficient evidence.
     *
     * @param policy the policy, not null
     * @return the copy
     */
    public RulePack<S, T> withInsufficientEvidencePolicy(InsufficientEvidencePolicy policy) {
        return new RulePack<>(id, version, effectivePeriod, criteria, bandThresholds, policy);
    }

    /**
     * Returns a copy with another version label, for example to tell a variant from its baseline.
     *
     * @param newVersion the version, not blank
     * @return the copy
     */
    public RulePack<S, T> withVersion(String newVersion) {
        return new RulePack<>(id, newVersion, effectivePeriod, criteria, bandThresholds, insufficientEvidencePolicy);
    }

    private RulePack<S, T> copy(List<Criterion<S, T>> changed) {
        return new RulePack<>(id, version, effectivePeriod, changed, bandThresholds, insufficientEvidencePolicy);
    }

    private int criterionIndex(String name) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("pack " + id + " " + version + " has no criterion \"" + name + "\"");
    }

    private void requireRule(RuleId ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (rule(ruleId).isEmpty()) {
            throw new IllegalArgumentException("pack " + id + " " + version + " has no rule " + ruleId);
        }
    }

    private RulePack<S, T> mapRule(RuleId ruleId, UnaryOperator<Rule<S, T>> change) {
        requireRule(ruleId);
        List<Criterion<S, T>> changed = new ArrayList<>();
        for (Criterion<S, T> c : criteria) {
            List<Rule<S, T>> rules = c.rules().stream().map(r -> r.id().equals(ruleId) ? change.apply(r) : r).toList();
            changed.add(Criterion.of(c.name(), c.weight(), rules));
        }
        return copy(changed);
    }

    /**
     * Returns the pack as text, e.g. {@code "pilot-enterprise 2025.1 (from 2025-01-01)"}.
     *
     * @return the pack as text
     */
    @Override
    public String toString() {
        return id + " " + version + " (" + effectivePeriod + ")";
    }

    /**
     * Builds a {@link RulePack}. Not thread-safe.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     */
    public static final class Builder<S, T> {
        private final String id;
        private final String version;
        private EffectivePeriod effective = EffectivePeriod.ALWAYS;
        private final List<Criterion<S, T>> criteria = new ArrayList<>();
        private BandThresholds thresholds = BandThresholds.DEFAULT;
        private InsufficientEvidencePolicy policy = InsufficientEvidencePolicy.COUNT_AS_ZERO;

        private Builder(String id, String version) {
            this.id = checkText(id, "pack id");
            this.version = checkText(version, "pack " + id + " version");
        }

        /**
         * Sets the days the pack may be used for (default {@link EffectivePeriod#ALWAYS}).
         *
         * @param period the period, not null
         * @return this builder
         */
        public Builder<S, T> effective(EffectivePeriod period) {
            this.effective = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * Adds a criterion.
         *
         * @param name the name, not blank
         * @param weight the weight, finite and not negative
         * @param rules the rules in order, not empty
         * @return this builder
         * @throws IllegalArgumentException if the criterion is not valid
         */
        @SafeVarargs
        public final Builder<S, T> criterion(String name, double weight, Rule<S, T>... rules) {
            List<Rule<S, T>> list = new ArrayList<>();
            for (Rule<S, T> rule : rules) {
                list.add(rule);
            }
            return criterion(Criterion.of(name, weight, list));
        }

        /**
         * Adds a criterion.
         *
         * @param criterion the criterion, not null
         * @return this builder
         */
        public Builder<S, T> criterion(Criterion<S, T> criterion) {
            criteria.add(Objects.requireNonNull(criterion, "criterion"));
            return this;
        }

        /**
         * Sets the band thresholds (default {@link BandThresholds#DEFAULT}).
         *
         * @param value the thresholds, not null
         * @return this builder
         */
        public Builder<S, T> bandThresholds(BandThresholds value) {
            this.thresholds = Objects.requireNonNull(value, "bandThresholds");
            return this;
        }

        /**
         * Sets how rules with insufficient evidence are scored (default
         * {@link InsufficientEvidencePolicy#COUNT_AS_ZERO}).
         *
         * @param value the policy, not null
         * @return this builder
         */
        public Builder<S, T> insufficientEvidence(InsufficientEvidencePolicy value) {
            this.policy = Objects.requireNonNull(value, "insufficientEvidence");
            return this;
        }

        /**
         * Builds the pack.
         *
         * @return the pack
         * @throws IllegalArgumentException if the pack is not valid (see the class description)
         */
        public RulePack<S, T> build() {
            return new RulePack<>(id, version, effective, criteria, thresholds, policy);
        }
    }
}
