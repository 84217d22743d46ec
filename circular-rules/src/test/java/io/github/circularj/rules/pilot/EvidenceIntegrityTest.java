package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.PilotFixtures.AS_OF;
import static io.github.circularj.rules.pilot.PilotFixtures.DEALER;
import static io.github.circularj.rules.pilot.PilotFixtures.ENGINE;
import static io.github.circularj.rules.pilot.PilotFixtures.PERIOD;
import static io.github.circularj.rules.pilot.PilotFixtures.STAFF;
import static io.github.circularj.rules.pilot.PilotFixtures.THREE_YEARS;
import static io.github.circularj.rules.pilot.PilotFixtures.cny;
import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.rules.pilot.PilotFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.History;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Listed;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.lifecycle.SourceRecord;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import io.github.circularj.rules.Band;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.Scorecard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue "evidence integrity": nothing unseen may change a score. */
class EvidenceIntegrityTest {

    private static Scorecard score(Ledger.Builder ledger) {
        return ENGINE.score(EnterpriseSubject.of(ledger.build(), THREE_YEARS), SecondhandPilot.enterprisePack(), AS_OF);
    }

    private static Ledger.Builder goodPhones(int n) {
        Ledger.Builder ledger = Ledger.builder(DEALER, PERIOD);
        for (int i = 0; i < n; i++) {
            PilotFixtures.HistoryFixture h = goodPhone("G" + i);
            ledger.item(h.item()).events(h.events());
        }
        return ledger;
    }

    @Test
    void aRejectedSaleCountsAgainstTheEnterpriseInsteadOfVanishing() {
        // A phone collected, then flagged, then sold unerased: the ledger refuses the sale (a quarantined item
        // cannot be sold). Before, the refused sale vanished and the score rose.
        // History refuses them too, so the two refused events are made directly, as an import would submit them.
        PilotFixtures.HistoryFixture flagged = history("P9", Category.PHONE).collected()
                .flagged(FlagReason.SUSPECTED_STOLEN).policeReported();
        List<LifecycleEvent> withoutSale = flagged.events();
        Instant next = withoutSale.get(withoutSale.size() - 1).at().plus(Duration.ofHours(1));
        List<LifecycleEvent> flaggedThenSold = new ArrayList<>(withoutSale);
        flaggedThenSold.add(new Listed(EventId.of("P9-4"), flagged.item().id(), next, STAFF,
                new Listing(SalesChannel.ONLINE_PLATFORM, cny("1200.00"), Set.of(Disclosure.SECONDHAND_STATUS),
                        ReturnPolicy.sevenDayNoReason())));
        flaggedThenSold.add(new Sold(EventId.of("P9-5"), flagged.item().id(), next.plus(Duration.ofHours(1)), STAFF,
                Sale.of(cny("1100.00"), SalesChannel.PHYSICAL_STORE)));

        Scorecard refused = score(goodPhones(3).item(flagged.item()).events(flaggedThenSold));
        Scorecard neverSubmitted = score(goodPhones(3).item(flagged.item()).events(withoutSale));

        Finding integrity = refused.finding(SecondhandPilot.RECORD_INTEGRITY).orElseThrow();
        assertThat(integrity.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(integrity.evidence().count()).isEqualTo(2);
        assertThat(integrity.evidence().ids()).allMatch(id -> id.startsWith("P9-") && id.endsWith("(illegal transition)"));
        assertThat(integrity.message()).contains("2 of ").contains("submitted events").contains("were rejected (2 illegal transition");
        assertThat(refused.score()).isLessThan(neverSubmitted.score());
        assertThat(neverSubmitted.finding(SecondhandPilot.RECORD_INTEGRITY).orElseThrow().outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void anImportWhereEveryRowFailedIsNotRatedNeverExemplary() {
        Ledger.Builder ledger = Ledger.builder(DEALER, PERIOD);
        PilotFixtures.HistoryFixture unknown = goodPhone("U1"); // its item is never registered: every event is refused
        ledger.events(unknown.events());

        Scorecard card = score(ledger);

        assertThat(card.isRated()).isFalse();
        assertThat(card.band()).isEqualTo(Band.NOT_RATED);
        assertThat(card.score()).isZero();
        assertThat(card.explain().render()).contains("holds no accepted record");
    }

    @Test
    void aLedgerOfRegisteredItemsWithoutAcceptedEventsIsNotRatedWhateverItsProfileSays() {
        Scorecard card = ENGINE.score(EnterpriseSubject.of(Ledger.builder(DEALER, PERIOD)
                .item(goodPhone("E1").item()).build(), THREE_YEARS), SecondhandPilot.enterprisePack(), AS_OF);

        assertThat(card.band()).isEqualTo(Band.NOT_RATED);
        assertThat(card.finding(SecondhandPilot.SRC_RETENTION).orElseThrow().outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aRuleWithFewerActsInScopeThanItsMinimumIsInsufficientEvidence() {
        Scorecard card = ENGINE.score(EnterpriseSubject.of(goodPhones(2).build(), THREE_YEARS),
                SecondhandPilot.enterprisePack().withParameter(SecondhandPilot.DATA_ERASURE, Rule.MINIMUM_ACTS, 5), AS_OF);

        Finding erasure = card.finding(SecondhandPilot.DATA_ERASURE).orElseThrow();
        assertThat(erasure.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(erasure.message()).contains("only 2 acts in scope; a finding needs at least 5 (parameter minimum-acts)")
                .contains("parameter minimum-acts is 5 (overridden; the source's value is 1)");
        assertThat(card.finding(SecondhandPilot.DISC_CONDITION).orElseThrow().outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aLedgerMadeFromValidatedLifecyclesHasNoReportAndNothingRejected() {
        Scorecard card = ENGINE.score(PilotFixtures.dealer(goodPhone("V1").build()), SecondhandPilot.enterprisePack(), AS_OF);

        assertThat(card.finding(SecondhandPilot.RECORD_INTEGRITY).orElseThrow().measurement().numerator()).hasValue(5);
        assertThat(card.finding(SecondhandPilot.RECORD_INTEGRITY).orElseThrow().outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aSellerVerifiedFiveYearsAfterTheIntakeWasNotRegisteredAtIntake() {
        Instant intake = Instant.parse("2026-03-02T02:00:00Z");
        Item phone = goodPhone("V5").item();
        Lifecycle late = History.of(phone).at(intake)
                .by(Actor.of("staff-07"))
                .collected(Intake.of(CollectionChannel.BUY_BACK,
                        PersonCounterparty.of("seller-V5", IdentityVerification.of(
                                "VR-0005", IdentityVerification.Method.ID_CARD_READER,
                                intake.plus(Duration.ofDays(5 * 365)))))
                        .withSourceRecord(SourceRecord.of("store-1",
                                IdentityVerification.Method.ID_CARD_READER, "IN-5")))
                .lifecycle();

        Finding f = ENGINE.score(PilotFixtures.dealer(late), SecondhandPilot.enterprisePack(), AS_OF)
                .finding(SecondhandPilot.SRC_REGISTRATION).orElseThrow();

        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.evidence().ids()).containsExactly("V5");
        assertThat(SecondhandPilot.enterprisePack().rule(SecondhandPilot.SRC_REGISTRATION).orElseThrow()
                .parameter(EnterpriseRule.VERIFICATION_TOLERANCE).orElseThrow().latest().amount()).isEqualTo(24);
    }
}
