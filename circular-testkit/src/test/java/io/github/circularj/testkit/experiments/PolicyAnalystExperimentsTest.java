package io.github.circularj.testkit.experiments;

import static io.github.circularj.testkit.CircularAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.Band;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.PolicyExperiment;
import io.github.circularj.rules.experiment.Sensitivity;
import io.github.circularj.rules.experiment.SensitivityResult;
import io.github.circularj.rules.experiment.SensitivityRow;
import io.github.circularj.rules.experiment.SubjectComparison;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.testkit.SyntheticPilot;
import io.github.circularj.testkit.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Policy experiments written the way an analyst would ask them (issue 8), run with the real built-in
 * packs over synthetic pilots whose violations are planted per enterprise. Every expected movement is
 * argued from what was planted and from the pack's published weights (enterprise pack: Traceability 25,
 * Data security 20, Disclosure and quality 20, Consumer protection 15, End of life 15, Circularity 5;
 * every rule weight 1; step curve; bands from 90, 75 and 60).
 *
 * <p>Enterprise {@code k} of a city is of kind {@code k % 8}: 0 a trade-in electronics dealer, 1 a
 * platform, 2 a used-car dealer, 3 an appliance recycler, 4 a WEEE processor, 5 a vehicle dismantler,
 * 6 an auctioneer, 7 a consignment shop. Kinds 0, 1 and 7 sell devices that hold personal data.
 */
class PolicyAnalystExperimentsTest {

