package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A duty as a single-pass indicator plus a judgement: id, title, citation, applicability, measure,
 * effective-dated {@link Term}s (target and mandatory flag), scoring curve, weight within its criterion
 * and a describer for messages.
 *
 * <p>A rule applies to a subject on a date when a term is in force on that date and the applicability
 * predicate accepts the subject (for an enterprise, typically its roles). Which records are in scope
 * (for example items of categories that hold personal data) is the measure's business.
 *
 * <p>A user's own rule is written with the same public blocks as the built-in ones
 * ({@link io.github.circularj.rules.blocks}); this example is compiled and run, verbatim, by the tests
 * ({@code RuleJavadocExampleTest}):
 *
 * <pre>{@code
 * Rule<EnterpriseSubject, Lifecycle> erasure = Rule.<EnterpriseSubject, Lifecycle>builder(
 *                 RuleId.of("MY-ERASURE"), "Devices erased before sale")
 *         .citation(Citation.of("数据安全技术 电子产品信息清除技术要求", "", Basis.STANDARD))
 *         .appliesTo("dealers", shop -> shop.enterprise().hasRole(EnterpriseRole.DEALER))
 *         .measure((shop, context) -> TallyIndicator.share(EventTypes.of(EventType.SOLD),
 *                 item -> Tally.item(item.item().category().holdsPersonalData(), item.has(EventType.DATA_ERASED)),
 *                 context.evidenceLimit()))
 *         .term(Term.of(EffectivePeriod.until(LocalDate.of(2027, 1, 1)), Target.atLeast(0.95, Unit.SHARE), false))
 *         .term(Term.of(EffectivePeriod.from(LocalDate.of(2027, 1, 1)), Target.atLeast(1.0, Unit.SHARE), true))
 *         .describedAs(Describer.share("devices sold", "had no erasure record"))
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its functions are (the measure, the applicability
 * predicate and the describer keep no shared mutable state, as the built-in rules' do).
 *
 * @param <S> the type of the subject
 * @param <T> the type of the records
 */
public final class Rule<S, T> {

    /**
     * The parameter every rule has: the fewest acts in scope (the denominator of a share) a finding needs;
     * fewer, but some, make the finding INSUFFICIENT_EVIDENCE. 1 unless declared or overridden, a library
     * default; none in scope stays NOT_APPLICABLE.
     */
    public static final String MINIMUM_ACTS = "minimum-acts";

    private final RuleId id;
    private final String title;
    private final String titleTemplate;
    private final Citation citation;
    private final String appliesTo;
    private final Predicate<? super S> applicability;
    private final Measure<S, T> measure;
    private final List<Term> terms;
    private final List<Parameter> parameters;
    private final ScoringCurve curve;
    private final boolean datedByAct;
    private final double weight;
    private final Describer describer;

    private Rule(Builder<S, T> b, List<Term> terms) {
        this.id = b.id;
        List<Parameter> declared = new ArrayList<>(b.parameters);
        if (declared.stream().noneMatch(p -> p.name().equals(MINIMUM_ACTS))) {
            declared.add(Parameter.of(MINIMUM_ACTS, "the fewest acts in scope a finding needs", 1, Unit.COUNT,
                    Citation.of("Circular library default", "", Basis.LIBRARY_DEFAULT)));
        }
        this.parameters = List.copyOf(declared);
        Parameters.of(parameters, LocalDate.MIN); // names unique
        this.titleTemplate = b.title;
        this.title = fill(b.title, parameters, id);
        if (b.citation == null || b.measure == null) {
            throw new IllegalArgumentException("rule " + b.id + ": " + (b.citation == null ? "citation" : "measure")
                    + " is not set; every rule needs a citation and a measure");
        }
        this.citation = b.citation;
        this.appliesTo = b.appliesTo;
        this.applicability = b.applicability;
        this.measure = b.measure;
        this.curve = b.curve;
        this.datedByAct = b.datedByAct;
        this.weight = b.weight;
        this.describer = b.describer;
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(t -> t.period().start())); // stable: terms of one day in declaration order
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " has no target; give it a target or at least one term");
        }
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Term a = sorted.get(i);
                Term b2 = sorted.get(j);
                if (a.scope().equals(b2.scope()) && a.period().overlaps(b2.period())) {
                    throw new IllegalArgumentException("rule " + id + ": terms " + a.label() + " and " + b2.label()
                            + " overlap; at most one term of a scope may be in force on any date");
                }
            }
        }
        for (Term term : sorted) {
            curve.checkFits(term.target(), "rule " + id);
        }
        this.terms = List.copyOf(sorted);
    }

    /**
     * Writes a title from its template: each {@code {name}} becomes the latest value of that parameter, so
     * that a title never re-types a number the rule holds as a parameter.
     */
    private static String fill(String template, List<Parameter> parameters, RuleId id) {
        String text = template;
        for (Parameter p : parameters) {
            text = text.replace("{" + p.name() + "}", p.format(p.latest().amount()));
        }
        int open = text.indexOf('{');
        if (open >= 0 && text.indexOf('}', open) > open) {
            throw new IllegalArgumentException("rule " + id + ": title \"" + template + "\" names "
                    + text.substring(open, text.indexOf('}', open) + 1) + ", which is not one of its parameters");
        }
        return text;
    }

    /**
     * Starts building a rule.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     * @param id the rule's id, not null
     * @param title a short title, not blank, e.g. "Data erased before resale"; {@code {name}} stands for the
     *     latest value of the parameter of that name, e.g. "Refund within {refund-window} of receiving the return"
     * @return the builder
     * @throws IllegalArgumentException if the title is blank
     */
    public static <S, T> Builder<S, T> builder(RuleId id, String title) {
        return new Builder<>(id, title);
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public RuleId id() {
        return id;
    }

    /**
     * Returns the title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the rule's citation; a term may cite its own.
     *
     * @return the citation
     */
    public Citation citation() {
        return citation;
    }

    /**
     * Returns the description of the subjects the rule applies to, e.g. "dealers and refurbishers".
     *
     * @return the description
     */
    public String appliesTo() {
        return appliesTo;
    }

    /**
     * Returns whether the rule applies to a kind of subject (ignoring dates and records in scope).
     *
     * @param subject the subject, not null
     * @return true if the applicability predicate accepts it
     */
    public boolean appliesTo(S subject) {
        return applicability.test(Objects.requireNonNull(subject, "subject"));
    }

    /**
     * Returns the measure.
     *
     * @return the measure
     */
    public Measure<S, T> measure() {
        return measure;
    }

    /**
     * Returns the terms in order of their start dates (terms of one start date, such as scoped terms, in the
     * order declared).
     *
     * @return the terms, unmodifiable, not empty
     */
    public List<Term> terms() {
        return terms;
    }

    /**
     * Returns the parameters: the numbers of the rule other than its target, {@value #MINIMUM_ACTS} last
     * unless declared.
     *
     * @return the parameters, unmodifiable, never empty
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * Returns a parameter by name.
     *
     * @param name the name, not null
     * @return the parameter, or empty if the rule has none of that name
     */
    public Optional<Parameter> parameter(String name) {
        Objects.requireNonNull(name, "name");
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Returns the term in force on a date; for a rule with scoped terms, the first in force in the rule's order
     * (see {@link #termsAsOf} for all of them).
     *
     * @param date the date, not null
     * @return the term, or empty if the rule is not in force that day
     */
    public Optional<Term> termAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return terms.stream().filter(t -> t.period().contains(date)).findFirst();
    }

    /**
     * Returns the terms in force on a date: one per scope ({@link Term#scope()}); for a rule without scoped
     * terms, the one term of {@link #termAsOf}.
     *
     * @param date the date, not null
     * @return the terms in force, in the rule's order; empty if the rule is not in force that day
     */
    public List<Term> termsAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return terms.stream().filter(t -> t.period().contains(date)).toList();
    }

    /**
     * Returns whether each term applies to the acts that fall in its period (tempus regit actum), rather than
     * the one term in force on the as-of date. A rule dated by act is measured once per term, counting the
     * acts of that term's days up to the as-of date; its finding reports each term's part
     * ({@link Finding#parts()}) and combines them: the worst outcome, mandatory when a failed part's term
     * is.
     *
     * @return true if the terms apply by the date of each act
     */
    public boolean isDatedByAct() {
        return datedByAct;
    }

    /**
     * Returns the scoring curve.
     *
     * @return the curve
     */
    public ScoringCurve curve() {
        return curve;
    }

    /**
     * Returns the weight within its criterion.
     *
     * @return the weight, finite and not negative
     */
    public double weight() {
        return weight;
    }

    /**
     * Returns the describer that phrases findings.
     *
     * @return the describer
     */
    public Describer describer() {
        return describer;
    }

    /**
     * Returns a copy whose every term has another target, each remembering the target it replaced.
     *
     * @param target the new target, not null
     * @return the copy
     * @throws IllegalArgumentException if the rule's scoring curve does not fit the target
     */
    public Rule<S, T> withTarget(Target target) {
        Objects.requireNonNull(target, "target");
        List<Term> changed = new ArrayList<>();
        for (Term term : terms) {
            changed.add(term.overriddenWith(target));
        }
        return toBuilder().rebuild(changed);
    }

    /**
     * Returns a copy with one parameter overridden: every value of the parameter becomes {@code amount},
     * each remembering the source's value it replaced, and the title is written again from it.
     *
     * @param name the parameter's name, not null
     * @param amount the new value, in the parameter's unit
     * @return the copy
     * @throws IllegalArgumentException if the rule has no such parameter or the value is not valid for it
     */
    public Rule<S, T> withParameter(String name, double amount) {
        Parameter current = Parameters.of(parameters, LocalDate.MIN).parameter(name);
        Builder<S, T> b = toBuilder();
        b.parameters.replaceAll(p -> p.name().equals(name) ? current.overriddenWith(amount) : p);
        return b.rebuild(terms);
    }

    /**
     * Returns a copy with another weight within its criterion.
     *
     * @param newWeight the weight, finite and not negative
     * @return the copy
     * @throws IllegalArgumentException if the weight is negative or not finite
     */
    public Rule<S, T> withWeight(double newWeight) {
        return toBuilder().weight(newWeight).rebuild(terms);
    }

    private Builder<S, T> toBuilder() {
        Builder<S, T> b = new Builder<S, T>(id, titleTemplate);
        b.parameters.addAll(parameters);
        b.citation = citation;
        b.appliesTo = appliesTo;
        b.applicability = applicability;
        b.measure = measure;
        b.curve = curve;
        b.datedByAct = datedByAct;
        b.weight = weight;
        b.describer = describer;
        return b;
    }

    /**
     * Returns the rule as text, e.g. {@code "DATA-ERASURE Data erased before resale"}.
     *
     * @return the id and title
     */
    @Override
    public String toString() {
        return id + " " + title;
    }

    /**
     * Builds a {@link Rule}. Not thread-safe.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     */
    public static final class Builder<S, T> {
        private final RuleId id;
        private final String title;
        private Citation citation;
        private String appliesTo = "all subjects";
        private Predicate<? super S> applicability = s -> true;
        private Measure<S, T> measure;
        private final List<Term> terms = new ArrayList<>();
        private final List<Parameter> parameters = new ArrayList<>();
        private Target target;
        private boolean mandatory;
        private EffectivePeriod effective = EffectivePeriod.ALWAYS;
        private ScoringCurve curve = ScoringCurve.step();
        private boolean datedByAct;
        private double weight = 1.0;
        private Describer describer = Describer.plain();

        private Builder(RuleId id, String title) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = Objects.requireNonNull(title, "title");
            if (title.isBlank()) {
                throw new IllegalArgumentException("rule " + id + ": title \"" + title + "\" is blank");
            }
        }

        /**
         * Sets the citation (required).
         *
         * @param value the citation, not null
         * @return this builder
         */
        public Builder<S, T> citation(Citation value) {
            this.citation = Objects.requireNonNull(value, "citation");
            return this;
        }

        /**
         * Sets which subjects the rule applies to (default: all).
         *
         * @param description the subjects in words, e.g. "operators that buy in", not null
         * @param predicate accepts the subjects the rule applies to, not null
         * @return this builder
         */
        public Builder<S, T> appliesTo(String description, Predicate<? super S> predicate) {
            this.appliesTo = Objects.requireNonNull(description, "description");
            this.applicability = Objects.requireNonNull(predicate, "predicate");
            return this;
        }

        /**
         * Sets the measure (required).
         *
         * @param value the measure, not null
         * @return this builder
         */
        public Builder<S, T> measure(Measure<S, T> value) {
            this.measure = Objects.requireNonNull(value, "measure");
            return this;
        }

        /**
         * Sets the target of a rule with a single term (use either this or {@link #term(Term)}).
         *
         * @param value the target, not null
         * @return this builder
         */
        public Builder<S, T> target(Target value) {
            this.target = Objects.requireNonNull(value, "target");
            return this;
        }

        /**
         * Sets whether a rule with a single term is mandatory (default false).
         *
         * @param value true if failing the target caps the band
         * @return this builder
         */
        public Builder<S, T> mandatory(boolean value) {
            this.mandatory = value;
            return this;
        }

        /**
         * Sets the effective period of a rule with a single term (default {@link EffectivePeriod#ALWAYS}).
         *
         * @param value the period, not null
         * @return this builder
         */
        public Builder<S, T> effective(EffectivePeriod value) {
            this.effective = Objects.requireNonNull(value, "effective");
            return this;
        }

        /**
         * Adds an effective-dated term (use either terms or {@link #target(Target)}).
         *
         * @param value the term, not null
         * @return this builder
         */
        public Builder<S, T> term(Term value) {
            terms.add(Objects.requireNonNull(value, "term"));
            return this;
        }

        /**
         * Adds a parameter: a number of the rule other than its target, which its measure reads from
         * {@link EvaluationContext#parameters()} and its title and describer may name as {@code {name}}.
         *
         * @param value the parameter, not null, its name not yet used by this rule
         * @return this builder
         */
        public Builder<S, T> parameter(Parameter value) {
            parameters.add(Objects.requireNonNull(value, "parameter"));
            return this;
        }

        /**
         * Sets whether each term applies to the acts in its period (default false: the term in force on the
         * as-of date applies to all). A measure of a rule dated by act counts only the acts of
         * {@link Parameters#actsIn()}.
         *
         * @param value true to date the terms by act
         * @return this builder
         */
        public Builder<S, T> datedByAct(boolean value) {
            this.datedByAct = value;
            return this;
        }

        /**
         * Sets the scoring curve (default {@link ScoringCurve#step()}).
         *
         * @param value the curve, not null
         * @return this builder
         */
        public Builder<S, T> curve(ScoringCurve value) {
            this.curve = Objects.requireNonNull(value, "curve");
            return this;
        }

        /**
         * Sets the weight within the criterion (default 1).
         *
         * @param value the weight, finite and not negative
         * @return this builder
         * @throws IllegalArgumentException if the weight is negative or not finite
         */
        public Builder<S, T> weight(double value) {
            this.weight = RulePack.checkWeight(value, "rule " + id + " weight");
            return this;
        }

        /**
         * Sets how findings phrase the measurement (default {@link Describer#plain()}).
         *
         * @param value the describer, not null
         * @return this builder
         */
        public Builder<S, T> describedAs(Describer value) {
            this.describer = Objects.requireNonNull(value, "describer");
            return this;
        }

        /**
         * Builds the rule.
         *
         * @return the rule
         * @throws IllegalArgumentException if the citation, measure or target is missing, both a single
         *     target and terms were given, terms overlap, or the curve does not fit a target
         */
        public Rule<S, T> build() {
            if (target != null && !terms.isEmpty()) {
                throw new IllegalArgumentException("rule " + id + ": give either target(...) or term(...), not both");
            }
            if (target == null && (mandatory || !effective.equals(EffectivePeriod.ALWAYS))) {
                if (terms.isEmpty()) {
                    throw new IllegalArgumentException("rule " + id + " has no target; give it a target or at least one term");
                }
                throw new IllegalArgumentException("rule " + id + ": mandatory(...) and effective(...) go with target(...); a term carries its own");
            }
            return rebuild(target != null ? List.of(Term.of(effective, target, mandatory)) : terms);
        }

        private Rule<S, T> rebuild(List<Term> withTerms) {
            return new Rule<>(this, withTerms);
        }
    }
}
