package io.github.circularj.rules.experiment;

import static io.github.circularj.rules.experiment.Toys.AS_OF;
import static io.github.circularj.rules.experiment.Toys.ERASURE;
import static io.github.circularj.rules.experiment.Toys.pack;
import static io.github.circularj.rules.experiment.Toys.population;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    // Erasure shares: A 1.00, B 0.97, C 0.90, D 0.97 (D also capped by a prohibited trade).
    // As given (95 %): A 100 EX, B 100 EX, C 75 CO, D 50 NON.
    private final SensitivityResult thresholds = Sensitivity.sweep(pack(), ERASURE, List.of(0.90, 0.96, 0.98, 1.0),
            population(), AS_OF);

    @Test
    void aLowerThresholdLiftsTheEnterpriseWithNinetyPercentErased() {
        SensitivityRow row = thresholds.rows().get(0);
        // All meet 90 %: A 100, B 100, C 100, D 50 → mean 87.5, median 100; C moves COMPLIANT → EXEMPLARY.
        assertThat(row.label()).isEqualTo("at least 90 %");
        assertThat(row.value()).isEqualTo(0.90);
        assertThat(row.scores().mean()).hasValue(87.5);
        assertThat(row.scores().median()).hasValue(100.0);
        assertThat(row.bands()).isEqualTo(new BandCounts(3, 0, 0, 1, 0));
        assertThat(row.migration().count(Band.COMPLIANT, Band.EXEMPLARY)).isEqualTo(1);
        assertThat(row.subjectsMovedBand()).isEqualTo(1);
        assertThat(row.deltas().max()).hasValue(25.0);
    }

    @Test
    void eachRowNamesTheSubjectsThatMovedBandInIdOrder() {
        assertThat(thresholds.rows()).extracting(SensitivityRow::movedSubjects)
                .containsExactly(List.of("C"), List.of(), List.of("B"), List.of("B"));
    }

    @Test
    void aRowRefusesMovedSubjectsThatDisagreeWithItsMigration() {
        SensitivityRow row = thresholds.rows().get(0);
        assertThatIllegalArgumentException().isThrownBy(() -> new SensitivityRow(row.label(), row.value(), row.scores(),
                row.deltas(), row.bands(), row.migration(), List.of()))
                .withMessage("sensitivity row \"at least 90 %\": 0 moved subjects named but the migration has 1 moves;"
                        + " they must agree");
        SensitivityRow two = thresholds.rows().get(2);
        assertThat(new SensitivityRow(two.label(), two.value(), two.scores(), two.deltas(), two.bands(), two.migration(),
                List.of("B"))).isEqualTo(two);
    }

    @Test
    void aThresholdThatChangesNoOutcomeMovesNobody() {
        SensitivityRow row = thresholds.rows().get(1);
        assertThat(row.scores()).isEqualTo(thresholds.baselineScores());
        assertThat(row.subjectsMovedBand()).isZero();
    }

    @Test
    void aThresholdAboveNinetySevenPercentDropsTwoEnterprises() {
        for (SensitivityRow row : thresholds.rows().subList(2, 4)) {
            // A 100, B 75, C 75, D 25 → mean 68.75, median 75; B moves EXEMPLARY → COMPLIANT.
            assertThat(row.scores().mean()).hasValue(68.75);
            assertThat(row.scores().median()).hasValue(75.0);
            assertThat(row.scores().min()).hasValue(25.0);
            assertThat(row.bands()).isEqualTo(new BandCounts(1, 2, 0, 1, 0));
            assertThat(row.migration().count(Band.EXEMPLARY, Band.COMPLIANT)).isEqualTo(1);
            assertThat(row.subjectsMovedBand()).isEqualTo(1);
        }
        assertThat(thresholds.rows()).extracting(SensitivityRow::label)
                .containsExactly("at least 90 %", "at least 96 %", "at least 98 %", "100 %");
    }

    @Test
    void theResultSummarisesThePackAsGiven() {
        assertThat(thresholds.populationSize()).isEqualTo(4);
        assertThat(thresholds.baselineScores().mean()).hasValue(81.25);
        assertThat(thresholds.baselineBands()).isEqualTo(new BandCounts(2, 1, 0, 1, 0));
        assertThat(thresholds.parameter()).isEqualTo("threshold of DATA-ERASURE");
        assertThat(thresholds.toString()).startsWith("Sensitivity of toy-enterprise 1 to the threshold of DATA-ERASURE"
                + " as of 2026-06-01 over 4 subjects; as given: n=4 mean 81.25 median 87.50 min 50.00 max 100.00")
                .contains("\n  at least 90 % (0.9): n=4 mean 87.50 median 100.00 min 50.00 max 100.00"
                        + " [EXEMPLARY 3, COMPLIANT 0, NEEDS_IMPROVEMENT 0, NON_COMPLIANT 1]; 1 moved band");
    }

    @Test
    void sweepingTheSourcingWeightTradesErasureAgainstProhibitedGoods() {
        // score = (a_e + w a_p + a_r) / (2 + w).
        // w = 0: A 100, B 100, C 50 (NON), D 100 but capped NON → C moves COMPLIANT → NON_COMPLIANT.
        // w = 6: A 100, B 100, C 87.5 (COMPLIANT), D 25 → mean 78.125, median 93.75, nobody moves.
        SensitivityResult weights = Sensitivity.sweepWeight(pack(), "Sourcing", List.of(0.0, 2.0, 6.0), population(), AS_OF);
        SensitivityRow zero = weights.rows().get(0);
        assertThat(zero.label()).isEqualTo("weight 0");
        assertThat(zero.scores().mean()).hasValue(87.5);
        assertThat(zero.bands()).isEqualTo(new BandCounts(2, 0, 0, 2, 0));
        assertThat(zero.migration().count(Band.COMPLIANT, Band.NON_COMPLIANT)).isEqualTo(1);
        assertThat(weights.rows().get(1).subjectsMovedBand()).isZero();
        SensitivityRow six = weights.rows().get(2);
        assertThat(six.scores().mean()).hasValue(78.125);
        assertThat(six.scores().median()).hasValue(93.75);
        assertThat(six.bands()).isEqualTo(new BandCounts(2, 1, 0, 1, 0));
        assertThat(six.subjectsMovedBand()).isZero();
    }

    @Test
    void sweepingWholeTargetsLabelsEachRowByItsTarget() {
        SensitivityResult targets = Sensitivity.sweepTargets(pack(), ERASURE,
                List.of(Target.atLeast(0.9, Unit.SHARE), Target.atLeast(1.0, Unit.SHARE)), population(), AS_OF);
        assertThat(targets.rows()).extracting(SensitivityRow::label).containsExactly("at least 90 %", "100 %");
        assertThat(targets.rows()).extracting(SensitivityRow::value).containsExactly(0.9, 1.0);
        assertThat(targets.rows().get(1).scores().mean()).hasValue(68.75);
    }

    @Test
    void anyParameterCanBeSweptThroughAFunction() {
        SensitivityResult ruleWeights = Sensitivity.sweepVariants(ComplianceEngine.create(), pack(),
                "weight of rule DATA-ERASURE", List.of(1.0, 3.0), w -> pack().withRuleWeight(ERASURE, w), population(), AS_OF);
        // A rule alone in its criterion: its weight within the criterion changes nothing.
        assertThat(ruleWeights.rows()).allSatisfy(row -> assertThat(row.scores()).isEqualTo(ruleWeights.baselineScores()));
        assertThat(ruleWeights.rows().get(1).label()).isEqualTo("3");
    }

    @Test
    void theRowsDoNotDependOnThePopulationOrderOrTheThreadCount() {
        List<Toys.TestEnterprise> shuffled = new ArrayList<>(population());
        Collections.reverse(shuffled);
        SensitivityResult parallel = Sensitivity.sweep(ComplianceEngine.builder().parallelism(3).build(), pack(), ERASURE,
                List.of(0.90, 0.96, 0.98, 1.0), shuffled, AS_OF);
        assertThat(parallel.rows()).isEqualTo(thresholds.rows());
    }

    @Test
    void refusesAThresholdThatMakesNoValidTargetBeforeReadingThePopulation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sensitivity.sweep(pack(), ERASURE, List.of(0.9, 1.5), population(), AS_OF))
                .withMessageContaining("target threshold \"1.5\" is outside [0, 1]");
    }

    @Test
    void refusesAnEmptyListOfValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sensitivity.sweepWeight(pack(), "Sourcing", List.of(), population(), AS_OF))
                .withMessage("weights are empty; a sweep needs at least one value");
    }

    @Test
    void refusesARuleThePackDoesNotHave() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sensitivity.sweep(pack(), RuleId.of("NO-SUCH-RULE"), List.of(0.5), population(), AS_OF))
                .withMessage("pack toy-enterprise 1 has no rule NO-SUCH-RULE");
    }

    @Test
    void refusesANegativeWeightWithThePacksMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sensitivity.sweepWeight(pack(), "Sourcing", List.of(Double.NaN), population(), AS_OF))
                .withMessageContaining("is not a number from 0 to 1000000; weights are bounded");
    }

    @Test
    void anEmptyPopulationGivesRowsOfCountZero() {
        SensitivityResult empty = Sensitivity.sweep(pack(), ERASURE, List.of(0.9), List.of(), AS_OF);
        assertThat(empty.rows().get(0).scores()).isEqualTo(Statistics.empty());
        assertThat(empty.rows().get(0).subjectsMovedBand()).isZero();
    }
}
