package io.github.circularj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.SecondhandPilot;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void theUnerasedSecondPhoneIsTheOnlyFindingNotMet() {
        Scorecard card = EmbeddingExample.scorecard();
        assertThat(card.findings()).filteredOn(f -> f.outcome() == Outcome.NOT_MET)
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo(SecondhandPilot.DATA_ERASURE);
                    assertThat(f.evidence().ids()).containsExactly("PHONE-2");
                });
    }

    @Test
    void oneOfTwoPhonesErasedFailsDataErasureAt95PercentBefore2027() {
        Scorecard card = EmbeddingExample.scorecard();
        var erasure = card.finding(SecondhandPilot.DATA_ERASURE).orElseThrow();
        assertThat(erasure.measurement().numerator()).hasValue(1);
        assertThat(erasure.measurement().denominator()).hasValue(2);
        // Data security (weight 20 of the 85 that applied) attains 1/2; every other applicable criterion attains 1:
        // (85 - 10) / 85 = 88.24, COMPLIANT (75 to 90), not capped: DATA-ERASURE is mandatory only from 2027.
        assertThat(card.score()).isCloseTo(100.0 * 75 / 85, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(card.band()).isEqualTo(Band.COMPLIANT);
    }

    @Test
    void theReasoningNamesThePackAndTheEnterprise() {
        assertThat(EmbeddingExample.scorecard().explain().render())
                .startsWith("Pack cn-secondhand-pilot-enterprise")
                .contains("Example Circular Trading Co.", "PHONE-2");
    }
}
