package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.circularj.rules.Fixtures.TestItem;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.report.ScorecardReport;
import io.github.circularj.rules.Fixtures.TestShop;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue "evidence integrity": weights, targets and curve bounds are limited so that every score is finite, and
 * any scorecard renders in all five formats without an exception and without a non-finite number.
 */
class AnyScorecardRendersTest {

    private static Gen<List<TestItem>> ledgers() {
        return lists().of(integers().between(0, 16 * 50 - 1).map(n -> new TestItem(String.format("I%03d", n / 16),
                (n & 1) != 0 ? "phone" : "book", (n & 2) != 0, (n & 4) != 0, (n & 8) != 0))).ofSizeBetween(0, 30);
    }

    /** Weights anywhere in the allowed range, the extremes included. */
    private static Gen<Double> weights() {
        return integers().between(0, 3).zip(doubles().between(0.0, RulePack.MAX_WEIGHT), (pick, w) ->
                pick == 0 ? 0.0 : pick == 1 ? RulePack.MAX_WEIGHT : pick == 2 ? Double.MIN_VALUE : w);
    }

    @Test
    void anyScorecardOfBoundedWeightsAndTargetsRendersFinitelyInEveryFormat() {
        ComplianceEngine engine = ComplianceEngine.builder().evidenceLimit(3).build();
        qt().withExamples(150).forAll(ledgers(), weights(), weights(), doubles().between(0.0, 1.0)).checkAssert(
                (items, dataWeight, sourcingWeight, threshold) -> {
                    if (dataWeight + sourcingWeight == 0.0) {
                        return; // a pack whose criteria all weigh zero is refused at construction
                    }
                    RulePack<TestShop, TestItem> pack = Fixtures.pack().withWeight("Data protection", dataWeight)
                            .withWeight("Sourcing", sourcingWeight).withRuleWeight(Fixtures.RETENTION, RulePack.MAX_WEIGHT)
                            .withTarget(Fixtures.ERASURE, Target.atLeast(threshold, Unit.SHARE));
                    Scorecard card = engine.score(new TestShop("E1", "Shop 一", Set.of("DEALER"), OptionalDouble.of(2), items),
                            pack, LocalDate.of(2027, 3, 1));
                    assertThat(card.score()).isBetween(0.0, 100.0);
                    for (ReportFormat format : ReportFormat.values()) {
                        String text = ScorecardReport.of(card, ReportOptions.defaults()).render(format);
                        assertThat(text).as("%s", format).isNotEmpty().doesNotContain("NaN").doesNotContain("Infinity");
                    }
                });
    }
}
