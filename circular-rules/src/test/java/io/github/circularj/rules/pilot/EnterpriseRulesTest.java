package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.EventId;
import static io.github.circularj.rules.pilot.PilotFixtures.AUCTIONEER;
import static io.github.circularj.rules.pilot.PilotFixtures.BACKYARD;
import static io.github.circularj.rules.pilot.PilotFixtures.DISMANTLER;
import static io.github.circularj.rules.pilot.PilotFixtures.PLATFORM;
import static io.github.circularj.rules.pilot.PilotFixtures.PROCESSOR;
import static io.github.circularj.rules.pilot.PilotFixtures.THREE_YEARS;
import static io.github.circularj.rules.pilot.PilotFixtures.dealer;
import static io.github.circularj.rules.pilot.PilotFixtures.finding;
import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.rules.pilot.PilotFixtures.history;
import static io.github.circularj.rules.pilot.PilotFixtures.subject;
import static io.github.circularj.rules.pilot.PilotFixtures.unidentified;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RuleId;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the enterprise pack on a ledger where it is met, one where it is not (the message names
 * the offending items and counts) and one where it does not apply.
 */
class EnterpriseRulesTest {

    /** One rule on one ledger: the outcome expected and the words the message must hold. */
    record Case(RuleId rule, String ledger, Supplier<EnterpriseSubject> subject, Outcome outcome, List<String> message) {
        @Override
        public String toString() {
            return rule + " " + outcome + ": " + ledger;
        }
    }

    static Case met(RuleId rule, String ledger, Supplier<EnterpriseSubject> subject) {
        return new Case(rule, ledger, subject, Outcome.MET, List.of());
    }

    static Case notMet(RuleId rule, String ledger, Supplier<EnterpriseSubject> subject, String... message) {
        return new Case(rule, ledger, subject, Outcome.NOT_MET, List.of(message));
    }

    static Case notApplicable(RuleId rule, String ledger, Supplier<EnterpriseSubject> subject) {
        return new Case(rule, ledger, subject, Outcome.NOT_APPLICABLE, List.of());
    }

