package io.github.circularj.rules;

import static io.github.circularj.rules.Fixtures.AFTER_STANDARD;
import static io.github.circularj.rules.Fixtures.BEFORE_STANDARD;
import static io.github.circularj.rules.Fixtures.ERASURE;
import static io.github.circularj.rules.Fixtures.PROHIBITED;
import static io.github.circularj.rules.Fixtures.dealer;
import static io.github.circularj.rules.Fixtures.pack;
import static io.github.circularj.rules.Fixtures.phones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.rules.Fixtures.TestItem;
import io.github.circularj.rules.Fixtures.TestShop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulePackTest {

    private final ComplianceEngine engine = ComplianceEngine.create();

    @Test
    void refusesDuplicateRuleIds() {
        assertThatThrownBy(() -> RulePack.<TestShop, TestItem>builder("p", "1")
                .criterion("a", 1, Fixtures.prohibited()).criterion("b", 1, Fixtures.prohibited()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule id \"SRC-PROHIBITED\" appears twice");
    }

    @Test
    void refusesANegativeCriterionWeight() {
        assertThatThrownBy(() -> pack().withWeight("Sourcing", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criterion \"Sourcing\" weight");
    }

    @Test
    void refusesCriteriaWhoseWeightsAreAllZero() {
        assertThatThrownBy(() -> pack().withWeight("Sourcing", 0).withWeight("Data protection", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all zero");
    }

    @Test
    void refusesBandThresholdsOutOfOrder() {
        assertThatThrownBy(() -> new BandThresholds(75, 90, 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
    }

    @Test
    void refusesOverlappingTerms() {
        assertThatThrownBy(() -> Rule.<TestShop, TestItem>builder(RuleId.of("OVERLAP"), "o")
                .citation(Fixtures.ERASURE_STANDARD)
                .measure(Indicators.count(TestItem::sold, TestItem::id))
                .term(Term.of(EffectivePeriod.until(LocalDate.of(2027, 1, 2)), Target.zeroTolerance(Unit.COUNT), false))
                .term(Term.of(EffectivePeriod.from(LocalDate.of(2027, 1, 1)), Target.zeroTolerance(Unit.COUNT), true))
                .build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OVERLAP").hasMessageContaining("overlap");
    }

    @Test
    void refusesALinearFloorAboveAnAtLeastTarget() {
        assertThatThrownBy(() -> Fixtures.pack().withTarget(ERASURE, Target.atLeast(0.5, Unit.SHARE))
                .withRule(Rule.<TestShop, TestItem>builder(ERASURE, "e").citation(Fixtures.ERASURE_STANDARD)
                        .measure(Indicators.count(TestItem::sold, TestItem::id))
                        .target(Target.atLeast(0.9, Unit.SHARE)).curve(ScoringCurve.linear(0.95)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DATA-ERASURE").hasMessageContaining("floor");
    }

    @Test
    void refusesAnInvalidRuleId() {
        assertThatThrownBy(() -> RuleId.of("data-erasure")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"data-erasure\"");
    }

    @Test
    void mandatoryRulesDependOnTheDate() {
        assertThat(pack().mandatoryRules(BEFORE_STANDARD)).containsExactly(PROHIBITED);
        assertThat(pack().mandatoryRules(AFTER_STANDARD)).containsExactly(ERASURE, PROHIBITED);
    }

    @Test
    void withTargetChangesEveryTermAndFindingsSayItWasOverridden() {
        RulePack<TestShop, TestItem> relaxed = pack().withTarget(ERASURE, Target.atLeast(0.97, Unit.SHARE));
        Finding f = engine.score(dealer(phones(480, 12)), relaxed, AFTER_STANDARD).finding(ERASURE).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.isMandatory()).isTrue();
        assertThat(f.term().orElseThrow().replaced()).contains(Target.atLeast(1.0, Unit.SHARE));
        assertThat(f.message()).contains("at least 97 % (overridden; the source's target is 100 %)");
        assertThat(pack().rule(ERASURE).orElseThrow().terms()).noneMatch(Term::isOverridden);
    }

    @Test
    void withoutRuleDropsTheRuleAndAnEmptiedCriterion() {
        RulePack<TestShop, TestItem> smaller = pack().withoutRule(ERASURE);
        assertThat(smaller.criteria()).extracting(Criterion::name).containsExactly("Sourcing");
        assertThatThrownBy(() -> smaller.withoutRule(ERASURE)).hasMessageContaining("has no rule DATA-ERASURE");
    }

    @Test
    void withRuleAddsToANamedCriterion() {
        RulePack<TestShop, TestItem> moved = pack().withoutRule(ERASURE).withRule("Sourcing", Fixtures.erasure());
        assertThat(moved.criteria()).hasSize(1);
        assertThat(moved.criteria().get(0).rules()).extracting(Rule::id)
                .containsExactly(PROHIBITED, Fixtures.RETENTION, ERASURE);
    }

    @Test
    void withWeightChangesTheTotal() {
        // As of 2027 with 12 unerased phones: Data protection 0, Sourcing 1. With equal weights: 50.
        Scorecard card = engine.score(dealer(phones(480, 12)), pack().withWeight("Sourcing", 1), AFTER_STANDARD);
        assertThat(card.score()).isEqualTo(50.0);
    }

    @Test
    void historyAnswersTheVersionInForce() {
        RulePack<TestShop, TestItem> v1 = pack().withVersion("2025");
        RulePack<TestShop, TestItem> old = RulePack.<TestShop, TestItem>builder("test-enterprise", "2024")
                .effective(EffectivePeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
                .criterion("c", 1, Fixtures.prohibited()).build();
        RulePack<TestShop, TestItem> current = RulePack.<TestShop, TestItem>builder("test-enterprise", "2025")
                .effective(EffectivePeriod.from(LocalDate.of(2025, 1, 1)))
                .criterion("c", 1, Fixtures.prohibited()).build();
        RulePackHistory<TestShop, TestItem> history = RulePackHistory.of(List.of(current, old));
        assertThat(history.asOf(LocalDate.of(2024, 12, 31))).contains(old);
        assertThat(history.asOf(LocalDate.of(2025, 1, 1))).contains(current);
        assertThat(history.asOf(LocalDate.of(2023, 6, 1))).isEmpty();
        assertThat(v1.version()).isEqualTo("2025");
    }

    @Test
    void effectivePeriodsIncludeBothEnds() {
        EffectivePeriod p = EffectivePeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(p.contains(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(p.contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(p.contains(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(p.contains(LocalDate.of(2024, 12, 31))).isFalse();
    }

    @Test
    void targetsJudgeTheirSideOfTheThreshold() {
        assertThat(Target.atLeast(0.95, Unit.SHARE).isMet(0.95)).isTrue();
        assertThat(Target.atMost(7, Unit.DAYS).isMet(7.5)).isFalse();
        assertThat(Target.zeroTolerance(Unit.COUNT).isMet(1)).isFalse();
        assertThat(ScoringCurve.linear(10).attainment(8.5, Target.atMost(7, Unit.DAYS))).isEqualTo(0.5);
    }
    @Test
    void withRuleReplacesARuleInPlaceInItsOwnCriterion() {
        Rule<TestShop, TestItem> heavier = Fixtures.prohibited().withWeight(5);
        RulePack<TestShop, TestItem> changed = pack().withRule("Sourcing", heavier);
        assertThat(changed.criteria()).extracting(Criterion::name).containsExactly("Data protection", "Sourcing");
        assertThat(changed.criteria().get(1).rules()).extracting(Rule::id).containsExactly(PROHIBITED, Fixtures.RETENTION);
        assertThat(changed.rule(PROHIBITED).orElseThrow().weight()).isEqualTo(5.0);
        assertThat(changed.criteria().get(1).weight()).isEqualTo(3.0);
    }

    @Test
    void withRuleMovesARuleToAnotherCriterionAndDropsTheEmptiedOne() {
        RulePack<TestShop, TestItem> moved = pack().withRule("Sourcing", Fixtures.erasure());
        assertThat(moved.criteria()).extracting(Criterion::name).containsExactly("Sourcing");
        assertThat(moved.criteria().get(0).rules()).extracting(Rule::id)
                .containsExactly(PROHIBITED, Fixtures.RETENTION, ERASURE);
    }

    @Test
    void withRuleOpensANewCriterionOfWeightOneForAnUnknownName() {
        RulePack<TestShop, TestItem> moved = pack().withRule("Records", Fixtures.retention());
        assertThat(moved.criteria()).extracting(Criterion::name).containsExactly("Data protection", "Sourcing", "Records");
        assertThat(moved.criteria().get(1).rules()).extracting(Rule::id).containsExactly(PROHIBITED);
        assertThat(moved.criteria().get(2).weight()).isEqualTo(1.0);
        assertThat(moved.criteria().get(2).rules()).extracting(Rule::id).containsExactly(Fixtures.RETENTION);
    }

    @Test
    void withRuleByIdReplacesOnlyAKnownRule() {
        RulePack<TestShop, TestItem> changed = pack().withRule(Fixtures.erasure().withWeight(2));
        assertThat(changed.rule(ERASURE).orElseThrow().weight()).isEqualTo(2.0);
        Rule<TestShop, TestItem> stranger = Rule.<TestShop, TestItem>builder(RuleId.of("STRANGER"), "s")
                .citation(Fixtures.ERASURE_STANDARD)
                .measure(Indicators.count(TestItem::sold, TestItem::id))
                .target(Target.zeroTolerance(Unit.COUNT))
                .build();
        assertThatThrownBy(() -> pack().withRule(stranger))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pack test-enterprise 1 has no rule STRANGER");
    }

    @Test
    void refusesTheWeightOfAnUnknownCriterion() {
        assertThatThrownBy(() -> pack().withWeight("Records", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pack test-enterprise 1 has no criterion \"Records\"");
        assertThat(pack().withWeight("Sourcing", 2).criteria().get(1).weight()).isEqualTo(2.0);
        assertThat(pack().withWeight("Data protection", 2).criteria().get(0).weight()).isEqualTo(2.0);
    }

    @Test
    void printsItsIdVersionAndEffectivePeriodAndTakesNewBandThresholds() {
        RulePack<TestShop, TestItem> pack = pack();
        assertThat(pack).hasToString("test-enterprise 1 (" + pack.effectivePeriod() + ")");
        BandThresholds strict = new BandThresholds(95, 85, 70);
        assertThat(pack.withBandThresholds(strict).bandThresholds()).isEqualTo(strict);
        assertThat(pack.withBandThresholds(strict).rules()).isEqualTo(pack.rules());
    }

    @Test
    void aCriterionWeightOfNegativeZeroIsHeldAsZero() {
        Criterion<TestShop, TestItem> criterion = Criterion.of("c", -0.0, List.of(Fixtures.prohibited()));
        assertThat(Double.doubleToRawLongBits(criterion.weight())).isEqualTo(Double.doubleToRawLongBits(0.0));
    }
}
