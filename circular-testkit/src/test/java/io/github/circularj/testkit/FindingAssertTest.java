package io.github.circularj.testkit;

import io.github.circularj.rules.experiment.Toys;
import static io.github.circularj.testkit.CircularAssertions.assertThat;
import static io.github.circularj.rules.experiment.Toys.AS_OF;
import static io.github.circularj.rules.experiment.Toys.ERASURE;
import static io.github.circularj.rules.experiment.Toys.PROHIBITED;
import static io.github.circularj.rules.experiment.Toys.RETENTION;
import static io.github.circularj.rules.experiment.Toys.a;
import static io.github.circularj.rules.experiment.Toys.b;
import static io.github.circularj.rules.experiment.Toys.d;
import static io.github.circularj.rules.experiment.Toys.erasureAndRetention;
import static io.github.circularj.rules.experiment.Toys.erasureAtHundred;
import static io.github.circularj.rules.experiment.Toys.pack;
import static io.github.circularj.rules.experiment.Toys.population;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.PolicyExperiment;
import org.junit.jupiter.api.Test;

class FindingAssertTest {

    private static final ComplianceEngine ENGINE = ComplianceEngine.create();
    /** B under the 100 % variant: 75, COMPLIANT; DATA-ERASURE NOT_MET with 3 of 100 phones unerased. */
    private static final Scorecard B_STRICT = ENGINE.score(b(), erasureAtHundred(), AS_OF);
    /** D: 50, NON_COMPLIANT, capped by SRC-PROHIBITED. */
    private static final Scorecard D = ENGINE.score(d(), pack(), AS_OF);
    private static final String ERASURE_NODE = "Rule DATA-ERASURE \"Data erased before resale\": NOT_MET";


    @Test
    void everyFindingAssertionPassesOnTheFindingReachedFromItsScorecard() {
        assertThat(B_STRICT).hasFinding(ERASURE)
                .withOutcome(Outcome.NOT_MET)
                .withAttainment(0.0)
                .withAttainment(0.001, within(0.01))
                .withEvidenceCount(3)
                .withEvidenceContaining("B-P002", "B-P000")
                .withMessageContaining("3 of 100 phones sold (3 %) had no data-erasure record before sale");
    }

    @Test
    void withOutcomeFailsWithTheRulesSubtree() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasFinding(ERASURE).withOutcome(Outcome.MET))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting DATA-ERASURE to be MET but it is NOT_MET")
                .hasMessageContaining(ERASURE_NODE + "\n  term always")
                .hasMessageContaining("measured 97 % (97 of 100) against target 100 %")
                .hasMessageNotContaining("Criterion");
    }

    @Test
    void withAttainmentFailsWithTheCurve() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasFinding(ERASURE).withAttainment(1.0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting DATA-ERASURE to have attainment 1.0 but it is 0.0")
                .hasMessageContaining("attainment 0.000 (curve step)");
    }

    @Test
    void withAttainmentWithinAnOffsetFailsOutsideIt() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasFinding(ERASURE).withAttainment(0.5, within(0.1)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have attainment 0.5 within 0.1 but it is 0.0")
                .hasMessageContaining(ERASURE_NODE);
    }

    @Test
    void withoutAttainmentFailsForAJudgedRule() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasFinding(ERASURE).withoutAttainment())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting DATA-ERASURE to have no attainment but it has 0.0")
                .hasMessageContaining(ERASURE_NODE);
    }

    @Test
    void withEvidenceCountFailsWithTheEvidence() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasFinding(ERASURE).withEvidenceCount(2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting DATA-ERASURE to have 2 offending records but it has 3")
                .hasMessageContaining("evidence: 3 offending: B-P000, B-P001, B-P002");
    }

    @Test
    void withEvidenceContainingFailsNamingTheMissingIds() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasFinding(ERASURE).withEvidenceContaining("B-P000", "B-P009"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the evidence of DATA-ERASURE to list [B-P009] but it lists"
                        + " [B-P000, B-P001, B-P002]")
                .hasMessageContaining(ERASURE_NODE);
    }

    @Test
    void withEvidenceContainingSaysWhenTheSampleIsTruncated() {
        Scorecard bounded = ComplianceEngine.builder().evidenceLimit(1).build().score(b(), erasureAtHundred(), AS_OF);
        assertThatThrownBy(() -> assertThat(bounded).hasFinding(ERASURE).withEvidenceContaining("B-P002"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it lists [B-P000] (the first 1 of 3)");
    }

    @Test
    void withMessageContainingFailsQuotingTheMessage() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasFinding(ERASURE).withMessageContaining("all erased"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the message of DATA-ERASURE to contain \"all erased\" but it is"
                        + " \"3 of 100 phones sold (3 %) had no data-erasure record before sale;")
                .hasMessageContaining(ERASURE_NODE);
    }

    @Test
    void aFindingOnItsOwnPassesAndFailsWithItsOwnParts() {
        Finding retention = D.finding(RETENTION).orElseThrow();
        assertThat(retention).withOutcome(Outcome.MET).withAttainment(1.0).withEvidenceCount(0);
        assertThatThrownBy(() -> assertThat(retention).withOutcome(Outcome.NOT_MET))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting REC-RETENTION to be NOT_MET but it is MET")
                .hasMessageContaining("Rule REC-RETENTION \"Records kept long enough\": MET")
                .hasMessageContaining("finding: the declared record-retention period");
    }

    @Test
    void findingAssertionsFailOnANullFinding() {
        assertThatThrownBy(() -> assertThat((Finding) null).withOutcome(Outcome.MET))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
    }
}