    static Stream<Case> cases() {
        return Stream.of(
                met(SecondhandPilot.SRC_REGISTRATION, "a dealer's verified intake", () -> dealer(goodPhone("P1").build())),
                notMet(SecondhandPilot.SRC_REGISTRATION, "an unverified walk-in seller", () -> dealer(goodPhone("P1").build(),
                                history("P2", Category.PHONE).collectedUnverified().build()),
                        "1 of 2 intakes (50 %) had no verified seller or no source record (item P2)"),
                notApplicable(SecondhandPilot.SRC_REGISTRATION, "a platform that does not buy in",
                        () -> subject(PLATFORM, THREE_YEARS, goodPhone("P1").build())),

                met(SecondhandPilot.SRC_PROVENANCE, "a phone with a serial number", () -> dealer(goodPhone("P1").build())),
                notMet(SecondhandPilot.SRC_PROVENANCE, "a phone sold without any identifier", () -> dealer(goodPhone("P1").build(),
                                unidentified("P2", Category.PHONE).collected().inspected().erased().listed().sold().build()),
                        "1 of 2 electronics, appliances and vehicles sold (50 %) had no intake record or no identifier (item P2)"),
                notApplicable(SecondhandPilot.SRC_PROVENANCE, "only furniture sold",
                        () -> dealer(history("F1", Category.FURNITURE).collected().listed().sold().build())),

                met(SecondhandPilot.SRC_RETENTION, "a dealer keeping records 3 years", () -> dealer(goodPhone("P1").build())),
                notMet(SecondhandPilot.SRC_RETENTION, "an auctioneer keeping records 3 years",
                        () -> subject(AUCTIONEER, THREE_YEARS, goodPhone("P1").build()),
                        "keeps records 3 years; 5 are required of an auctioneer; the target is 0 years short",
                        "拍卖法 Art. 54 (auctioneers: 5 years)"),

                met(SecondhandPilot.SRC_PROHIBITED, "a suspect phone cleared before resale", () -> dealer(history("P2", Category.PHONE)
                        .collected().flagged(FlagReason.SUSPECTED_STOLEN).policeReported().cleared().inspected().erased().listed()
                        .sold().build())),
                notMet(SecondhandPilot.SRC_PROHIBITED, "a seized phone sold (the ledger refused the sale)",
                        () -> EnterpriseSubject.of(withRefusedSaleWhileFlagged(), THREE_YEARS),
                        "1 item was bought in or sold while flagged (suspected stolen, seized, prohibited or recalled) and not"
                                + " cleared (item P3)", "the target is zero (no tolerance)"),
                notApplicable(SecondhandPilot.SRC_PROHIBITED, "nothing bought in or sold in the period",
                        () -> dealer(history("T1", Category.TELEVISION).after(Duration.ofDays(-400)).collected()
                                .after(Duration.ofDays(400)).handedOver(PROCESSOR).build())),

                met(SecondhandPilot.SRC_POLICE_REPORT, "a report one hour after the flag", () -> dealer(history("P2", Category.PHONE)
                        .collected().flagged(FlagReason.SUSPECTED_STOLEN).policeReported().build())),
                notMet(SecondhandPilot.SRC_POLICE_REPORT, "a report two days after the flag", () -> dealer(history("P3", Category.PHONE)
                                .collected().flagged(FlagReason.SUSPECTED_STOLEN).after(Duration.ofDays(2)).policeReported().build()),
                        "1 of 1 items flagged as suspected stolen (100 %) were not reported to the police within 24 hours (item P3)"),
                notApplicable(SecondhandPilot.SRC_POLICE_REPORT, "nothing flagged", () -> dealer(goodPhone("P1").build())),

                met(SecondhandPilot.RECORD_INTEGRITY, "a ledger of validated histories", () -> dealer(goodPhone("P1").build())),
                notMet(SecondhandPilot.RECORD_INTEGRITY, "a ledger whose builder refused a second sale",
                        () -> EnterpriseSubject.of(withRejectedResale(goodPhone("P1").build()), THREE_YEARS),
                        "1 of 6 submitted events (16.67 %) were rejected (1 illegal transition; P1-sold-again (illegal transition))"),
                notApplicable(SecondhandPilot.RECORD_INTEGRITY, "nothing submitted", () -> dealer()),

                met(SecondhandPilot.DATA_ERASURE, "a phone erased before sale", () -> dealer(goodPhone("P1").build())),
                notMet(SecondhandPilot.DATA_ERASURE, "a phone only factory-reset", () -> dealer(goodPhone("P1").build(),
                                history("P2", Category.PHONE).collected().inspected()
                                        .erased(ErasureMethod.FACTORY_RESET, 1, StorageMedium.FLASH, true).listed().sold().build()),
                        "1 of 2 devices holding personal data sold or exported (50 %) had no erasure since they last came in"
                                + " (collected or returned) (item P2: no erasure since it was collected on 2026-03-02 (a factory"
                                + " reset only))", "at least 95 %"),
                notApplicable(SecondhandPilot.DATA_ERASURE, "only furniture sold",
                        () -> dealer(history("F1", Category.FURNITURE).collected().listed().sold().build())),

                met(SecondhandPilot.DATA_ERASURE_METHOD, "a verified overwrite of flash", () -> dealer(goodPhone("P1").build())),
                notMet(SecondhandPilot.DATA_ERASURE_METHOD, "two overwrite passes on a magnetic disk", () -> dealer(goodPhone("P1").build(),
                                history("L2", Category.LAPTOP).collected().inspected()
                                        .erased(ErasureMethod.OVERWRITE, 2, StorageMedium.MAGNETIC, true).listed().sold().build()),
                        "1 of 2 erasures of devices holding personal data (50 %) were not verified, or neither a block erase"
                                + " nor an overwrite with enough passes (item L2)"),
                notApplicable(SecondhandPilot.DATA_ERASURE_METHOD, "a phone sold with no erasure at all",
                        () -> dealer(history("P2", Category.PHONE).collected().inspected().listed().sold().build())),

                met(SecondhandPilot.DISC_SECONDHAND_LABEL, "a listing disclosing the secondhand status",
                        () -> dealer(goodPhone("P1").build())),
                notMet(SecondhandPilot.DISC_SECONDHAND_LABEL, "a sofa passed off as new", () -> dealer(goodPhone("P1").build(),
                                history("F2", Category.FURNITURE).collected().listed(Disclosure.DEFECTS).sold().build()),
                        "1 of 2 sales (50 %) did not disclose the secondhand or refurbished status (item F2)"),
                notApplicable(SecondhandPilot.DISC_SECONDHAND_LABEL, "nothing sold",
                        () -> dealer(history("P1", Category.PHONE).collected().build())),

                met(SecondhandPilot.DISC_CONDITION, "a grade before listing", () -> dealer(goodPhone("P1").build())),
                notMet(SecondhandPilot.DISC_CONDITION, "a grade only after listing", () -> dealer(goodPhone("P1").build(),
                                history("P2", Category.PHONE).collected().erased().listed().inspected().sold().build()),
                        "1 of 2 sales of gradable goods (50 %) had no inspection grade before listing (item P2)",
                        "threshold a library default"),
                notApplicable(SecondhandPilot.DISC_CONDITION, "only furniture, which is not graded",
                        () -> dealer(history("F1", Category.FURNITURE).collected().listed().sold().build())),

                met(SecondhandPilot.DISC_REPAIR_HISTORY, "a refurbished phone with its repairs disclosed",
                        () -> dealer(history("P1", Category.PHONE).collected().inspected().erased().refurbished()
                                .listed(Disclosure.REFURBISHED_STATUS, Disclosure.REPAIR_HISTORY).sold().build())),
                notMet(SecondhandPilot.DISC_REPAIR_HISTORY, "a refurbished phone without its repairs",
                        () -> dealer(history("P2", Category.PHONE).collected().inspected().erased().refurbished()
                                .listed(Disclosure.REFURBISHED_STATUS).sold().build()),
                        "1 of 1 sales of refurbished goods (100 %) did not disclose the repair history (item P2)"),
                notApplicable(SecondhandPilot.DISC_REPAIR_HISTORY, "nothing refurbished", () -> dealer(goodPhone("P1").build())),

                met(SecondhandPilot.DISC_VEHICLE_HISTORY, "a car with its history disclosed at sale",
                        () -> dealer(history("C1", Category.PASSENGER_CAR).collected().inspected().listed()
                                .soldDisclosing(Disclosure.VEHICLE_HISTORY).transferred().build())),
                notMet(SecondhandPilot.DISC_VEHICLE_HISTORY, "a car without its history",
                        () -> dealer(history("C2", Category.PASSENGER_CAR).collected().inspected().listed().sold().transferred().build()),
                        "1 of 1 vehicle sales (100 %) had no vehicle-history disclosure (item C2)"),
                notApplicable(SecondhandPilot.DISC_VEHICLE_HISTORY, "no vehicles", () -> dealer(goodPhone("P1").build())),

                met(SecondhandPilot.RETURN_7DAY, "online sales with the return or the buyer's confirmed exception",
                        () -> dealer(history("P1", Category.PHONE).collected().inspected().erased().listed()
                                        .soldOnline(ReturnPolicy.sevenDayNoReason()).build(),
                                history("P2", Category.PHONE).collected().inspected().erased().listed()
                                        .soldOnline(ReturnPolicy.exceptionConfirmedByBuyer("CONF-7")).build())),
                notMet(SecondhandPilot.RETURN_7DAY, "an online sale with no return", () -> dealer(history("P3", Category.PHONE)
                                .collected().inspected().erased().listed().soldOnline(ReturnPolicy.none()).build()),
                        "1 of 1 remote sales (100 %) offered no 7-day no-reason return and recorded no buyer-confirmed exception (item P3)"),
                notApplicable(SecondhandPilot.RETURN_7DAY, "only sales in store", () -> dealer(goodPhone("P1").build())),

                met(SecondhandPilot.REFUND_7DAY, "a refund two days after the return",
                        () -> dealer(goodPhone("P1").returned().after(Duration.ofDays(2)).refunded().build())),
                notMet(SecondhandPilot.REFUND_7DAY, "a refund ten days after the return",
                        () -> dealer(goodPhone("P2").returned().after(Duration.ofDays(10)).refunded().build()),
                        "1 of 1 returns received (100 %) were not refunded within 7 days (item P2)"),
                notApplicable(SecondhandPilot.REFUND_7DAY, "no returns", () -> dealer(goodPhone("P1").build())),

                met(SecondhandPilot.WARRANTY_REFURB, "a refurbished phone with 6 months' warranty",
                        () -> dealer(history("P1", Category.PHONE).collected().inspected().erased().refurbished()
                                .listed(Disclosure.REFURBISHED_STATUS, Disclosure.REPAIR_HISTORY).soldWithWarranty(6).build())),
                notMet(SecondhandPilot.WARRANTY_REFURB, "a refurbished phone with 1 month's warranty",
                        () -> dealer(history("P2", Category.PHONE).collected().inspected().erased().refurbished()
                                .listed(Disclosure.REFURBISHED_STATUS, Disclosure.REPAIR_HISTORY).soldWithWarranty(1).build()),
                        "1 of 1 sales of refurbished goods (100 %) carried no warranty of 3 months or more (item P2)",
                        "at least 90 %"),
                notApplicable(SecondhandPilot.WARRANTY_REFURB, "nothing refurbished", () -> dealer(goodPhone("P1").build())),

                met(SecondhandPilot.CAR_TRANSFER_30D, "a transfer the day of the sale",
                        () -> dealer(history("C1", Category.PASSENGER_CAR).collected().inspected().listed(Disclosure.SECONDHAND_STATUS,
                                Disclosure.VEHICLE_HISTORY).sold().transferred().build())),
                notMet(SecondhandPilot.CAR_TRANSFER_30D, "a transfer 40 days after the sale",
                        () -> dealer(history("C2", Category.PASSENGER_CAR).collected().inspected().listed(Disclosure.SECONDHAND_STATUS,
                                Disclosure.VEHICLE_HISTORY).sold().after(Duration.ofDays(40)).transferred().build()),
                        "1 of 1 vehicle sales (100 %) had no ownership transfer registered within 30 days (item C2);"
                                + " the statute puts the duty on the new owner, and holding the seller to it is this library's"
                                + " default"),
                notApplicable(SecondhandPilot.CAR_TRANSFER_30D, "no vehicles", () -> dealer(goodPhone("P1").build())),

                met(SecondhandPilot.WEEE_HANDOVER, "a television handed to a licensed processor",
                        () -> dealer(history("T1", Category.TELEVISION).collected().inspected().handedOver(PROCESSOR).build())),
                notMet(SecondhandPilot.WEEE_HANDOVER, "a television handed to an unlicensed recycler and one landfilled",
                        () -> dealer(history("T1", Category.TELEVISION).collected().handedOver(PROCESSOR).build(),
                                history("T2", Category.TELEVISION).collected().handedOver(BACKYARD).build(),
                                history("T3", Category.TELEVISION).collected().disposed().build()),
                        "2 of 3 waste electrical and electronic items at end of life (66.67 %) did not go to a licensed WEEE"
                                + " processor or were disposed of (items T2, T3)"),
                notApplicable(SecondhandPilot.WEEE_HANDOVER, "nothing at end of life", () -> dealer(goodPhone("P1").build())),

                met(SecondhandPilot.ELV_HANDOVER, "a car handed to a qualified dismantler",
                        () -> dealer(history("C1", Category.PASSENGER_CAR).collected().handedOver(DISMANTLER).build())),
                notMet(SecondhandPilot.ELV_HANDOVER, "a car dismantled by the unqualified dealer itself",
                        () -> dealer(history("C2", Category.PASSENGER_CAR).collected().dismantled().build()),
                        "1 of 1 end-of-life vehicles (100 %) did not go to a qualified dismantler or were disposed of (item C2)"),
                notApplicable(SecondhandPilot.ELV_HANDOVER, "no vehicles", () -> dealer(goodPhone("P1").build())),

                met(SecondhandPilot.REUSE_RATE, "every collected phone resold",
                        () -> dealer(goodPhone("P1").build(), goodPhone("P2").build())),
                notMet(SecondhandPilot.REUSE_RATE, "one of three collected phones resold", () -> dealer(goodPhone("P1").build(),
                                history("P2", Category.PHONE).collected().build(), history("P3", Category.PHONE).collected().build()),
                        "2 of 3 items collected (66.67 %) were not resold in the period (items P2, P3)",
                        "the target is at least 60 %", "threshold a library default"),
                notApplicable(SecondhandPilot.REUSE_RATE, "a platform that does not buy in",
                        () -> subject(PLATFORM, THREE_YEARS, goodPhone("P1").build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleIsMetNotMetOrNotApplicableOnItsLedger(Case c) {
        Finding f = finding(c.subject().get(), c.rule());

        assertThat(f.outcome()).as(f.message()).isEqualTo(c.outcome());
        for (String words : c.message()) {
            assertThat(f.message()).contains(words);
        }
    }

    @Test
    void everyRuleOfThePackHasAMetANotMetAndANotApplicableCase() {
        List<RuleId> rules = SecondhandPilot.enterprisePack().rules().stream().map(r -> r.id()).toList();
        for (RuleId rule : rules) {
            List<Outcome> outcomes = cases().filter(c -> c.rule().equals(rule)).map(Case::outcome).toList();
            List<Outcome> expected = rule.equals(SecondhandPilot.SRC_RETENTION)
                    ? List.of(Outcome.MET, Outcome.NOT_MET) : List.of(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_APPLICABLE);
            assertThat(outcomes).as(rule.value()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anUndeclaredRetentionPeriodIsInsufficientEvidenceNotAZero() {
        // SRC-RETENTION applies to every operator, so it is never NOT_APPLICABLE; without a declaration it
        // lacks evidence.
        Finding f = finding(subject(PilotFixtures.DEALER, EnterpriseProfile.UNDECLARED, goodPhone("P1").build()),
                SecondhandPilot.SRC_RETENTION);

        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(f.message()).contains("the profile declares no record-retention period");
    }

    @Test
    void aFullyCompliantDealerMeetsEveryRuleInScopeAndIsExemplary() {
        var card = PilotFixtures.score(dealer(goodPhone("P1").build(), goodPhone("P2").build()), PilotFixtures.AS_OF);

        assertThat(card.findings()).allMatch(f -> f.outcome() == Outcome.MET || f.outcome() == Outcome.NOT_APPLICABLE);
        assertThat(card.score()).isEqualTo(100.0);
        assertThat(card.band()).isEqualTo(io.github.circularj.rules.Band.EXEMPLARY);
    }

    /** A builder's ledger of a history's events plus a second sale of the sold item, which the table refuses. */
    /** P3 bought in and seized, then a sale of it that the ledger refuses (the item is quarantined). */
    static Ledger.Result withRefusedSaleWhileFlagged() {
        Lifecycle held = history("P3", Category.PHONE).collected().flagged(FlagReason.SEIZED).build();
        Lifecycle sold = goodPhone("P3").build();
        Sold sale = (Sold) sold.events().get(sold.events().size() - 1);
        return Ledger.builder(PilotFixtures.DEALER, PilotFixtures.PERIOD).item(held.item()).events(held.events())
                .event(new Sold(EventId.of("P3-sold-while-seized"), sale.itemId(), held.events().get(1).at().plusSeconds(3600),
                        sale.actor(), sale.sale()))
                .build();
    }

    static Ledger.Result withRejectedResale(Lifecycle sold) {
        Sold sale = (Sold) sold.events().get(sold.events().size() - 1);
        return Ledger.builder(PilotFixtures.DEALER, PilotFixtures.PERIOD).item(sold.item()).events(sold.events())
                .event(new Sold(EventId.of("P1-sold-again"), sale.itemId(), sale.at().plusSeconds(60), sale.actor(), sale.sale()))
                .build();
    }
}
