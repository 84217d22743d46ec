package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.PilotFixtures.AS_OF;
import static io.github.circularj.rules.pilot.PilotFixtures.DEALER;
import static io.github.circularj.rules.pilot.PilotFixtures.ENGINE;
import static io.github.circularj.rules.pilot.PilotFixtures.PERIOD;
import static io.github.circularj.rules.pilot.PilotFixtures.THREE_YEARS;
import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.testkit.CircularAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.Toys;
import org.junit.jupiter.api.Test;

/** ScorecardAssert.hasRejectedRecords, on ledgers whose records the ledger accepted or refused. */
class RejectedRecordsAssertTest {

    private static Scorecard score(Ledger.Builder ledger) {
        return ENGINE.score(EnterpriseSubject.of(ledger.build(), THREE_YEARS), SecondhandPilot.enterprisePack(), AS_OF);
    }

    /** Three good phones, and the events of a fourth whose item was never registered: each of them refused. */
    private static Ledger.Builder withUnregisteredPhone() {
        Ledger.Builder ledger = Ledger.builder(DEALER, PERIOD);
        for (int i = 0; i < 3; i++) {
            PilotFixtures.HistoryFixture h = goodPhone("G" + i);
            ledger.item(h.item()).events(h.events());
        }
        return ledger.events(goodPhone("U1").events());
    }

    @Test
    void passesOnTheNumberOfRejectedRecords() {
        Ledger.Builder clean = Ledger.builder(DEALER, PERIOD);
        PilotFixtures.HistoryFixture h = goodPhone("G0");
        clean.item(h.item()).events(h.events());
        assertThat(score(clean)).hasRejectedRecords(0);
        assertThat(score(withUnregisteredPhone())).hasRejectedRecords(goodPhone("U1").events().size());
    }

    @Test
    void failsWithTheFindingsMessageAndItsPartOfTheReasoning() {
        assertThatThrownBy(() -> assertThat(score(withUnregisteredPhone())).hasRejectedRecords(0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting " + DEALER.creditCode() + " to have 0 rejected records but "
                        + goodPhone("U1").events().size() + " were rejected: ")
                .hasMessageContaining("were rejected")
                .hasMessageContaining("RECORD-INTEGRITY");
    }

    @Test
    void failsForAPackWithoutTheRule() {
        Scorecard toy = ENGINE.score(Toys.b(), Toys.pack(), Toys.AS_OF);
        assertThatThrownBy(() -> assertThat(toy).hasRejectedRecords(0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting B to count rejected records but pack toy-enterprise 1 has no"
                        + " RECORD-INTEGRITY rule");
    }
}
