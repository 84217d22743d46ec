package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring one subject against one pack as of a date: score, band, criterion scores,
 * findings in pack order, the mandatory rules that capped the band, and the whole reasoning.
 *
 * <p>A subject that holds no accepted record, or to which no rule of the pack applies with evidence
 * (nothing counted), is not {@linkplain #isRated() rated}: it earns score 0 and band {@link Band#NOT_RATED},
 * since there is no evidence either way, and {@link #explain()} says so.
 *
 * <p>Equal inputs give equal scorecards and identical explanations. This class is immutable and
 * thread-safe.
 */
public final class Scorecard {

    private final String subjectId;
    private final String subjectName;
    private final String packId;
    private final String packVersion;
    private final LocalDate asOf;
    private final double score;
    private final Band band;
    private final boolean rated;
    private final List<CriterionScore> criterionScores;
    private final List<Finding> findings;
    private final List<RuleId> cappedBy;
    private final Explanation explanation;

    Scorecard(String subjectId, String subjectName, String packId, String packVersion, LocalDate asOf, double score,
            Band band, boolean rated, List<CriterionScore> criterionScores, List<Finding> findings,
            List<RuleId> cappedBy, Explanation explanation) {
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.subjectName = Objects.requireNonNull(subjectName, "subjectName");
        this.packId = packId;
        this.packVersion = packVersion;
        this.asOf = asOf;
        this.score = score;
        this.band = band;
        this.rated = rated;
        this.criterionScores = List.copyOf(criterionScores);
        this.findings = List.copyOf(findings);
        this.cappedBy = List.copyOf(cappedBy);
        this.explanation = explanation;
    }

    /**
     * Returns the subject's id.
     *
     * @return the id
     */
    public String subjectId() {
        return subjectId;
    }

    /**
     * Returns the subject's name.
     *
     * @return the name
     */
    public String subjectName() {
        return subjectName;
    }

    /**
     * Returns the pack's id.
     *
     * @return the id
     */
    public String packId() {
        return packId;
    }

    /**
     * Returns the pack's version.
     *
     * @return the version
     */
    public String packVersion() {
        return packVersion;
    }

    /**
     * Returns the date the subject was judged as of.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the total score: the weighted mean of the counted criteria's scores.
     *
     * @return the score in [0, 100]; 0 when not rated
     */
    public double score() {
        return score;
    }

    /**
     * Returns the band: the one the score earns, or {@link Band#NON_COMPLIANT} when a mandatory rule
     * failed or nothing was rated.
     *
     * @return the band
     */
    public Band band() {
        return band;
    }

    /**
     * Returns whether at least one rule counted towards the score.
     *
     * @return false when no rule of the pack applied to the subject
     */
    public boolean isRated() {
        return rated;
    }

    /**
     * Returns the criterion scores in pack order.
     *
     * @return the scores, unmodifiable
     */
    public List<CriterionScore> criterionScores() {
        return criterionScores;
    }

    /**
     * Returns the findings, one per rule, in pack order.
     *
     * @return the findings, unmodifiable
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the finding of a rule.
     *
     * @param ruleId the rule, not null
     * @return the finding, or empty if the pack has no such rule
     */
    public Optional<Finding> finding(RuleId ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    /**
     * Returns the mandatory rules whose target was not met (outcome {@link Outcome#NOT_MET} or
     * {@link Outcome#PARTIALLY_MET}), which cap the band at {@link Band#NON_COMPLIANT}.
     *
     * @return the rule ids in pack order, unmodifiable; empty if the band was not capped
     */
    public List<RuleId> cappedBy() {
        return cappedBy;
    }

    /**
     * Returns the whole reasoning as a tree: pack → criterion → rule → measurement against target →
     * attainment → weighted points, with the band cap and its cause.
     *
     * @return the explanation; {@link Explanation#render()} writes it as indented text
     */
    public Explanation explain() {
        return explanation;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Scorecard s && subjectId.equals(s.subjectId) && subjectName.equals(s.subjectName)
                && packId.equals(s.packId) && packVersion.equals(s.packVersion) && asOf.equals(s.asOf)
                && Double.compare(score, s.score) == 0 && band == s.band && rated == s.rated
                && criterionScores.equals(s.criterionScores) && findings.equals(s.findings)
                && cappedBy.equals(s.cappedBy) && explanation.equals(s.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjectId, packId, packVersion, asOf, score, band, findings);
    }

    /**
     * Returns the headline, e.g. {@code "E1 (Dealer One) pilot-enterprise 2025.1 as of 2027-03-01: 72.50 NEEDS_IMPROVEMENT"}.
     *
     * @return the headline
     */
    @Override
    public String toString() {
        return subjectId + " (" + subjectName + ") " + packId + " " + packVersion + " as of " + asOf + ": "
                + ComplianceEngine.twoDecimals(score) + " " + band;
    }
}
