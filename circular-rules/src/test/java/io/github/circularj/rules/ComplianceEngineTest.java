package io.github.circularj.rules;

import static io.github.circularj.rules.Fixtures.AFTER_STANDARD;
import static io.github.circularj.rules.Fixtures.BEFORE_STANDARD;
import static io.github.circularj.rules.Fixtures.ERASURE;
import static io.github.circularj.rules.Fixtures.PROHIBITED;
import static io.github.circularj.rules.Fixtures.RETENTION;
import static io.github.circularj.rules.Fixtures.dealer;
import static io.github.circularj.rules.Fixtures.pack;
import static io.github.circularj.rules.Fixtures.phones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.circularj.rules.Fixtures.TestItem;
import io.github.circularj.rules.Fixtures.TestShop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ComplianceEngineTest {

    private final ComplianceEngine engine = ComplianceEngine.create();

    @Test
    void aFullyCompliantDealerScoresOneHundredAndIsExemplary() {
        Scorecard card = engine.score(dealer(phones(480, 0)), pack(), AFTER_STANDARD);
        assertThat(card.score()).isEqualTo(100.0);
        assertThat(card.band()).isEqualTo(Band.EXEMPLARY);
        assertThat(card.findings()).extracting(Finding::outcome).containsOnly(Outcome.MET);
    }

    @Test
    void ninetySevenAndAHalfPercentErasedMeetsTheNinetyFivePercentTermBefore2027() {
        Finding f = engine.score(dealer(phones(480, 12)), pack(), BEFORE_STANDARD).finding(ERASURE).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.measurement().value().getAsDouble()).isEqualTo(468.0 / 480.0);
        assertThat(f.isMandatory()).isFalse();
    }

    @Test
    void theSameRecordsFailTheMandatoryHundredPercentTermFrom2027AndCapTheBand() {
        Scorecard card = engine.score(dealer(phones(480, 12)), pack(), AFTER_STANDARD);
        // Data protection (weight 1) attains 0, Sourcing (weight 3) attains 1: 3/4 × 100 = 75, which earns
        // COMPLIANT, but the failed mandatory DATA-ERASURE caps the band.
        assertThat(card.score()).isEqualTo(75.0);
        assertThat(card.finding(ERASURE).orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(card.cappedBy()).containsExactly(ERASURE);
        assertThat(card.band()).isEqualTo(Band.NON_COMPLIANT);
    }

    @Test
    void theFindingMessageReadsAsOneSentenceWithTargetAndCitation() {
        Finding f = engine.score(dealer(phones(480, 12)), pack(), AFTER_STANDARD).finding(ERASURE).orElseThrow();
        assertThat(f.message()).isEqualTo("12 of 480 phones sold (2.5 %) had no data-erasure record before sale;"
                + " the target is 100 % (数据安全技术 电子产品信息清除技术要求, in force 2027-01-01)");
    }

    @Test
    void aLinearCurveGivesPartialCreditBetweenFloorAndTarget() {
        Rule<TestShop, TestItem> linear = Rule.<TestShop, TestItem>builder(RuleId.of("ERASE-LINEAR"), "Erased")
                .citation(Fixtures.ERASURE_STANDARD)
                .measure(Indicators.share(TestItem::phoneSold, TestItem::erased, TestItem::id))
                .target(Target.atLeast(0.95, Unit.SHARE))
                .curve(ScoringCurve.linear(0.80))
                .build();
        RulePack<TestShop, TestItem> pack = RulePack.<TestShop, TestItem>builder("p", "1")
                .criterion("Only", 1, linear).build();
        // 70 of 80 erased = 0.875, halfway between 0.80 and 0.95.
        Scorecard card = engine.score(dealer(phones(80, 10)), pack, BEFORE_STANDARD);
        Finding f = card.finding(RuleId.of("ERASE-LINEAR")).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.PARTIALLY_MET);
        assertThat(f.attainment().getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(card.score()).isCloseTo(50.0, within(1e-9));
        assertThat(card.band()).isEqualTo(Band.NON_COMPLIANT);
    }

    @Test
    void aRuleForDealersDoesNotApplyToARecyclerAndIsLeftOutOfTheScore() {
        TestShop recycler = new TestShop("R1", "Recycler", Set.of("RECYCLER"), OptionalDouble.of(3), phones(10, 10));
        Scorecard card = engine.score(recycler, pack(), AFTER_STANDARD);
        Finding f = card.finding(ERASURE).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(f.message()).contains("applies to dealers only");
        assertThat(card.score()).isEqualTo(100.0);
        assertThat(card.criterionScores().get(0).score()).isEmpty();
    }

    @Test
    void nothingInScopeIsNotApplicable() {
        Finding f = engine.score(dealer(List.of()), pack(), AFTER_STANDARD).finding(ERASURE).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(f.measurement().reason()).isEqualTo("nothing in scope");
    }

    @Test
    void aMissingProfileValueIsInsufficientEvidenceAndCountsAsZero() {
        TestShop shop = new TestShop("E2", "No Profile", Set.of("DEALER"), OptionalDouble.empty(), phones(10, 0));
        Scorecard card = engine.score(shop, pack(), BEFORE_STANDARD);
        assertThat(card.finding(RETENTION).orElseThrow().outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        // Sourcing = (1×1 + 1×0) / 2 = 0.5; total = (1×1 + 3×0.5) / 4 × 100 = 62.5.
        assertThat(card.score()).isEqualTo(62.5);
        assertThat(card.band()).isEqualTo(Band.NEEDS_IMPROVEMENT);
    }

    @Test
    void aPackMayLeaveInsufficientEvidenceOutOfTheScore() {
        TestShop shop = new TestShop("E2", "No Profile", Set.of("DEALER"), OptionalDouble.empty(), phones(10, 0));
        Scorecard card = engine.score(shop, pack().withInsufficientEvidencePolicy(InsufficientEvidencePolicy.EXCLUDE),
                BEFORE_STANDARD);
        assertThat(card.score()).isEqualTo(100.0);
    }

    @Test
    void aProfileValueBelowTargetIsNotMet() {
        TestShop shop = new TestShop("E3", "Short Memory", Set.of("DEALER"), OptionalDouble.of(2), phones(10, 0));
        Finding f = engine.score(shop, pack(), BEFORE_STANDARD).finding(RETENTION).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.message()).isEqualTo("the declared record-retention period is 2 years; the target is at least 3 years (电子商务法 Art. 31)");
    }

    @Test
    void oneProhibitedTradeBreaksZeroToleranceAndCapsTheBand() {
        List<TestItem> items = new ArrayList<>(phones(10, 0));
        items.add(new TestItem("X1", "scrap", false, false, true));
        Scorecard card = engine.score(dealer(items), pack(), BEFORE_STANDARD);
        Finding f = card.finding(PROHIBITED).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.evidence()).isEqualTo(new Evidence(1, List.of("X1")));
        // Sourcing = 0.5; total = (1 + 1.5) / 4 × 100 = 62.5, capped.
        assertThat(card.score()).isEqualTo(62.5);
        assertThat(card.cappedBy()).containsExactly(PROHIBITED);
        assertThat(card.band()).isEqualTo(Band.NON_COMPLIANT);
    }

    @Test
    void aSubjectNoRuleAppliesToIsNotRated() {
        RulePack<TestShop, TestItem> onlyErasure = RulePack.<TestShop, TestItem>builder("p", "1")
                .criterion("Data protection", 1, Fixtures.erasure()).build();
        TestShop recycler = new TestShop("R1", "Recycler", Set.of("RECYCLER"), OptionalDouble.of(3), List.of());
        Scorecard card = engine.score(recycler, onlyErasure, AFTER_STANDARD);
        assertThat(card.isRated()).isFalse();
        assertThat(card.score()).isZero();
        assertThat(card.band()).isEqualTo(Band.NOT_RATED);
        assertThat(card.explain().render()).contains("not rated");
    }

    @Test
    void evidenceListsTheSmallestOffendingIdsUpToTheLimitWhateverTheOrder() {
        List<TestItem> items = new ArrayList<>(phones(100, 30));
        Collections.reverse(items);
        ComplianceEngine five = ComplianceEngine.builder().evidenceLimit(5).build();
        Evidence e = five.score(dealer(items), pack(), AFTER_STANDARD).finding(ERASURE).orElseThrow().evidence();
        assertThat(e.count()).isEqualTo(30);
        assertThat(e.ids()).containsExactly("P000", "P001", "P002", "P003", "P004");
        assertThat(e.isTruncated()).isTrue();
    }

    @Test
    void theDefaultEvidenceLimitIsTwenty() {
        Evidence e = engine.score(dealer(phones(100, 30)), pack(), AFTER_STANDARD).finding(ERASURE).orElseThrow().evidence();
        assertThat(e.ids()).hasSize(20);
    }

    @Test
    void theRecordsAreReadInOnePass() {
        AtomicInteger streams = new AtomicInteger();
        List<TestItem> items = phones(50, 5);
        Subject<TestItem> counting = Subject.of("E9", "Counted", () -> {
            streams.incrementAndGet();
            return items.stream();
        });
        Rule<Subject<TestItem>, TestItem> a = Rule.<Subject<TestItem>, TestItem>builder(RuleId.of("A"), "a")
                .citation(Fixtures.ERASURE_STANDARD)
                .measure(Indicators.share(TestItem::phoneSold, TestItem::erased, TestItem::id))
                .target(Target.atLeast(0.9, Unit.SHARE)).build();
        Rule<Subject<TestItem>, TestItem> b = Rule.<Subject<TestItem>, TestItem>builder(RuleId.of("B"), "b")
                .citation(Fixtures.ERASURE_STANDARD)
                .measure(Indicators.count(TestItem::sold, TestItem::id))
                .target(Target.atLeast(10, Unit.COUNT)).build();
        RulePack<Subject<TestItem>, TestItem> pack = RulePack.<Subject<TestItem>, TestItem>builder("p", "1")
                .criterion("c", 1, a, b).build();
        Scorecard card = engine.score(counting, pack, AFTER_STANDARD);
        assertThat(streams).hasValue(1);
        assertThat(card.score()).isEqualTo(100.0);
    }

    @Test
    void scoreAllKeepsTheInputOrderWhenParallel() {
        List<TestShop> shops = IntStream.range(0, 12)
                .mapToObj(i -> new TestShop("E" + i, "Shop " + i, Set.of("DEALER"), OptionalDouble.of(i % 4), phones(40, i)))
                .toList();
        List<Scorecard> sequential = engine.scoreAll(shops, pack(), AFTER_STANDARD);
        List<Scorecard> parallel = ComplianceEngine.builder().parallelism(4).build().scoreAll(shops, pack(), AFTER_STANDARD);
        assertThat(parallel).isEqualTo(sequential);
        assertThat(parallel).extracting(Scorecard::subjectId).containsExactly(
                "E0", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11");
    }

    @Test
    void refusesAnAsOfDateOutsideThePacksEffectivePeriod() {
        RulePack<TestShop, TestItem> pack = RulePack.<TestShop, TestItem>builder("p", "2027")
                .effective(EffectivePeriod.from(LocalDate.of(2027, 1, 1)))
                .criterion("c", 1, Fixtures.prohibited()).build();
        assertThatThrownBy(() -> engine.score(dealer(List.of()), pack, BEFORE_STANDARD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-06-01").hasMessageContaining("pack p 2027");
    }

    @Test
    void refusesARuleWhoseMeasurementUnitDiffersFromItsTarget() {
        Rule<TestShop, TestItem> wrong = Rule.<TestShop, TestItem>builder(RuleId.of("WRONG-UNIT"), "w")
                .citation(Fixtures.ERASURE_STANDARD)
                .measure(Indicators.count(TestItem::sold, TestItem::id))
                .target(Target.atLeast(0.5, Unit.SHARE)).build();
        RulePack<TestShop, TestItem> pack = RulePack.<TestShop, TestItem>builder("p", "1").criterion("c", 1, wrong).build();
        assertThatThrownBy(() -> engine.score(dealer(phones(3, 0)), pack, BEFORE_STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WRONG-UNIT");
    }

    @Test
    void equalInputsGiveEqualScorecardsAndIdenticalExplanations() {
        Scorecard a = engine.score(dealer(phones(480, 12)), pack(), AFTER_STANDARD);
        Scorecard b = engine.score(dealer(phones(480, 12)), pack(), AFTER_STANDARD);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.explain().render()).isEqualTo(b.explain().render());
    }

    @Test
    void findingPointsSumToTheScore() {
        Scorecard card = engine.score(dealer(phones(80, 10)), pack(), BEFORE_STANDARD);
        double sum = card.findings().stream().mapToDouble(Finding::points).sum();
        assertThat(sum).isCloseTo(card.score(), within(1e-9));
    }
    @Test
    void aRatedUncappedScorecardExplainsItsBandsAndEachRuleWithoutCapOrUnratedNotes() {
        String text = engine.score(dealer(phones(10, 0)), pack(), BEFORE_STANDARD).explain().render();
        assertThat(text).doesNotContain("not rated").doesNotContain("Band capped");
        assertThat(text).contains("Bands: EXEMPLARY ≥ ").contains("insufficient evidence counts as 0");
        assertThat(text).contains("attainment 1.000 (curve ");
    }

    @Test
    void aCappedScorecardNamesTheMandatoryRuleThatCappedIt() {
        List<TestItem> items = new ArrayList<>(phones(10, 0));
        items.add(new TestItem("X1", "scrap", false, false, true));
        String text = engine.score(dealer(items), pack(), BEFORE_STANDARD).explain().render();
        assertThat(text).contains("because mandatory rule SRC-PROHIBITED did not meet its target")
                .contains("Band capped at NON_COMPLIANT (the score alone earns ");
    }

    @Test
    void theExplanationStatesTheInsufficientEvidencePolicyOfThePack() {
        String text = engine.score(dealer(phones(10, 0)),
                pack().withInsufficientEvidencePolicy(InsufficientEvidencePolicy.EXCLUDE), BEFORE_STANDARD).explain().render();
        assertThat(text).contains("insufficient evidence is left out").doesNotContain("counts as 0");
    }

    @Test
    void anUnratedScorecardExplainsWhyAndEachRuleAsNotApplicable() {
        RulePack<TestShop, TestItem> onlyErasure = RulePack.<TestShop, TestItem>builder("p", "1")
                .criterion("Data protection", 1, Fixtures.erasure()).build();
        TestShop recycler = new TestShop("R1", "Recycler", Set.of("RECYCLER"), OptionalDouble.of(3), List.of());
        String text = engine.score(recycler, onlyErasure, AFTER_STANDARD).explain().render();
        assertThat(text).contains("it is not rated (score 0, band NOT_RATED)").doesNotContain("Band capped")
                .contains("; left out of the score").contains("not applicable: ")
                .contains("no rule counted; left out of the total");
    }
}
