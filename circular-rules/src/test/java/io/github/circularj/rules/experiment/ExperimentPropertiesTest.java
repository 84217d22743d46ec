package io.github.circularj.rules.experiment;

import static io.github.circularj.rules.experiment.Toys.AS_OF;
import static io.github.circularj.rules.experiment.Toys.erasureAndRetention;
import static io.github.circularj.rules.experiment.Toys.pack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.experiment.Toys.TestEnterprise;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ExperimentPropertiesTest {

    /** An enterprise from one int: phones sold, unerased, prohibited trades and retention years. */
    private static Gen<Integer> shapes() {
        return integers().between(0, 30 * 30 * 2 * 5 - 1);
    }

    private static Gen<List<TestEnterprise>> populations() {
        return lists().of(shapes()).ofSizeBetween(0, 12).map(shapes -> {
            List<TestEnterprise> out = new ArrayList<>();
            for (int i = 0; i < shapes.size(); i++) {
                int n = shapes.get(i);
                int sold = n % 30;
                int unerased = Math.min(sold, n / 30 % 30);
                int prohibited = n / 900 % 2;
                int retention = 1 + n / 1800;
                out.add(Toys.enterprise(String.format("E%02d", i), sold, unerased, prohibited, retention));
            }
            return out;
        });
    }

    @Test
    void comparingAPackWithItselfGivesZeroDeltasAndADiagonalMatrix() {
        qt().withExamples(200).forAll(populations()).checkAssert(population -> {
            ExperimentResult r = PolicyExperiment.compare(pack(), pack(), population, AS_OF);
            assertThat(r.comparisons()).allSatisfy(c -> assertThat(c.delta()).isZero());
            assertThat(r.migration().moved()).isZero();
            for (Band band : Band.values()) {
                assertThat(r.migration().count(band, band)).isEqualTo(r.summary().baselineBands().count(band));
            }
            assertThat(r.ruleImpacts()).isEmpty();
        });
    }

    @Test
    void theResultDoesNotDependOnThePopulationOrderOrTheThreadCount() {
        ComplianceEngine parallel = ComplianceEngine.builder().parallelism(3).build();
        qt().withExamples(50).forAll(populations(), longs().all()).checkAssert((population, seed) -> {
            List<TestEnterprise> shuffled = new ArrayList<>(population);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(PolicyExperiment.compare(parallel, pack(), erasureAndRetention(), shuffled, AS_OF))
                    .isEqualTo(PolicyExperiment.compare(pack(), erasureAndRetention(), population, AS_OF));
        });
    }

    @Test
    void theMigrationMatrixCountsEverySubjectOnce() {
        qt().withExamples(200).forAll(populations()).checkAssert(population -> {
            ExperimentResult r = PolicyExperiment.compare(pack(), erasureAndRetention(), population, AS_OF);
            assertThat(r.migration().cells().stream().mapToInt(BandMigration.Cell::count).sum()).isEqualTo(population.size());
            assertThat(r.migration().fromCounts()).isEqualTo(r.summary().baselineBands());
            assertThat(r.migration().toCounts()).isEqualTo(r.summary().variantBands());
            assertThat(r.movedSubjects()).hasSize(r.migration().moved());
        });
    }

    @Test
    void noRuleImpactCountsMoreSubjectsThanChangedOrMoved() {
        qt().withExamples(200).forAll(populations()).checkAssert(population -> {
            ExperimentResult r = PolicyExperiment.compare(pack(), erasureAndRetention(), population, AS_OF);
            long changed = r.comparisons().stream().filter(c -> !c.changedRules().isEmpty()).count();
            assertThat(r.ruleImpacts()).allSatisfy(i -> {
                assertThat(i.subjectsChanged()).isLessThanOrEqualTo((int) changed);
                assertThat(i.subjectsMovedBand()).isLessThanOrEqualTo(r.migration().moved());
            });
            assertThat(r.ruleImpacts()).isSortedAccordingTo(RuleImpact.RANKING);
        });
    }

    @Test
    void aSweepRowAtTheGivenValueMovesNobody() {
        qt().withExamples(200).forAll(populations()).checkAssert(population -> {
            SensitivityResult s = Sensitivity.sweepWeight(pack(), "Sourcing", List.of(2.0), population, AS_OF);
            assertThat(s.rows().get(0).subjectsMovedBand()).isZero();
            assertThat(s.rows().get(0).scores()).isEqualTo(s.baselineScores());
        });
    }
}
