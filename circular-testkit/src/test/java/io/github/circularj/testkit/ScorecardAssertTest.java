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
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.PolicyExperiment;
import org.junit.jupiter.api.Test;

class ScorecardAssertTest {

    private static final ComplianceEngine ENGINE = ComplianceEngine.create();
    /** B under the 100 % variant: 75, COMPLIANT; DATA-ERASURE NOT_MET with 3 of 100 phones unerased. */
    private static final Scorecard B_STRICT = ENGINE.score(b(), erasureAtHundred(), AS_OF);
    /** D: 50, NON_COMPLIANT, capped by SRC-PROHIBITED. */
    private static final Scorecard D = ENGINE.score(d(), pack(), AS_OF);
    private static final String ERASURE_NODE = "Rule DATA-ERASURE \"Data erased before resale\": NOT_MET";


    @Test
    void hasBandPassesOnTheBand() {
        assertThat(B_STRICT).hasBand(Band.COMPLIANT);
    }

    @Test
    void hasBandFailsWithTheWholeExplanation() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasBand(Band.EXEMPLARY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting B to be EXEMPLARY but it is COMPLIANT (score 75.0)")
                .hasMessageContaining("Pack toy-enterprise 1-erasure-100 for B (Enterprise B) as of 2026-06-01:"
                        + " score 75.00 of 100, band COMPLIANT")
                .hasMessageContaining(ERASURE_NODE)
                .hasMessageContaining("evidence: 3 offending: B-P000, B-P001, B-P002");
    }

    @Test
    void hasBandFailsOnANullScorecard() {
        assertThatThrownBy(() -> assertThat((Scorecard) null).hasBand(Band.EXEMPLARY))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void hasScoreBetweenPassesInsideTheRangeIncludingItsEnds() {
        assertThat(B_STRICT).hasScoreBetween(75, 80).hasScoreBetween(70, 75);
    }

    @Test
    void hasScoreBetweenFailsWithTheExplanation() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasScoreBetween(90, 100))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the score of B to be between 90.0 and 100.0 but it is 75.0")
                .hasMessageContaining("Criterion \"Data protection\" (weight 1 of 4): score 0.00 of 100 → 0.00 points");
    }

    @Test
    void hasScoreBetweenRefusesAnEmptyRange() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasScoreBetween(80, 70))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score range [80.0, 70.0] is empty; low must not exceed high");
    }

    @Test
    void hasScorePassesWithinTheOffset() {
        assertThat(B_STRICT).hasScore(75.004, within(0.01));
    }

    @Test
    void hasScoreFailsOutsideTheOffsetWithTheExplanation() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasScore(80, within(1.0)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the score of B to be 80.0 within 1.0 but it is 75.0")
                .hasMessageContaining(ERASURE_NODE);
    }

    @Test
    void isCappedByPassesForTheFailedMandatoryRule() {
        assertThat(D).isCappedBy(PROHIBITED).hasBand(Band.NON_COMPLIANT);
    }

    @Test
    void isCappedByFailsWithTheRulesPartOfTheExplanation() {
        assertThatThrownBy(() -> assertThat(B_STRICT).isCappedBy(ERASURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the band of B to be capped by DATA-ERASURE but its band is not capped")
                .hasMessageContaining(ERASURE_NODE + "\n")
                .hasMessageContaining("term always: target 100 % (overridden; the source's target is at least 95 %), not mandatory")
                .hasMessageNotContaining("Rule REC-RETENTION");
    }

    @Test
    void isNotCappedPassesWhenNoMandatoryRuleFailed() {
        assertThat(B_STRICT).isNotCapped();
    }

    @Test
    void isNotCappedFailsWithTheCapAndItsRule() {
        assertThatThrownBy(() -> assertThat(D).isNotCapped())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the band of D not to be capped but it is capped by [SRC-PROHIBITED]")
                .hasMessageContaining("Band capped at NON_COMPLIANT (the score alone earns NON_COMPLIANT) because"
                        + " mandatory rule SRC-PROHIBITED did not meet its target")
                .hasMessageContaining("Rule SRC-PROHIBITED \"No prohibited goods\": NOT_MET [mandatory]");
    }

    @Test
    void hasFindingFailsForARuleThePackLacks() {
        assertThatThrownBy(() -> assertThat(B_STRICT).hasFinding(RuleId.of("NO-SUCH-RULE")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting B to have a finding for NO-SUCH-RULE but pack toy-enterprise"
                        + " 1-erasure-100 has no such rule; its findings are [DATA-ERASURE, SRC-PROHIBITED, REC-RETENTION]")
                .hasMessageContaining("score 75.00 of 100, band COMPLIANT");
    }

    @Test
    void isRatedAndIsNotRatedTellWhetherAnyRuleCounted() {
        RulePack<Toys.TestEnterprise, Toys.TestItem> onlyErasure = RulePack.<Toys.TestEnterprise, Toys.TestItem>builder(
                "only-erasure", "1").criterion("Data protection", 1, pack().rule(ERASURE).orElseThrow()).build();
        Scorecard nothingSold = ENGINE.score(Toys.enterprise("Z", 0, 0, 0, 3), onlyErasure, AS_OF);
        assertThat(nothingSold).isNotRated();
        assertThat(ENGINE.score(b(), pack(), AS_OF)).isRated();
        assertThatThrownBy(() -> assertThat(nothingSold).isRated())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting Z to be rated but no rule of pack only-erasure 1 counted towards its score")
                .hasMessageContaining("not rated");
        assertThatThrownBy(() -> assertThat(ENGINE.score(b(), pack(), AS_OF)).isNotRated())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting B not to be rated but it is: B (Enterprise B) toy-enterprise 1");
    }
}
