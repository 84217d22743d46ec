package io.github.circularj.rules.experiment;

import static io.github.circularj.rules.experiment.Toys.AS_OF;
import static io.github.circularj.rules.experiment.Toys.ERASURE;
import static io.github.circularj.rules.experiment.Toys.PROHIBITED;
import static io.github.circularj.rules.experiment.Toys.a;
import static io.github.circularj.rules.experiment.Toys.b;
import static io.github.circularj.rules.experiment.Toys.erasureAndRetention;
import static io.github.circularj.rules.experiment.Toys.erasureAtHundred;
import static io.github.circularj.rules.experiment.Toys.pack;
import static io.github.circularj.rules.experiment.Toys.population;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentResultTest {

    private final ExperimentResult erasure = PolicyExperiment.compare(pack(), erasureAtHundred(), population(), AS_OF);

    @Test
    void readsBackItsPacksDateAndSize() {
        assertThat(erasure.baselinePack()).isSameAs(erasure.baselinePack());
        assertThat(erasure.baselinePack().version()).isEqualTo(pack().version());
        assertThat(erasure.variantPack().version()).isEqualTo(erasureAtHundred().version());
        assertThat(erasure.asOf()).isEqualTo(AS_OF);
        assertThat(erasure.size()).isEqualTo(4);
        assertThat(erasure.isEmpty()).isFalse();
    }

    @Test
    void findsAComparisonOnlyForAKnownSubject() {
        assertThat(erasure.comparison("A")).map(SubjectComparison::subjectId).contains("A");
        assertThat(erasure.comparison("Z")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> erasure.comparison(null)).withMessage("subjectId");
    }

    @Test
    void findsTheImpactOfAChangedRuleOnly() {
        assertThat(erasure.ruleImpact(ERASURE)).contains(new RuleImpact(ERASURE, 2, 1));
        assertThat(erasure.ruleImpact(PROHIBITED)).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> erasure.ruleImpact(null)).withMessage("ruleId");
    }

    @Test
    void rejectsNullArguments() {
        assertThatNullPointerException().isThrownBy(() -> ExperimentResult.of(null, pack(), AS_OF, List.of()))
                .withMessage("baselinePack");
        assertThatNullPointerException().isThrownBy(() -> ExperimentResult.of(pack(), null, AS_OF, List.of()))
                .withMessage("variantPack");
        assertThatNullPointerException().isThrownBy(() -> ExperimentResult.of(pack(), pack(), null, List.of()))
                .withMessage("asOf");
    }

    @Test
    void refusesAScorecardOfAnotherDate() {
        Scorecard card = ComplianceEngine.create().score(a(), pack(), AS_OF);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExperimentResult.of(pack(), pack(), AS_OF.plusDays(1),
                        List.of(new SubjectComparison(card, card))))
                .withMessage("scorecard of subject \"A\" is as of 2026-06-01; the experiment is as of 2026-06-02");
    }

    @Test
    void refusesABaselineScorecardOfAnotherPack() {
        Scorecard card = ComplianceEngine.create().score(a(), erasureAtHundred(), AS_OF);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExperimentResult.of(pack(), erasureAtHundred(), AS_OF,
                        List.of(new SubjectComparison(card, card))))
                .withMessage("baseline scorecard of subject \"A\" is of pack toy-enterprise 1-erasure-100;"
                        + " the baseline pack is toy-enterprise 1");
    }

    @Test
    void acceptsScorecardsOfTheRightPacks() {
        ComplianceEngine engine = ComplianceEngine.create();
        ExperimentResult r = ExperimentResult.of(pack(), erasureAtHundred(), AS_OF, List.of(
                new SubjectComparison(engine.score(a(), pack(), AS_OF), engine.score(a(), erasureAtHundred(), AS_OF))));
        assertThat(r.size()).isEqualTo(1);
        assertThat(r.toString()).contains(" over 1 subject: ");
    }

    @Test
    void equalExperimentsAreEqual() {
        ExperimentResult again = PolicyExperiment.compare(pack(), erasureAtHundred(), population(), AS_OF);
        assertThat(erasure).isEqualTo(again).hasSameHashCodeAs(again);
        assertThat(erasure).isEqualTo(erasure);
        assertThat(erasure).isNotEqualTo(null).isNotEqualTo(new Object());
    }

    @Test
    void experimentsDifferInPacksPopulationOrDate() {
        assertThat(erasure).isNotEqualTo(PolicyExperiment.compare(pack(), erasureAndRetention(), population(), AS_OF));
        assertThat(erasure).isNotEqualTo(PolicyExperiment.compare(pack(), pack(), population(), AS_OF));
        assertThat(erasure).isNotEqualTo(PolicyExperiment.compare(erasureAtHundred(), erasureAtHundred(),
                population(), AS_OF));
        assertThat(erasure)
                .isNotEqualTo(PolicyExperiment.compare(pack(), erasureAtHundred(), List.of(a(), b()), AS_OF));
        assertThat(erasure).isNotEqualTo(PolicyExperiment.compare(pack(), erasureAtHundred(), population(),
                AS_OF.plusDays(1)));
        assertThat(erasure.hashCode()).isNotEqualTo(
                PolicyExperiment.compare(pack(), erasureAtHundred(), List.of(a(), b()), AS_OF).hashCode());
    }

    @Test
    void saysWhenNoFindingChanged() {
        ExperimentResult same = PolicyExperiment.compare(pack(), pack(), population(), AS_OF);
        assertThat(same.ruleImpacts()).isEmpty();
        assertThat(same).hasToString("Experiment toy-enterprise 1 → toy-enterprise 1 as of 2026-06-01 over 4 subjects:"
                + " 0 moved band (0 down, 0 up), mean delta 0.00; no finding changed");
    }
}
