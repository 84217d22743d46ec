package io.github.circularj.testkit;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;

/**
 * Assertions on a {@link Scorecard}. Obtain one with {@link CircularAssertions#assertThat(Scorecard)}.
 *
 * <p>Every failure message ends with the scorecard's explanation (or the part of it the assertion is
 * about), so an analyst sees why the subject scored as it did.
 */
public final class ScorecardAssert extends AbstractAssert<ScorecardAssert, Scorecard> {

    ScorecardAssert(Scorecard actual) {
        super(actual, ScorecardAssert.class);
    }

    /**
     * Verifies that the scorecard has a band.
     *
     * @param expected the band, not null
     * @return this assertion
     * @throws AssertionError if the band differs
     */
    public ScorecardAssert hasBand(Band expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.band() != expected) {
            failWithMessage("%s", "Expecting " + actual.subjectId() + " to be " + expected + " but it is " + actual.band()
                    + " (score " + actual.score() + ").\nWhy:\n" + Excerpts.scorecard(actual));
        }
        return this;
    }

    /**
     * Verifies that the score lies in a closed range.
     *
     * @param low the lowest score accepted
     * @param high the highest score accepted, not below {@code low}
     * @return this assertion
     * @throws AssertionError if the score is outside the range
     * @throws IllegalArgumentException if {@code high < low}
     */
    public ScorecardAssert hasScoreBetween(double low, double high) {
        if (!(low <= high)) {
            throw new IllegalArgumentException("score range [" + low + ", " + high + "] is empty; low must not exceed high");
        }
        isNotNull();
        if (!(actual.score() >= low && actual.score() <= high)) {
            failWithMessage("%s", "Expecting the score of " + actual.subjectId() + " to be between " + low + " and " + high
                    + " but it is " + actual.score() + ".\nWhy:\n" + Excerpts.scorecard(actual));
        }
        return this;
    }

    /**
     * Verifies that the score is close to a value.
     *
     * @param expected the score expected
     * @param offset the tolerance, not null, e.g. {@code within(0.01)}
     * @return this assertion
     * @throws AssertionError if the score differs by more than the offset
     */
    public ScorecardAssert hasScore(double expected, Offset<Double> offset) {
        Objects.requireNonNull(offset, "offset");
        isNotNull();
        if (!(Math.abs(actual.score() - expected) <= offset.value)) {
            failWithMessage("%s", "Expecting the score of " + actual.subjectId() + " to be " + expected + " within "
                    + offset.value + " but it is " + actual.score() + ".\nWhy:\n" + Excerpts.scorecard(actual));
        }
        return this;
    }

    /**
     * Verifies that a failed mandatory rule capped the band.
     *
     * @param ruleId the rule, not null
     * @return this assertion
     * @throws AssertionError if the rule is not among the rules that capped the band
     */
    public ScorecardAssert isCappedBy(RuleId ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        if (!actual.cappedBy().contains(ruleId)) {
            String capped = actual.cappedBy().isEmpty() ? "its band is not capped" : "it is capped by " + actual.cappedBy();
            failWithMessage("%s", "Expecting the band of " + actual.subjectId() + " to be capped by " + ruleId + " but "
                    + capped + ".\nWhy:\n" + Excerpts.pruned(actual.explain(), List.of(ruleId)).render());
        }
        return this;
    }

    /**
     * Verifies that no mandatory rule capped the band.
     *
     * @return this assertion
     * @throws AssertionError if the band is capped
     */
    public ScorecardAssert isNotCapped() {
        isNotNull();
        if (!actual.cappedBy().isEmpty()) {
            failWithMessage("%s", "Expecting the band of " + actual.subjectId() + " not to be capped but it is capped by "
                    + actual.cappedBy() + ".\nWhy:\n" + Excerpts.pruned(actual.explain(), actual.cappedBy()).render());
        }
        return this;
    }

    /**
     * Verifies that the subject is {@linkplain Scorecard#isRated() rated}: some rule of the pack counted.
     *
     * @return this assertion
     * @throws AssertionError if no rule counted towards the score
     */
    public ScorecardAssert isRated() {
        isNotNull();
        if (!actual.isRated()) {
            failWithMessage("%s", "Expecting " + actual.subjectId() + " to be rated but no rule of pack " + actual.packId()
                    + " " + actual.packVersion() + " counted towards its score.\nWhy:\n" + Excerpts.scorecard(actual));
        }
        return this;
    }

    /**
     * Verifies that the subject is not {@linkplain Scorecard#isRated() rated}: no rule of the pack counted,
     * so its score 0 and band {@link Band#NON_COMPLIANT} say nothing about its conduct.
     *
     * @return this assertion
     * @throws AssertionError if some rule counted
     */
    public ScorecardAssert isNotRated() {
        isNotNull();
        if (actual.isRated()) {
            failWithMessage("%s", "Expecting " + actual.subjectId() + " not to be rated but it is: " + actual
                    + ".\nWhy:\n" + Excerpts.scorecard(actual));
        }
        return this;
    }

    /**
     * Verifies how many submitted records the ledger rejected, as the pilot enterprise pack's
     * {@link SecondhandPilot#RECORD_INTEGRITY} finding counts them (its evidence: the rejected events with
     * their reasons).
     *
     * @param count the number of rejected records expected, 0 for none
     * @return this assertion
     * @throws AssertionError if the pack has no RECORD-INTEGRITY rule or it counted another number
     */
    public ScorecardAssert hasRejectedRecords(long count) {
        isNotNull();
        Optional<Finding> integrity = actual.finding(SecondhandPilot.RECORD_INTEGRITY);
        if (integrity.isEmpty()) {
            failWithMessage("%s", "Expecting " + actual.subjectId() + " to count rejected records but pack "
                    + actual.packId() + " " + actual.packVersion() + " has no " + SecondhandPilot.RECORD_INTEGRITY
                    + " rule.\nWhy:\n" + Excerpts.scorecard(actual));
        }
        long rejected = integrity.orElseThrow().evidence().count();
        if (rejected != count) {
            failWithMessage("%s", "Expecting " + actual.subjectId() + " to have " + count + " rejected records but "
                    + rejected + " were rejected: " + integrity.orElseThrow().message() + ".\nWhy:\n"
                    + Excerpts.pruned(actual.explain(), List.of(SecondhandPilot.RECORD_INTEGRITY)).render());
        }
        return this;
    }

    /**
     * Verifies that the scorecard has a finding for a rule and returns assertions on it.
     *
     * @param ruleId the rule, not null
     * @return assertions on the finding, whose failures print the rule's part of the explanation
     * @throws AssertionError if the pack had no such rule
     */
    public FindingAssert hasFinding(RuleId ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        Optional<Finding> finding = actual.finding(ruleId);
        if (finding.isEmpty()) {
            failWithMessage("%s", "Expecting " + actual.subjectId() + " to have a finding for " + ruleId
                    + " but pack " + actual.packId() + " " + actual.packVersion() + " has no such rule; its findings are "
                    + actual.findings().stream().map(f -> f.ruleId().value()).toList() + ".\nWhy:\n"
                    + Excerpts.scorecard(actual));
        }
        return new FindingAssert(finding.orElseThrow(), Excerpts.rule(actual.explain(), ruleId));
    }
}
