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

class ExperimentResultAssertTest {

    private static final ComplianceEngine ENGINE = ComplianceEngine.create();
    /** B under the 100 % variant: 75, COMPLIANT; DATA-ERASURE NOT_MET with 3 of 100 phones unerased. */
    private static final Scorecard B_STRICT = ENGINE.score(b(), erasureAtHundred(), AS_OF);
    /** D: 50, NON_COMPLIANT, capped by SRC-PROHIBITED. */
    private static final Scorecard D = ENGINE.score(d(), pack(), AS_OF);
    private static final String ERASURE_NODE = "Rule DATA-ERASURE \"Data erased before resale\": NOT_MET";


    /** A 100 EX → 100 EX; B 100 EX → 50 NON; C 75 CO → 50 NON; D 50 NON → 0 NON. */
    private final ExperimentResult strict = PolicyExperiment.compare(pack(), erasureAndRetention(), population(), AS_OF);

    @Test
    void movesBandPassesForTheMove() {
        assertThat(strict).movesBand("B", Band.EXEMPLARY, Band.NON_COMPLIANT)
                .movesBand("C", Band.COMPLIANT, Band.NON_COMPLIANT);
    }

    @Test
    void movesBandFailsWithBothSidesPrunedToTheChangedRules() {
        assertThatThrownBy(() -> assertThat(strict).movesBand("B", Band.EXEMPLARY, Band.COMPLIANT))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting B to move from EXEMPLARY to COMPLIANT but it went from EXEMPLARY"
                        + " to NON_COMPLIANT: B (Enterprise B): 100.00 EXEMPLARY → 50.00 NON_COMPLIANT (-50.00)")
                .hasMessageContaining("Baseline:\n  Pack toy-enterprise 1 for B")
                .hasMessageContaining("Variant:\n  Pack toy-enterprise 1-strict for B")
                .hasMessageContaining("Rule DATA-ERASURE \"Data erased before resale\": MET")
                .hasMessageContaining(ERASURE_NODE)
                .hasMessageContaining("Rule REC-RETENTION \"Records kept long enough\": NOT_MET")
                .hasMessageNotContaining("Rule SRC-PROHIBITED");
    }

    @Test
    void movesBandFailsForASubjectThatStayed() {
        assertThatThrownBy(() -> assertThat(strict).movesBand("A", Band.EXEMPLARY, Band.COMPLIANT))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it went nowhere: it stayed EXEMPLARY");
    }

    @Test
    void movesBandFailsForAnUnknownSubject() {
        assertThatThrownBy(() -> assertThat(strict).movesBand("Z", Band.EXEMPLARY, Band.COMPLIANT))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting subject \"Z\" in the experiment but it has no such subject;"
                        + " its subjects are [A, B, C, D]");
    }

    @Test
    void doesNotMoveBandPassesForASubjectThatStayed() {
        assertThat(strict).doesNotMoveBand("A").doesNotMoveBand("D");
    }

    @Test
    void doesNotMoveBandFailsWithWhy() {
        assertThatThrownBy(() -> assertThat(strict).doesNotMoveBand("C"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting C to keep its band but it moved from COMPLIANT to NON_COMPLIANT")
                .hasMessageContaining("Rule REC-RETENTION \"Records kept long enough\": NOT_MET")
                .hasMessageContaining("measured 3 years against target at least 5 years");
    }

    @Test
    void hasMigrationsPassesOnTheCell() {
        assertThat(strict).hasMigrations(Band.EXEMPLARY, Band.NON_COMPLIANT, 1)
                .hasMigrations(Band.NON_COMPLIANT, Band.NON_COMPLIANT, 1)
                .hasMigrations(Band.EXEMPLARY, Band.COMPLIANT, 0);
    }

    @Test
    void hasMigrationsFailsWithTheMatrixAndTheSubjectsConcerned() {
        assertThatThrownBy(() -> assertThat(strict).hasMigrations(Band.COMPLIANT, Band.COMPLIANT, 1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting 1 subjects to move from COMPLIANT to COMPLIANT but 0 did")
                .hasMessageContaining("COMPLIANT→NON_COMPLIANT 1")
                .hasMessageContaining("C (Enterprise C): 75.00 COMPLIANT → 50.00 NON_COMPLIANT (-25.00)")
                .hasMessageContaining("Pack toy-enterprise 1-strict for C (Enterprise C) as of 2026-06-01:"
                        + " score 50.00 of 100, band NON_COMPLIANT");
    }

    @Test
    void hasRuleImpactPassesOnTheCounts() {
        assertThat(strict).hasRuleImpact(RETENTION, 3, 2).hasRuleImpact(ERASURE, 2, 1).hasNoRuleImpact(PROHIBITED);
    }

    @Test
    void hasRuleImpactFailsWithTheSubjectsTheRuleChanged() {
        assertThatThrownBy(() -> assertThat(strict).hasRuleImpact(ERASURE, 3, 1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting DATA-ERASURE to have changed 3 subjects, 1 of which moved band, but"
                        + " DATA-ERASURE: 2 subjects changed, 1 moved band")
                .hasMessageContaining("B (Enterprise B): 100.00 EXEMPLARY → 50.00 NON_COMPLIANT")
                .hasMessageContaining("D (Enterprise D): 50.00 NON_COMPLIANT → 0.00 NON_COMPLIANT")
                .hasMessageContaining("evidence: 3 offending: D-P000, D-P001, D-P002")
                .hasMessageNotContaining("C (Enterprise C)");
    }

    @Test
    void hasRuleImpactFailsForARuleThatChangedNothing() {
        assertThatThrownBy(() -> assertThat(strict).hasRuleImpact(PROHIBITED, 1, 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but SRC-PROHIBITED changed no finding")
                .hasMessageContaining("  (none)");
    }

    @Test
    void hasNoRuleImpactFailsWithTheSubjectsTheRuleChanged() {
        assertThatThrownBy(() -> assertThat(strict).hasNoRuleImpact(RETENTION))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting REC-RETENTION to change no finding but REC-RETENTION: 3 subjects"
                        + " changed, 2 moved band")
                .hasMessageContaining("measured 3 years against target at least 5 years");
    }

    @Test
    void aPolicyAnalystCanStateTheExperimentInOneChain() {
        ExperimentResult erasure = PolicyExperiment.compare(pack(), erasureAtHundred(), population(), AS_OF);
        assertThat(erasure).movesBand("B", Band.EXEMPLARY, Band.COMPLIANT).doesNotMoveBand("A")
                .doesNotMoveBand("C").hasRuleImpact(ERASURE, 2, 1);
        assertThat(erasure.comparison("B").orElseThrow().variant()).hasFinding(ERASURE).withEvidenceCount(3);
        assertThat(ENGINE.score(a(), erasureAtHundred(), AS_OF)).hasBand(Band.EXEMPLARY).hasScore(100, within(0.0));
    }

    /** The strict experiment the other way round: B, C and D improve; A stays. */
    private final ExperimentResult relaxed = PolicyExperiment.compare(erasureAndRetention(), pack(), population(), AS_OF);

    @Test
    void noSubjectImprovedPassesWhenEverySubjectFellOrStayed() {
        assertThat(strict).noSubjectImproved();
    }

    @Test
    void noSubjectImprovedFailsNamingTheSubjectsThatImprovedWithWhy() {
        assertThatThrownBy(() -> assertThat(relaxed).noSubjectImproved())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting no subject to improve but 3 of 4 did:")
                .hasMessageContaining("B (Enterprise B): 50.00 NON_COMPLIANT → 100.00 EXEMPLARY (+50.00)")
                .hasMessageContaining("C (Enterprise C): 50.00 NON_COMPLIANT → 75.00 COMPLIANT (+25.00)")
                .hasMessageContaining("Rule REC-RETENTION \"Records kept long enough\": MET")
                .hasMessageNotContaining("A (Enterprise A)");
    }

    @Test
    void onlyRulesChangedPassesForExactlyTheRulesThatChanged() {
        assertThat(strict).onlyRulesChanged(RETENTION, ERASURE).onlyRulesChanged(ERASURE, RETENTION);
    }

    @Test
    void onlyRulesChangedFailsForAnotherRuleThatChangedWithTheSubjectsItChanged() {
        assertThatThrownBy(() -> assertThat(strict).onlyRulesChanged(RETENTION))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting only [REC-RETENTION] to change findings but [DATA-ERASURE, REC-RETENTION]"
                        + " did; not expected: [DATA-ERASURE]")
                .hasMessageContaining("B (Enterprise B): 100.00 EXEMPLARY → 50.00 NON_COMPLIANT")
                .hasMessageNotContaining("changed no finding");
    }

    @Test
    void onlyRulesChangedFailsForAnExpectedRuleThatChangedNothing() {
        assertThatThrownBy(() -> assertThat(strict).onlyRulesChanged(RETENTION, ERASURE, PROHIBITED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("; changed no finding: [SRC-PROHIBITED]")
                .hasMessageNotContaining("not expected");
        assertThatThrownBy(() -> assertThat(strict).onlyRulesChanged())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs at least one rule");
    }

    @Test
    void hasMigrationsAtLeastAndAtMostPassWithinTheirBounds() {
        assertThat(strict).hasMigrationsAtLeast(Band.EXEMPLARY, Band.NON_COMPLIANT, 1)
                .hasMigrationsAtLeast(Band.EXEMPLARY, Band.NON_COMPLIANT, 0)
                .hasMigrationsAtMost(Band.EXEMPLARY, Band.NON_COMPLIANT, 1)
                .hasMigrationsAtMost(Band.EXEMPLARY, Band.NON_COMPLIANT, 4)
                .hasMigrationsAtMost(Band.NON_COMPLIANT, Band.EXEMPLARY, 0);
    }

    @Test
    void hasMigrationsAtLeastFailsWhenFewerMoved() {
        assertThatThrownBy(() -> assertThat(strict).hasMigrationsAtLeast(Band.EXEMPLARY, Band.NON_COMPLIANT, 2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting at least 2 subjects to move from EXEMPLARY to NON_COMPLIANT but 1 did")
                .hasMessageContaining("B (Enterprise B): 100.00 EXEMPLARY → 50.00 NON_COMPLIANT");
    }

    @Test
    void hasMigrationsAtMostFailsWhenMoreMoved() {
        assertThatThrownBy(() -> assertThat(strict).hasMigrationsAtMost(Band.COMPLIANT, Band.NON_COMPLIANT, 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting at most 0 subjects to move from COMPLIANT to NON_COMPLIANT but 1 did")
                .hasMessageContaining("C (Enterprise C): 75.00 COMPLIANT → 50.00 NON_COMPLIANT");
    }

    @Test
    void hasRuleImpactAtLeastAndAtMostPassWithinTheirBounds() {
        assertThat(strict).hasRuleImpactAtLeast(RETENTION, 3, 2).hasRuleImpactAtLeast(RETENTION, 1, 0)
                .hasRuleImpactAtMost(RETENTION, 3, 2).hasRuleImpactAtMost(ERASURE, 4, 4)
                .hasRuleImpactAtMost(PROHIBITED, 0, 0).hasRuleImpactAtLeast(PROHIBITED, 0, 0);
    }

    @Test
    void hasRuleImpactAtLeastFailsWhenTheRuleChangedFewerOrMovedFewer() {
        assertThatThrownBy(() -> assertThat(strict).hasRuleImpactAtLeast(ERASURE, 3, 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting DATA-ERASURE to have changed at least 3 subjects, at least 0 of which"
                        + " moved band, but DATA-ERASURE: 2 subjects changed, 1 moved band")
                .hasMessageContaining("D (Enterprise D): 50.00 NON_COMPLIANT → 0.00 NON_COMPLIANT");
        assertThatThrownBy(() -> assertThat(strict).hasRuleImpactAtLeast(ERASURE, 1, 2))
                .isInstanceOf(AssertionError.class).hasMessageContaining("at least 2 of which moved band");
        assertThatThrownBy(() -> assertThat(strict).hasRuleImpactAtLeast(PROHIBITED, 1, 0))
                .isInstanceOf(AssertionError.class).hasMessageContaining("but SRC-PROHIBITED changed no finding");
    }

    @Test
    void hasRuleImpactAtMostFailsWhenTheRuleChangedMore() {
        assertThatThrownBy(() -> assertThat(strict).hasRuleImpactAtMost(RETENTION, 2, 2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting REC-RETENTION to have changed at most 2 subjects, at most 2 of which"
                        + " moved band, but REC-RETENTION: 3 subjects changed, 2 moved band");
        assertThatThrownBy(() -> assertThat(strict).hasRuleImpactAtMost(RETENTION, 3, 1))
                .isInstanceOf(AssertionError.class).hasMessageContaining("at most 1 of which moved band");
    }
}
