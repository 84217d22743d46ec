package io.github.circularj.testkit;

import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.ExperimentResult;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The entry point of Circular's AssertJ assertions, for scorecards, findings and experiment results.
 *
 * <pre>{@code
 * import static io.github.circularj.testkit.CircularAssertions.assertThat;
 *
 * assertThat(scorecard).hasBand(Band.COMPLIANT).hasScoreBetween(75, 90);
 * assertThat(scorecard).hasFinding(RuleId.of("DATA-ERASURE")).withOutcome(Outcome.NOT_MET).withEvidenceCount(12);
 * assertThat(experiment).movesBand("91330100MA27XK1A3B", Band.COMPLIANT, Band.NON_COMPLIANT);
 * }</pre>
 *
 * <p>A failure message says what was expected and what was found, and then shows the relevant part of the
 * scorecard's {@link Scorecard#explain() explanation}: the whole tree for a band or score, the rule's
 * subtree for a finding, and both sides pruned to the changed rules for an experiment. These methods can
 * be statically imported alongside AssertJ's {@code Assertions.assertThat}: Java picks these for the
 * types they take.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CircularAssertions {

    private CircularAssertions() {
    }

    /**
     * Starts assertions on a scorecard.
     *
     * @param actual the scorecard, may be null (the assertions then fail)
     * @return the assertions
     */
    public static ScorecardAssert assertThat(@Nullable Scorecard actual) {
        return new ScorecardAssert(actual);
    }

    /**
     * Starts assertions on a finding.
     *
     * @param actual the finding, may be null (the assertions then fail)
     * @return the assertions
     */
    public static FindingAssert assertThat(@Nullable Finding actual) {
        return new FindingAssert(actual, Optional.empty());
    }

    /**
     * Starts assertions on an experiment result.
     *
     * @param actual the result, may be null (the assertions then fail)
     * @return the assertions
     */
    public static ExperimentResultAssert assertThat(@Nullable ExperimentResult actual) {
        return new ExperimentResultAssert(actual);
    }
}
