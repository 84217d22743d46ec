package io.github.circularj.rules;

import static io.github.circularj.rules.Fixtures.ERASURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.rules.Fixtures.TestItem;
import io.github.circularj.rules.Fixtures.TestShop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EnginePropertiesTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
    private final ComplianceEngine engine = ComplianceEngine.builder().evidenceLimit(3).build();

    /** Items from one int: an id number and four flag bits (phone, sold, erased, prohibited). */
    private static Gen<TestItem> items() {
        return integers().between(0, 16 * 200 - 1).map(n -> new TestItem(String.format("I%03d", n / 16),
                (n & 1) != 0 ? "phone" : "book", (n & 2) != 0, (n & 4) != 0, (n & 8) != 0));
    }

    private static Gen<List<TestItem>> ledgers() {
        return lists().of(items()).ofSizeBetween(0, 40);
    }

    private static TestShop shop(List<TestItem> items) {
        return new TestShop("E1", "Dealer One", Set.of("DEALER"), OptionalDouble.of(2), items);
    }

    /** The fixture pack plus a linear rule, so that scores take many values. */
    private static RulePack<TestShop, TestItem> pack() {
        return Fixtures.pack().withRule("Data protection",
                Rule.<TestShop, TestItem>builder(RuleId.of("ERASE-LINEAR"), "Erased, partial credit")
                        .citation(Fixtures.ERASURE_STANDARD)
                        .measure(Indicators.share(TestItem::phoneSold, TestItem::erased, TestItem::id))
                        .target(Target.atLeast(0.9, Unit.SHARE)).curve(ScoringCurve.linear(0.2)).weight(2).build());
    }

    @Test
    void theScoreIsBetweenZeroAndOneHundred() {
        qt().forAll(ledgers()).checkAssert(items -> {
            double score = engine.score(shop(items), pack(), AS_OF).score();
            assertThat(score).isBetween(0.0, 100.0);
        });
    }

    @Test
    void anyPermutationOfTheRecordsGivesTheSameScorecard() {
        qt().forAll(ledgers(), longs().all()).checkAssert((items, seed) -> {
            List<TestItem> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(engine.score(shop(shuffled), pack(), AS_OF)).isEqualTo(engine.score(shop(items), pack(), AS_OF));
        });
    }

    @Test
    void splittingTheRecordsAndMergingTheAccumulatorsGivesTheSameScorecard() {
        qt().forAll(ledgers(), integers().between(0, 40)).checkAssert((items, cut) -> {
            int at = Math.min(cut, items.size());
            ComplianceEngine.Evaluation<TestShop, TestItem> plan = engine.evaluation(shop(items), pack(), AS_OF);
            FusedIndicator<TestItem> fused = plan.indicator();
            Object[] left = fused.start();
            items.subList(0, at).forEach(i -> fused.accept(left, i));
            Object[] right = fused.start();
            items.subList(at, items.size()).forEach(i -> fused.accept(right, i));
            Scorecard merged = plan.scorecard(fused.merge(left, right));
            assertThat(merged).isEqualTo(engine.score(shop(items), pack(), AS_OF));
        });
    }

    @Test
    void scoringSubjectsOnSeveralThreadsGivesTheScorecardsOfOneThread() {
        qt().forAll(lists().of(ledgers()).ofSizeBetween(2, 5), integers().between(2, 4))
                .checkAssert((ledgers, threads) -> {
                    List<TestShop> shops = new ArrayList<>();
                    for (List<TestItem> items : ledgers) {
                        shops.add(shop(items));
                    }
                    ComplianceEngine parallel = ComplianceEngine.builder().evidenceLimit(3).parallelism(threads).build();
                    List<TestShop> reversed = new ArrayList<>(shops);
                    Collections.reverse(reversed);
                    List<Scorecard> cards = parallel.scoreAll(shops, pack(), AS_OF);
                    assertThat(cards).isEqualTo(engine.scoreAll(shops, pack(), AS_OF));
                    List<Scorecard> backwards = new ArrayList<>(parallel.scoreAll(reversed, pack(), AS_OF));
                    Collections.reverse(backwards);
                    assertThat(backwards).as("each scorecard stays with its subject").isEqualTo(cards);
                });
    }

    @Test
    void correctingOneViolatingRecordNeverLowersTheScore() {
        qt().forAll(ledgers(), integers().between(0, 39)).checkAssert((items, pick) -> {
            if (items.isEmpty()) {
                return;
            }
            int index = pick % items.size();
            TestItem before = items.get(index);
            List<TestItem> corrected = new ArrayList<>(items);
            corrected.set(index, new TestItem(before.id(), before.category(), before.sold(), true, false));
            assertThat(engine.score(shop(corrected), pack(), AS_OF).score())
                    .isGreaterThanOrEqualTo(engine.score(shop(items), pack(), AS_OF).score());
        });
    }

    @Test
    void aRuleOutsideItsEffectivePeriodIsAlwaysNotApplicable() {
        EffectivePeriod in2026 = EffectivePeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        Rule<TestShop, TestItem> dated = Rule.<TestShop, TestItem>builder(ERASURE, "Erased in 2026 only")
                .citation(Fixtures.ERASURE_STANDARD)
                .measure(Indicators.share(TestItem::phoneSold, TestItem::erased, TestItem::id))
                .target(Target.atLeast(0.9, Unit.SHARE)).effective(in2026).build();
        RulePack<TestShop, TestItem> pack = Fixtures.pack().withRule(dated);
        LocalDate base = LocalDate.of(2024, 1, 1);
        qt().forAll(ledgers(), integers().between(0, 4 * 366)).checkAssert((items, day) -> {
            LocalDate asOf = base.plusDays(day);
            Finding f = engine.score(shop(items), pack, asOf).finding(ERASURE).orElseThrow();
            if (!in2026.contains(asOf)) {
                assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
                assertThat(f.points()).isZero();
            }
        });
    }

    @Test
    void theScoreMatchesAHandWrittenLoop() {
        qt().forAll(ledgers()).checkAssert(items -> {
            // Oracle: Data protection (weight 1) = (1 × step(e ≥ 1.0) + 2 × linear(e; 0.2, 0.9)) / 3 when phones
            // were sold; Sourcing (weight 3) = (step(no prohibited) + 0 for 2 years < 3) / 2.
            long inScope = items.stream().filter(TestItem::phoneSold).count();
            long erased = items.stream().filter(TestItem::phoneSold).filter(TestItem::erased).count();
            boolean clean = items.stream().noneMatch(TestItem::prohibited);
            double sourcing = (clean ? 1.0 : 0.0) / 2.0;
            double expected;
            if (items.isEmpty()) {
                expected = 0.0; // no record at all: not rated, whatever the profile declares
            } else if (inScope == 0) {
                expected = 100.0 * sourcing;
            } else {
                double e = (double) erased / inScope;
                double linear = e >= 0.9 ? 1.0 : Math.max(0.0, (e - 0.2) / (0.9 - 0.2));
                double data = ((e >= 1.0 ? 1.0 : 0.0) + 2.0 * linear) / 3.0;
                expected = 100.0 * (data + 3.0 * sourcing) / 4.0;
            }
            Scorecard card = engine.score(shop(items), pack(), AS_OF);
            assertThat(card.score()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(card.isRated()).isEqualTo(!items.isEmpty());
            assertThat(card.band() == Band.NOT_RATED).isEqualTo(items.isEmpty());
        });
    }
}
