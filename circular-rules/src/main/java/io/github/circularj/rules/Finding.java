package io.github.circularj.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The judgement of one rule on one subject as of a date: outcome, measurement, the term and target in
 * force, attainment, evidence, citation, points and a sentence a person can read.
 *
 * <p>Findings are made by the {@link ComplianceEngine}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {

    private final RuleId ruleId;
    private final String title;
    private final Outcome outcome;
    private final Measurement measurement;
    private final Optional<Term> term;
    private final OptionalDouble attainment;
    private final Citation citation;
    private final double weight;
    private final double points;
    private final String message;
    private final List<Part> parts;

    /**
     * One term's part of a finding over acts that fell under several terms: the acts of that term's days,
     * measured and judged against that term's target.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param term the term
     * @param measurement the measurement of the acts in the term's days
     * @param outcome the outcome against the term's target
     * @param attainment the attainment, empty when the part is not judged
     */
    public record Part(Term term, Measurement measurement, Outcome outcome, OptionalDouble attainment) {

        /**
         * Validates the part.
         *
         * @param term the term, not null
         * @param measurement the measurement, not null
         * @param outcome the outcome, not null
         * @param attainment the attainment, not null
         */
        public Part {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(measurement, "measurement");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(attainment, "attainment");
        }

        /**
         * Returns the part as text, e.g. {@code "from 2027-01-01: 50 % (1 of 2) against at least 100 %, NOT_MET,
         * mandatory"}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return term.label() + ": " + measurement + " against " + term.target() + ", " + outcome
                    + (term.mandatory() ? ", mandatory" : "");
        }
    }

    Finding(RuleId ruleId, String title, Outcome outcome, Measurement measurement, Optional<Term> term,
            OptionalDouble attainment, Citation citation, double weight, double points, String message) {
        this(ruleId, title, outcome, measurement, term, attainment, citation, weight, points, message, List.of());
    }

    Finding(RuleId ruleId, String title, Outcome outcome, Measurement measurement, Optional<Term> term,
            OptionalDouble attainment, Citation citation, double weight, double points, String message,
            List<Part> parts) {
        this.parts = List.copyOf(parts);
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.title = Objects.requireNonNull(title, "title");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.measurement = Objects.requireNonNull(measurement, "measurement");
        this.term = Objects.requireNonNull(term, "term");
        this.attainment = Objects.requireNonNull(attainment, "attainment");
        this.citation = Objects.requireNonNull(citation, "citation");
        this.weight = weight;
        this.points = points;
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the rule's id.
     *
     * @return the id
     */
    public RuleId ruleId() {
        return ruleId;
    }

    /**
     * Returns the rule's title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the outcome.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Returns what was measured; not measured at all (a not-applicable measurement) when the rule was not
     * in force or not for this subject.
     *
     * @return the measurement
     */
    public Measurement measurement() {
        return measurement;
    }

    /**
     * Returns the rule's term in force on the as-of date.
     *
     * @return the term, or empty when the rule was not in force
     */
    public Optional<Term> term() {
        return term;
    }

    /**
     * Returns each term's part, for a rule whose terms apply by the date of each act
     * ({@link Rule#isDatedByAct()}): one part per term whose days held acts in scope. The finding combines
     * them: its outcome is the worst part's, its term the one that decides it (a failed mandatory part's
     * first), its measurement the parts pooled.
     *
     * @return the parts, unmodifiable; empty for a rule judged by the term in force on the as-of date
     */
    public List<Part> parts() {
        return parts;
    }

    /**
     * Returns the target in force on the as-of date.
     *
     * @return the target, or empty when the rule was not in force
     */
    public Optional<Target> target() {
        return term.map(Term::target);
    }

    /**
     * Returns whether the term in force made the rule mandatory.
     *
     * @return true if mandatory on the as-of date
     */
    public boolean isMandatory() {
        return term.map(Term::mandatory).orElse(false);
    }

    /**
     * Returns the attainment given by the rule's scoring curve.
     *
     * @return the attainment in [0, 1]; empty for {@link Outcome#NOT_APPLICABLE} and
     *     {@link Outcome#INSUFFICIENT_EVIDENCE} (which the pack's policy may count as 0)
     */
    public OptionalDouble attainment() {
        return attainment;
    }

    /**
     * Returns the offending records.
     *
     * @return the evidence, the measurement's
     */
    public Evidence evidence() {
        return measurement.evidence();
    }

    /**
     * Returns the citation in force: the term's own, or else the rule's.
     *
     * @return the citation
     */
    public Citation citation() {
        return citation;
    }

    /**
     * Returns the rule's weight within its criterion.
     *
     * @return the weight
     */
    public double weight() {
        return weight;
    }

    /**
     * Returns what this finding adds to the total score; the points of all findings sum to the score.
     *
     * @return the points in [0, 100]
     */
    public double points() {
        return points;
    }

    /**
     * Returns one sentence a person can read, for example "12 of 480 phones sold (2.5 %) had no
     * data-erasure record before sale; the target is 100 % (数据安全技术 电子产品信息清除技术要求, in force
     * 2027-01-01)".
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Finding f && ruleId.equals(f.ruleId) && title.equals(f.title) && outcome == f.outcome
                && measurement.equals(f.measurement) && term.equals(f.term) && attainment.equals(f.attainment)
                && citation.equals(f.citation) && Double.compare(weight, f.weight) == 0
                && Double.compare(points, f.points) == 0 && message.equals(f.message) && parts.equals(f.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, outcome, measurement, term, attainment, points, message, parts);
    }

    /**
     * Returns the finding as text: {@code "DATA-ERASURE NOT_MET: <message>"}.
     *
     * @return the finding as text
     */
    @Override
    public String toString() {
        return ruleId + " " + outcome + ": " + message;
    }
}
