package io.github.circularj.rules.experiment;

import static io.github.circularj.rules.experiment.Toys.AS_OF;
import static io.github.circularj.rules.experiment.Toys.ERASURE;
import static io.github.circularj.rules.experiment.Toys.PROHIBITED;
import static io.github.circularj.rules.experiment.Toys.RETENTION;
import static io.github.circularj.rules.experiment.Toys.TOWN_SHARE;
import static io.github.circularj.rules.experiment.Toys.a;
import static io.github.circularj.rules.experiment.Toys.b;
import static io.github.circularj.rules.experiment.Toys.c;
import static io.github.circularj.rules.experiment.Toys.d;
import static io.github.circularj.rules.experiment.Toys.erasureAndRetention;
import static io.github.circularj.rules.experiment.Toys.erasureAtHundred;
import static io.github.circularj.rules.experiment.Toys.pack;
import static io.github.circularj.rules.experiment.Toys.population;
import static io.github.circularj.rules.experiment.Toys.townPack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.rules.DerivedSubject;
import io.github.circularj.rules.Band;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.Toys.TestEnterprise;
import io.github.circularj.rules.experiment.Toys.TestItem;
import io.github.circularj.rules.experiment.Toys.TestTown;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PolicyExperimentTest {

    // Hand computation (score = (a_erasure + 2 a_prohibited + a_retention) / 4 × 100; erasure shares
    // A 1.00, B 0.97, C 0.90, D 0.97; D has one prohibited trade):
    //   baseline (≥ 95 %): A 100 EX, B 100 EX, C 75 CO, D 50 NON (capped by SRC-PROHIBITED)
    //   variant (100 %):   A 100 EX, B  75 CO, C 75 CO, D 25 NON
    private final ExperimentResult erasure = PolicyExperiment.compare(pack(), erasureAtHundred(), population(), AS_OF);

    @Test
    void raisingErasureToOneHundredPercentMovesOnlyTheEnterpriseWithThreePercentUnerasedAndNoOtherFault() {
        assertThat(erasure.movedSubjects()).extracting(SubjectComparison::subjectId).containsExactly("B");
        SubjectComparison b = erasure.comparison("B").orElseThrow();
        assertThat(b.fromBand()).isEqualTo(Band.EXEMPLARY);
        assertThat(b.toBand()).isEqualTo(Band.COMPLIANT);
        assertThat(b.delta()).isEqualTo(-25.0);
    }

    @Test
    void eachSubjectKeepsBothScorecardsAndItsDelta() {
        assertThat(erasure.comparisons()).extracting(c -> c.baseline().score())
                .containsExactly(100.0, 100.0, 75.0, 50.0);
        assertThat(erasure.comparisons()).extracting(c -> c.variant().score())
                .containsExactly(100.0, 75.0, 75.0, 25.0);
        assertThat(erasure.comparisons()).extracting(SubjectComparison::delta).containsExactly(0.0, -25.0, 0.0, -25.0);
        assertThat(erasure.comparison("D").orElseThrow().baseline().cappedBy()).containsExactly(PROHIBITED);
    }

    @Test
    void theMigrationMatrixCountsEachFromToPair() {
        BandMigration m = erasure.migration();
        assertThat(m.count(Band.EXEMPLARY, Band.EXEMPLARY)).isEqualTo(1);
        assertThat(m.count(Band.EXEMPLARY, Band.COMPLIANT)).isEqualTo(1);
        assertThat(m.count(Band.COMPLIANT, Band.COMPLIANT)).isEqualTo(1);
        assertThat(m.count(Band.NON_COMPLIANT, Band.NON_COMPLIANT)).isEqualTo(1);
        assertThat(m.cells()).hasSize(25).filteredOn(cell -> cell.count() > 0).hasSize(4);
        assertThat(m.moved()).isEqualTo(1);
        assertThat(m.downgraded()).isEqualTo(1);
        assertThat(m.upgraded()).isZero();
        assertThat(m.total()).isEqualTo(4);
    }

    @Test
    void theMigrationCellsComeInBandOrderFromThenTo() {
        List<BandMigration.Cell> cells = erasure.migration().cells();
        assertThat(cells.get(0)).isEqualTo(new BandMigration.Cell(Band.EXEMPLARY, Band.EXEMPLARY, 1));
        assertThat(cells.get(1)).isEqualTo(new BandMigration.Cell(Band.EXEMPLARY, Band.COMPLIANT, 1));
        assertThat(cells.get(5).from()).isEqualTo(Band.COMPLIANT);
        assertThat(cells.get(3 * 5 + 3)).isEqualTo(new BandMigration.Cell(Band.NON_COMPLIANT, Band.NON_COMPLIANT, 1));
        assertThat(cells.get(24)).isEqualTo(new BandMigration.Cell(Band.NOT_RATED, Band.NOT_RATED, 0));
    }

    @Test
    void theSummaryHasTheHandComputedStatistics() {
        Summary s = erasure.summary();
        // baseline 50, 75, 100, 100: mean 81.25, median (75 + 100) / 2 = 87.5
        assertThat(s.baselineScores()).isEqualTo(stats(4, 81.25, 87.5, 50, 100));
        // variant 25, 75, 75, 100: mean 68.75, median 75
        assertThat(s.variantScores()).isEqualTo(stats(4, 68.75, 75, 25, 100));
        // deltas -25, -25, 0, 0: mean -12.5, median -12.5
        assertThat(s.deltas()).isEqualTo(stats(4, -12.5, -12.5, -25, 0));
        assertThat(s.baselineBands()).isEqualTo(new BandCounts(2, 1, 0, 1, 0));
        assertThat(s.variantBands()).isEqualTo(new BandCounts(1, 2, 0, 1, 0));
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleScore() {
        ExperimentResult three = PolicyExperiment.compare(pack(), erasureAtHundred(), List.of(a(), b(), c()), AS_OF);
        // baseline 75, 100, 100; variant 75, 75, 100
        assertThat(three.summary().baselineScores().median()).hasValue(100.0);
        assertThat(three.summary().variantScores().median()).hasValue(75.0);
        assertThat(three.summary().baselineScores().mean().getAsDouble()).isEqualTo(275.0 / 3);
    }

    @Test
    void aRuleThatChangedFindingsIsCountedForEverySubjectItChangedAndThoseThatMovedBand() {
        // DATA-ERASURE changes for B (MET → NOT_MET, moves) and D (MET → NOT_MET, stays NON_COMPLIANT);
        // for C it was NOT_MET at 95 % already.
        assertThat(erasure.ruleImpacts()).containsExactly(new RuleImpact(ERASURE, 2, 1));
        assertThat(erasure.comparison("C").orElseThrow().changedRules()).isEmpty();
        assertThat(erasure.comparison("D").orElseThrow().changedRules()).containsExactly(ERASURE);
    }

    @Test
    void ruleImpactsAreRankedBySubjectsChanged() {
        // Variant with retention at 5 years too: A 100 EX; B 50 NON (erasure and retention fail);
        // C 50 NON (retention fails); D 0 NON (erasure and retention fail).
        ExperimentResult strict = PolicyExperiment.compare(pack(), erasureAndRetention(), population(), AS_OF);
        assertThat(strict.ruleImpacts()).containsExactly(new RuleImpact(RETENTION, 3, 2), new RuleImpact(ERASURE, 2, 1));
        assertThat(strict.comparisons()).extracting(c -> c.variant().score()).containsExactly(100.0, 50.0, 50.0, 0.0);
        assertThat(strict.migration().count(Band.COMPLIANT, Band.NON_COMPLIANT)).isEqualTo(1);
        assertThat(strict.migration().count(Band.EXEMPLARY, Band.NON_COMPLIANT)).isEqualTo(1);
    }

    @Test
    void ruleImpactTiesAreBrokenByBandMovesThenRuleId() {
        List<RuleImpact> impacts = new ArrayList<>(List.of(
                new RuleImpact(io.github.circularj.rules.RuleId.of("B-RULE"), 2, 1),
                new RuleImpact(io.github.circularj.rules.RuleId.of("A-RULE"), 2, 1),
                new RuleImpact(io.github.circularj.rules.RuleId.of("C-RULE"), 2, 2),
                new RuleImpact(io.github.circularj.rules.RuleId.of("D-RULE"), 3, 0)));
        impacts.sort(RuleImpact.RANKING);
        assertThat(impacts).extracting(i -> i.ruleId().value()).containsExactly("D-RULE", "C-RULE", "A-RULE", "B-RULE");
    }

    @Test
    void aRuleOnlyInTheVariantChangesTheFindingOfEverySubjectItAppliesTo() {
        RulePack<TestEnterprise, TestItem> without = pack().withoutRule(RETENTION);
        ExperimentResult r = PolicyExperiment.compare(without, pack(), population(), AS_OF);
        // REC-RETENTION is absent (not applicable) in the baseline and MET for everyone in the variant.
        // Without it the score is (a_e + 2 a_p) / 3: C scores 66.67 NEEDS_IMPROVEMENT, then 75 COMPLIANT.
        assertThat(r.ruleImpact(RETENTION)).hasValue(new RuleImpact(RETENTION, 4, 1));
        assertThat(r.movedSubjects()).extracting(SubjectComparison::subjectId).containsExactly("C");
        assertThat(r.ruleImpact(PROHIBITED)).isEmpty();
    }

    @Test
    void comparisonsAreSortedBySubjectIdWhateverThePopulationOrder() {
        ExperimentResult reversed = PolicyExperiment.compare(pack(), erasureAtHundred(), List.of(d(), c(), b(), a()), AS_OF);
        assertThat(reversed.comparisons()).extracting(SubjectComparison::subjectId).containsExactly("A", "B", "C", "D");
        assertThat(reversed).isEqualTo(erasure);
    }

    @Test
    void aParallelEngineGivesTheSameResult() {
        List<TestEnterprise> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(Toys.enterprise(String.format("E%03d", i), 20 + i % 7, i % 3, i % 11 == 0 ? 1 : 0, 2 + i % 4));
        }
        ComplianceEngine parallel = ComplianceEngine.builder().parallelism(4).build();
        assertThat(PolicyExperiment.compare(parallel, pack(), erasureAtHundred(), many, AS_OF))
                .isEqualTo(PolicyExperiment.compare(pack(), erasureAtHundred(), many, AS_OF));
    }

    @Test
    void aStreamedPopulationIsReadOnceAndGivesTheSameResult() {
        AtomicInteger built = new AtomicInteger();
        ExperimentResult streamed = PolicyExperiment.compare(pack(), erasureAtHundred(),
                population().stream().peek(e -> built.incrementAndGet()), AS_OF);
        assertThat(streamed).isEqualTo(erasure);
        assertThat(built).hasValue(4);
    }

    @Test
    void anEmptyPopulationGivesAnEmptyResult() {
        ExperimentResult empty = PolicyExperiment.compare(pack(), erasureAtHundred(), List.of(), AS_OF);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.migration().total()).isZero();
        assertThat(empty.summary().baselineScores()).isEqualTo(Statistics.empty());
        assertThat(empty.summary().deltas().mean()).isEmpty();
        assertThat(empty.ruleImpacts()).isEmpty();
        assertThat(empty.toString()).endsWith("over 0 subjects: nothing to compare");
    }

    @Test
    void refusesTwoSubjectsWithOneId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PolicyExperiment.compare(pack(), erasureAtHundred(), List.of(a(), b(), a()), AS_OF))
                .withMessage("subject id \"A\" appears twice in the population; subject ids must be unique in an experiment");
    }

    @Test
    void refusesADateOutsideTheVariantsEffectivePeriodBeforeReadingThePopulation() {
        RulePack<TestEnterprise, TestItem> later = RulePack.<TestEnterprise, TestItem>builder("later", "1")
                .effective(EffectivePeriod.from(LocalDate.of(2027, 1, 1)))
                .criterion(pack().criteria().get(0)).build();
        AtomicInteger read = new AtomicInteger();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PolicyExperiment.compare(pack(), later, population().stream().peek(e -> read.incrementAndGet()), AS_OF))
                .withMessageStartingWith("as-of date \"2026-06-01\" is outside the effective period of the variant pack later 1");
        assertThat(read).hasValue(0);
    }

    @Test
    void theHeadlineSaysWhatMovedAndWhy() {
        assertThat(erasure).hasToString("Experiment toy-enterprise 1 → toy-enterprise 1-erasure-100 as of 2026-06-01"
                + " over 4 subjects: 1 moved band (1 down, 0 up), mean delta -12.50;"
                + " most changed rule DATA-ERASURE: 2 subjects changed, 1 moved band");
        assertThat(erasure.comparison("B").orElseThrow())
                .hasToString("B (Enterprise B): 100.00 EXEMPLARY → 75.00 COMPLIANT (-25.00)");
        assertThat(erasure.migration()).hasToString("EXEMPLARY→EXEMPLARY 1, EXEMPLARY→COMPLIANT 1,"
                + " COMPLIANT→COMPLIANT 1, NON_COMPLIANT→NON_COMPLIANT 1 (1 of 4 moved)");
    }

    @Test
    void aTownExperimentReScoresItsEnterprisesUnderEachPack() {
        // Town T1 holds A, B, C, D: baseline EX, EX, CO, NON → 3 of 4 compliant = 75 % (MET, 100, EXEMPLARY);
        // strict variant EX, NON, NON, NON → 1 of 4 (NOT_MET, 0, NON_COMPLIANT). Town T2 holds A only.
        AtomicInteger derivations = new AtomicInteger();
        List<DerivedSubject<TestEnterprise, TestTown>> towns = List.of(
                score -> {
                    derivations.incrementAndGet();
                    return new TestTown("T1", "Town One", population().stream().map(score).toList());
                },
                score -> new TestTown("T2", "Town Two", List.of(score.apply(a()))));
        ExperimentResult r = PolicyExperiment.compareDerived(pack(), erasureAndRetention(), townPack(), townPack(),
                towns, AS_OF);
        assertThat(derivations).hasValue(2);
        SubjectComparison t1 = r.comparison("T1").orElseThrow();
        assertThat(t1.baseline().score()).isEqualTo(100.0);
        assertThat(t1.variant().score()).isZero();
        assertThat(t1.variant().finding(TOWN_SHARE).orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(r.movedSubjects()).extracting(SubjectComparison::subjectId).containsExactly("T1");
        assertThat(r.ruleImpacts()).containsExactly(new RuleImpact(TOWN_SHARE, 1, 1));
    }

    @Test
    void aDerivationMustGiveOneSubjectIdOnBothSides() {
        AtomicInteger calls = new AtomicInteger();
        DerivedSubject<TestEnterprise, TestTown> fickle = score -> new TestTown("T" + calls.incrementAndGet(), "Town",
                List.of(score.apply(a())));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PolicyExperiment.compareDerived(pack(), erasureAtHundred(), townPack(), townPack(),
                        List.of(fickle), AS_OF))
                .withMessageContaining("both scorecards must be of one subject");
    }

    @Test
    void aComparisonRefusesScorecardsOfTwoSubjects() {
        ComplianceEngine engine = ComplianceEngine.create();
        Scorecard ofA = engine.score(a(), pack(), AS_OF);
        Scorecard ofB = engine.score(b(), pack(), AS_OF);
        assertThatIllegalArgumentException().isThrownBy(() -> new SubjectComparison(ofA, ofB))
                .withMessage("comparison of subject \"A\" with a variant scorecard of subject \"B\";"
                        + " both scorecards must be of one subject");
    }

    @Test
    void aResultRefusesAScorecardOfAnotherPack() {
        ComplianceEngine engine = ComplianceEngine.create();
        Scorecard card = engine.score(a(), pack(), AS_OF);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExperimentResult.of(pack(), erasureAtHundred(), AS_OF, List.of(new SubjectComparison(card, card))))
                .withMessage("variant scorecard of subject \"A\" is of pack toy-enterprise 1;"
                        + " the variant pack is toy-enterprise 1-erasure-100");
    }

    @Test
    void theEngineBoundsTheEvidenceKeptPerFinding() {
        ComplianceEngine engine = ComplianceEngine.builder().evidenceLimit(1).build();
        ExperimentResult r = PolicyExperiment.compare(engine, pack(), erasureAtHundred(), population(), AS_OF);
        assertThat(r.comparison("C").orElseThrow().variant().finding(ERASURE).orElseThrow().evidence().ids())
                .containsExactly("C-P000");
    }

    private static Statistics stats(int n, double mean, double median, double min, double max) {
        return new Statistics(n, OptionalDouble.of(mean), OptionalDouble.of(median), OptionalDouble.of(min),
                OptionalDouble.of(max));
    }

}
