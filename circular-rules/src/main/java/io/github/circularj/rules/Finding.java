package io.github.circularj.rules;

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

    Finding(RuleId ruleId, String title, Outcome outcome, Measurement measurement, Optional<Term> term,
            OptionalDouble attainment, Citation citation, double weight, double points, String message) {
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
                && Double.compare(points, f.points) == 0 && message.equals(f.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, outcome, measurement, term, attainment, points, message);
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