    /** Mid-2026: the erasure standard (in force 2027-01-01) is not yet mandatory. */
    private static final LocalDate MID_2026 = LocalDate.of(2026, 6, 30);
    private static final ReportingPeriod FIRST_HALF_2026 =
            ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));
    private static final RulePack<EnterpriseSubject, Lifecycle> ENTERPRISE = SecondhandPilot.enterprisePack();

    private static SyntheticPilot.Builder pilot() {
        return SyntheticPilot.builder().seed(2026).cities(1).enterprisesPerCity(8).itemsPerEnterprise(2_000)
                .period(FIRST_HALF_2026);
    }

    /** The dealer (0) and the platform (1) leave 3 % of their personal-data devices unerased; no one else does. */
    private static SyntheticPilot threePercentUnerasedAtTheDealerAndThePlatform(SyntheticPilot.Builder builder) {
        return builder.violationRate(0, Violation.DATA_ERASURE, 0.03).violationRate(1, Violation.DATA_ERASURE, 0.03)
                .build();
    }

    /**
     * "DATA-ERASURE at 100 %, mandatory, now": the built-in rule with its measure and citation, but one
     * term for all dates. {@code withTarget} alone would not do it, see
     * {@link #raisingTheErasureTargetAloneBefore2027CostsPointsButCapsNoOne()}.
     */
    private static RulePack<EnterpriseSubject, Lifecycle> erasureAtOneHundredPercentMandatoryNow() {
        Rule<EnterpriseSubject, Lifecycle> builtIn = ENTERPRISE.rule(SecondhandPilot.DATA_ERASURE).orElseThrow();
        Rule<EnterpriseSubject, Lifecycle> strict = Rule.<EnterpriseSubject, Lifecycle>builder(builtIn.id(), builtIn.title())
                .citation(builtIn.citation())
                .measure(builtIn.measure())
                .target(Target.atLeast(1.0, Unit.SHARE))
                .mandatory(true)
                .describedAs(builtIn.describer())
                .build();
        return ENTERPRISE.withRule(strict).withVersion(SecondhandPilot.ENTERPRISE_VERSION + "-erasure-100-now");
    }

    private static String id(SyntheticPilot pilot, int enterpriseIndex) {
        return pilot.enterpriseSubjects().get(enterpriseIndex).id();
    }

    @Test
    void raisingDataErasureToAMandatoryHundredPercentBefore2027CapsEveryEnterpriseWithThreePercentUnerasedDevices() {
        SyntheticPilot pilot = threePercentUnerasedAtTheDealerAndThePlatform(pilot());
        RulePack<EnterpriseSubject, Lifecycle> variant = erasureAtOneHundredPercentMandatoryNow();
        assertThat(ENTERPRISE.mandatoryRules(MID_2026)).doesNotContain(SecondhandPilot.DATA_ERASURE);
        assertThat(variant.mandatoryRules(MID_2026)).contains(SecondhandPilot.DATA_ERASURE);

        ExperimentResult result = PolicyExperiment.compare(ENTERPRISE, variant, pilot.enterpriseSubjects(), MID_2026);

        for (int planted : new int[] {0, 1}) {
            Scorecard before = result.comparison(id(pilot, planted)).orElseThrow().baseline();
            // 3 % planted: the baseline's "at least 95 %" is met, so the enterprise starts at 100, EXEMPLARY
            assertThat(before).hasFinding(SecondhandPilot.DATA_ERASURE).withOutcome(Outcome.MET);
            assertThat(before.finding(SecondhandPilot.DATA_ERASURE).orElseThrow().measurement().value().orElseThrow())
                    .isGreaterThanOrEqualTo(0.95).isLessThan(1.0);
            assertThat(result).movesBand(id(pilot, planted), Band.EXEMPLARY, Band.NON_COMPLIANT);
            Scorecard after = result.comparison(id(pilot, planted)).orElseThrow().variant();
            assertThat(after).hasFinding(SecondhandPilot.DATA_ERASURE).withOutcome(Outcome.NOT_MET);
            assertThat(after).isCappedBy(SecondhandPilot.DATA_ERASURE);
        }
        for (int clean = 2; clean < 8; clean++) {
            assertThat(result).doesNotMoveBand(id(pilot, clean));
        }
        // the consignment shop sells phones too, all erased: the stricter rule is still met there
        assertThat(result.comparison(id(pilot, 7)).orElseThrow().variant())
                .hasFinding(SecondhandPilot.DATA_ERASURE).withOutcome(Outcome.MET);
        assertThat(result).hasMigrations(Band.EXEMPLARY, Band.NON_COMPLIANT, 2)
                .hasMigrations(Band.EXEMPLARY, Band.EXEMPLARY, 6)
                .hasRuleImpact(SecondhandPilot.DATA_ERASURE, 2, 2);
        assertThat(result.migration().total()).isEqualTo(8);
    }

    @Test
    void raisingTheErasureTargetAloneBefore2027CostsPointsButCapsNoOne() {
        SyntheticPilot pilot = threePercentUnerasedAtTheDealerAndThePlatform(pilot());
        // withTarget replaces the target of every term but keeps each term's mandatory flag: until
        // 2026-12-31 the term stays voluntary
        RulePack<EnterpriseSubject, Lifecycle> variant = ENTERPRISE
                .withTarget(SecondhandPilot.DATA_ERASURE, Target.atLeast(1.0, Unit.SHARE)).withVersion("erasure-100");
        assertThat(variant.mandatoryRules(MID_2026)).doesNotContain(SecondhandPilot.DATA_ERASURE);
        assertThat(variant.mandatoryRules(SecondhandPilot.ERASURE_STANDARD_IN_FORCE)).contains(SecondhandPilot.DATA_ERASURE);

        ExperimentResult result = PolicyExperiment.compare(ENTERPRISE, variant, pilot.enterpriseSubjects(), MID_2026);

        for (int planted : new int[] {0, 1}) {
            SubjectComparison c = result.comparison(id(pilot, planted)).orElseThrow();
            Finding after = c.variant().finding(SecondhandPilot.DATA_ERASURE).orElseThrow();
            assertThat(after.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(after.term().orElseThrow().isOverridden()).isTrue();
            assertThat(c.variant()).isNotCapped();
            // all six criteria count for these kinds, so the rule is worth 20 × 1/2 = 10 of 100 points
            assertThat(c.delta()).isCloseTo(-10.0, within(1e-9));
        }
        for (int clean = 2; clean < 8; clean++) {
            assertThat(result.comparison(id(pilot, clean)).orElseThrow().delta()).isZero();
        }
        assertThat(result).hasRuleImpact(SecondhandPilot.DATA_ERASURE, 2, result.migration().moved());
    }

    @Test
    void doublingTheWeightOfTraceabilitySinksTheDealerWithPoorRecordsAndLiftsThePlatformWhoseFailingsLieElsewhere() {
        SyntheticPilot pilot = pilot().suspectedStolenShare(0.05)
                // dealer: three of its six traceability rules fail, and one of its three disclosure rules
                .violationRate(0, Violation.SRC_RETENTION, 1.0).violationRate(0, Violation.SRC_PROVENANCE, 1.0)
                .violationRate(0, Violation.SRC_POLICE_REPORT, 1.0).violationRate(0, Violation.DISC_CONDITION, 1.0)
                // platform: traceability is clean; condition grades and reuse fail
                .violationRate(1, Violation.DISC_CONDITION, 1.0).violationRate(1, Violation.REUSE_RATE, 0.5)
                // consignment shop: a short declared retention period only
                .violationRate(7, Violation.SRC_RETENTION, 1.0)
                .build();
        RulePack<EnterpriseSubject, Lifecycle> doubled = ENTERPRISE.withWeight(SecondhandPilot.TRACEABILITY, 50)
                .withVersion("traceability-x2");

        ExperimentResult result = PolicyExperiment.compare(ENTERPRISE, doubled, pilot.enterpriseSubjects(), MID_2026);

        // dealer (VEHICLE-HISTORY, CAR-TRANSFER and ELV-HANDOVER not applicable, so Disclosure has 3 rules;
        // RECORD-INTEGRITY is met, nothing was rejected): baseline (25·3/6 + 20 + 20·2/3 + 15 + 15 + 5) / 100 = 80.83;
        // doubled (50·3/6 + 20 + 20·2/3 + 35) / 125 = 74.67
        assertThat(result.comparison(id(pilot, 0)).orElseThrow().baseline()).hasScore(485.0 / 6, within(1e-9));
        assertThat(result.comparison(id(pilot, 0)).orElseThrow().variant()).hasScore(280.0 / 3 / 1.25, within(1e-9));
        assertThat(result).movesBand(id(pilot, 0), Band.COMPLIANT, Band.NEEDS_IMPROVEMENT);
        // platform: baseline 100 − 20/3 − 5 = 88.33; doubled (125 − 20/3 − 5) / 125 = 90.67
        assertThat(result.comparison(id(pilot, 1)).orElseThrow().baseline()).hasScore(265.0 / 3, within(1e-9));
        assertThat(result.comparison(id(pilot, 1)).orElseThrow().variant()).hasScore(340.0 / 3 / 1.25, within(1e-9));
        assertThat(result).movesBand(id(pilot, 1), Band.COMPLIANT, Band.EXEMPLARY);
        // consignment shop: 100 − 25/6 = 95.83 → (125 − 50/6) / 125 = 93.33, EXEMPLARY either way
        assertThat(result.comparison(id(pilot, 7)).orElseThrow().delta()).isCloseTo(-2.5, within(1e-9));
        assertThat(result).doesNotMoveBand(id(pilot, 7));
        for (int clean = 2; clean < 7; clean++) {
            assertThat(result.comparison(id(pilot, clean)).orElseThrow().delta()).isZero();
        }
        assertThat(result).hasMigrations(Band.COMPLIANT, Band.NEEDS_IMPROVEMENT, 1)
                .hasMigrations(Band.COMPLIANT, Band.EXEMPLARY, 1)
                .hasMigrations(Band.EXEMPLARY, Band.EXEMPLARY, 6);
        int sum = 0;
        for (Band from : Band.values()) {
            for (Band to : Band.values()) {
                sum += result.migration().count(from, to);
            }
        }
        assertThat(sum).as("the migration matrix sums to the population").isEqualTo(8);
        // a weight changes sums, never a finding
        assertThat(result.ruleImpacts()).isEmpty();
    }

    @Test
    void aCityWhoseDealerAndPlatformLeaveDevicesUnerasedFallsBelowTheCompliantShareWhenErasureBecomesMandatory() {
        SyntheticPilot pilot = threePercentUnerasedAtTheDealerAndThePlatform(pilot().cities(2));
        RulePack<EnterpriseSubject, Lifecycle> variant = erasureAtOneHundredPercentMandatoryNow();

        ExperimentResult result = PolicyExperiment.compareDerived(ENTERPRISE, variant, SecondhandPilot.cityPack(),
                SecondhandPilot.cityPack(), pilot.derivedCitySubjects(), MID_2026);

        assertThat(result.size()).isEqualTo(2);
        String affected = pilot.cities().get(0).code().toString();
        String untouched = pilot.cities().get(1).code().toString();
        SubjectComparison city = result.comparison(affected).orElseThrow();
        SubjectComparison other = result.comparison(untouched).orElseThrow();

        // all 8 enterprises COMPLIANT or better before; 2 of 8 capped after: 100 % → 75 %, below 80 %
        Finding before = city.baseline().finding(SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE).orElseThrow();
        Finding after = city.variant().finding(SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE).orElseThrow();
        assertThat(before.outcome()).isEqualTo(Outcome.MET);
        assertThat(before.measurement().value().orElseThrow()).isEqualTo(1.0);
        assertThat(after.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(after.measurement().value().orElseThrow()).isEqualTo(0.75);
        // the capped enterprises still score 90 or more, so the volume-weighted mean stays above 75
        assertThat(city.variant()).hasFinding(SecondhandPilot.CITY_ENTERPRISE_COMPLIANCE).withOutcome(Outcome.MET);
        assertThat(city.changedRules()).containsExactly(SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE);
        // the city loses exactly what the compliant-share finding was worth
        assertThat(city.delta()).isCloseTo(-before.points(), within(1e-9));
        Band expected = SecondhandPilot.cityPack().bandThresholds().band(city.baseline().score() - before.points());
        assertThat(city.variant()).hasBand(expected);

        assertThat(other.delta()).isZero();
        assertThat(other.changedRules()).isEmpty();
        assertThat(result).doesNotMoveBand(other.subjectId())
                .hasRuleImpact(SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE, 1, city.movedBand() ? 1 : 0);
    }

    @Test
    void sweepingTheErasureThresholdFromNinetyToOneHundredPercentNeverRaisesTheMeanScore() {
        SyntheticPilot pilot = threePercentUnerasedAtTheDealerAndThePlatform(pilot());
        List<Double> thresholds = List.of(0.90, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 1.00);

        SensitivityResult sweep = Sensitivity.sweep(ENTERPRISE, SecondhandPilot.DATA_ERASURE, thresholds,
                pilot.enterpriseSubjects(), MID_2026);

        List<SensitivityRow> rows = sweep.rows();
        assertThat(rows).hasSize(thresholds.size());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).scores().mean().orElseThrow())
                    .as("mean score at %s after %s", rows.get(i).label(), rows.get(i - 1).label())
                    .isLessThanOrEqualTo(rows.get(i - 1).scores().mean().orElseThrow());
        }
        // 3 % unerased meets 90 % and 95 %, fails 99 % and 100 %: two enterprises lose 10 points each
        assertThat(rows.get(0).scores().mean().orElseThrow()).isEqualTo(100.0);
        assertThat(rows.get(3).scores().mean().orElseThrow()).isEqualTo(100.0);
        assertThat(rows.get(7).scores().mean().orElseThrow()).isCloseTo(100.0 - 20.0 / 8, within(1e-9));
        assertThat(rows.get(8).scores().mean().orElseThrow()).isCloseTo(100.0 - 20.0 / 8, within(1e-9));
        assertThat(rows.get(8).deltas().min().orElseThrow()).isCloseTo(-10.0, within(1e-9));
        assertThat(rows.get(8).scores().count()).isEqualTo(8);
    }
}
