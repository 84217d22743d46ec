package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.ReportingPeriod;
import java.time.Instant;
import static io.github.circularj.rules.pilot.PilotFixtures.AS_OF;
import static io.github.circularj.rules.pilot.PilotFixtures.BACKYARD;
import static io.github.circularj.rules.pilot.PilotFixtures.STANDARD_DAY;
import static io.github.circularj.rules.pilot.PilotFixtures.dealer;
import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.rules.pilot.PilotFixtures.history;
import static io.github.circularj.rules.pilot.PilotFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.rules.Band;
import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Unit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The enterprise pack as a whole: versions, band caps, the 2027 switch and overridden targets. */
class EnterprisePackTest {

    static Stream<Arguments> mandatoryFailures() {
        return Stream.of(
                Arguments.of(SecondhandPilot.SRC_REGISTRATION, history("P2", Category.PHONE).collectedUnverified().inspected()
                        .erased().listed().sold().build()),
                Arguments.of(SecondhandPilot.DISC_SECONDHAND_LABEL, history("P2", Category.PHONE).collected().inspected()
                        .erased().listed(Disclosure.CONDITION_GRADE).sold().build()),
                Arguments.of(SecondhandPilot.WEEE_HANDOVER, history("T2", Category.TELEVISION).collected()
                        .handedOver(BACKYARD).build()),
                Arguments.of(SecondhandPilot.ELV_HANDOVER, history("C2", Category.PASSENGER_CAR).collected()
                        .disposed().build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mandatoryFailures")
    void aFailedMandatoryRuleCapsTheBandWhateverTheScore(RuleId rule, Lifecycle offending) {
        Scorecard card = score(dealer(goodPhone("P1").build(), goodPhone("P3").build(), goodPhone("P4").build(), offending), AS_OF);

        assertThat(card.cappedBy()).containsExactly(rule);
        assertThat(card.band()).isEqualTo(Band.NON_COMPLIANT);
        assertThat(card.score()).isGreaterThanOrEqualTo(60.0);
        assertThat(card.explain().render()).contains("because mandatory rule " + rule.value());
    }

    @Test
    void theMandatoryRulesAreThoseOfTheReference() {
        // SRC-REGISTRATION and DISC-SECONDHAND-LABEL are mandatory in their statutory scope only; DATA-ERASURE and
        // DATA-ERASURE-METHOD from 2027-01-01, when the standard is in force.
        RulePack<EnterpriseSubject, Lifecycle> pack = SecondhandPilot.enterprisePack();

        assertThat(pack.mandatoryRules(AS_OF)).containsExactly(SecondhandPilot.SRC_REGISTRATION,
                SecondhandPilot.SRC_PROHIBITED, SecondhandPilot.DISC_SECONDHAND_LABEL, SecondhandPilot.WEEE_HANDOVER,
                SecondhandPilot.ELV_HANDOVER);
        assertThat(pack.mandatoryRules(STANDARD_DAY)).containsExactly(SecondhandPilot.SRC_REGISTRATION,
                SecondhandPilot.SRC_PROHIBITED, SecondhandPilot.DATA_ERASURE, SecondhandPilot.DATA_ERASURE_METHOD,
                SecondhandPilot.DISC_SECONDHAND_LABEL, SecondhandPilot.WEEE_HANDOVER, SecondhandPilot.ELV_HANDOVER);
    }

    /** A dealer's ledger of three good phones, one more item and events that the ledger may refuse. */
    private static EnterpriseSubject dealerWith(Lifecycle item, io.github.circularj.model.lifecycle.LifecycleEvent... more) {
        Ledger.Builder b = Ledger.builder(PilotFixtures.DEALER, PilotFixtures.PERIOD).item(item.item()).events(item.events())
                .events(List.of(more));
        for (String good : List.of("P1", "P3", "P4")) {
            Lifecycle l = goodPhone(good).build();
            b.item(l.item()).events(l.events());
        }
        return EnterpriseSubject.of(b.build(), PilotFixtures.THREE_YEARS);
    }

    @Test
    void registrationAndLabellingAreMandatoryOnlyWhereAStatuteNamesTheDuty() {
        // Reference: SRC-REGISTRATION "STATUTE for used electrical and electronic products, used cars and pawnshops
        // ... LIBRARY_DEFAULT (not mandatory) for other categories"; DISC-SECONDHAND-LABEL "STATUTE and mandatory for
        // used electrical and electronic products and for remanufactured or refurbished goods ...; for other goods
        // STATUTE but not mandatory".
        Lifecycle sofa = history("F2", Category.FURNITURE).collectedUnverified().listed(Disclosure.DEFECTS).sold().build();
        Scorecard card = score(dealer(goodPhone("P1").build(), goodPhone("P3").build(), sofa), AS_OF);

        Finding registration = card.finding(SecondhandPilot.SRC_REGISTRATION).orElseThrow();
        Finding label = card.finding(SecondhandPilot.DISC_SECONDHAND_LABEL).orElseThrow();
        assertThat(registration.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(registration.isMandatory()).isFalse();
        assertThat(registration.parts()).extracting(p -> p.term().scope(), Finding.Part::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EnterpriseRule.STATUTORY_INTAKES, Outcome.MET),
                org.assertj.core.groups.Tuple.tuple(EnterpriseRule.OTHER_GOODS, Outcome.NOT_MET));
        assertThat(registration.term().orElseThrow().citation().orElseThrow().basis()).isEqualTo(Basis.LIBRARY_DEFAULT);
        assertThat(label.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(label.isMandatory()).isFalse();
        assertThat(label.term().orElseThrow().citation().orElseThrow().title()).isEqualTo("消费者权益保护法");
        assertThat(card.cappedBy()).isEmpty();

        Lifecycle phone = history("P2", Category.PHONE).collectedUnverified().inspected().erased()
                .listed(Disclosure.CONDITION_GRADE).sold().build();
        Scorecard phones = score(dealer(goodPhone("P1").build(), goodPhone("P3").build(), phone), AS_OF);
        assertThat(phones.cappedBy()).containsExactly(SecondhandPilot.SRC_REGISTRATION, SecondhandPilot.DISC_SECONDHAND_LABEL);
    }

    @Test
    void aPawnshopRegistersTheSellerOfEveryItemByStatute() {
        Lifecycle sofa = history("F2", Category.FURNITURE).collectedUnverified().build();
        io.github.circularj.model.party.Enterprise pawnshop = PilotFixtures.enterprise(PilotFixtures.code("91330100MA27XK106"),
                "Example Pawn Co.", io.github.circularj.model.party.EnterpriseRole.PAWNSHOP);
        Scorecard card = score(PilotFixtures.subject(pawnshop, PilotFixtures.THREE_YEARS, goodPhone("P1").build(), sofa), AS_OF);

        Finding registration = card.finding(SecondhandPilot.SRC_REGISTRATION).orElseThrow();
        assertThat(registration.isMandatory()).isTrue();
        assertThat(registration.parts()).singleElement() // one scope held every intake
                .satisfies(p -> assertThat(p.term().scope()).isEqualTo(EnterpriseRule.STATUTORY_INTAKES));
        assertThat(registration.term().orElseThrow().scope()).isEqualTo(EnterpriseRule.STATUTORY_INTAKES);
        assertThat(card.cappedBy()).contains(SecondhandPilot.SRC_REGISTRATION);
    }

    @Test
    void aDealerWhoFlagsReportsAndHoldsAnItemIsNotCapped() {
        // Reference SRC-PROHIBITED: "Flagging an item already held, reporting it and handing it over is the
        // compliant path the law asks for (Art. 9) and is never a violation." Version 2024.12 capped this dealer.
        Scorecard card = score(dealerWith(history("P2", Category.PHONE).collected().flagged(FlagReason.SUSPECTED_STOLEN)
                .policeReported().build()), AS_OF);

        assertThat(card.finding(SecondhandPilot.SRC_PROHIBITED).orElseThrow().outcome()).isEqualTo(Outcome.MET);
        assertThat(card.cappedBy()).doesNotContain(SecondhandPilot.SRC_PROHIBITED);
    }

    @Test
    void aSaleOfAFlaggedItemThatTheLedgerRefusedStillCountsAndCapsTheBand() {
        // "count of acquisitions and sales of an item that, at the moment of that trade, stands flagged ... and not
        // cleared": the transition table refuses the sale, and the refused sale is still judged, never dropped.
        Lifecycle held = history("P2", Category.PHONE).collected().flagged(FlagReason.RECALLED).build();
        io.github.circularj.model.lifecycle.LifecycleEvent sale = history("P2", Category.PHONE)
                .at(held.events().get(1).at().plus(Duration.ofDays(3))).collected().listed().sold().build().events().get(2);
        EnterpriseSubject subject = dealerWith(held, sale);
        assertThat(subject.report().orElseThrow().rejected()).hasSize(1);
        Scorecard card = score(subject, AS_OF);

        Finding f = card.finding(SecondhandPilot.SRC_PROHIBITED).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.evidence().ids()).containsExactly("P2");
        assertThat(f.message()).startsWith("1 item was bought in or sold while flagged (suspected stolen, seized, prohibited"
                + " or recalled) and not cleared (item P2)");
        assertThat(card.cappedBy()).contains(SecondhandPilot.SRC_PROHIBITED);
        assertThat(card.band()).isEqualTo(Band.NON_COMPLIANT);
    }

    /** 25 phones sold, of which P25 was never erased: 96 % erased. */
    static EnterpriseSubject ninetySixPercentErased() {
        List<Lifecycle> phones = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            phones.add(goodPhone(String.format("P%02d", i)).build());
        }
        phones.add(history("P25", Category.PHONE).collected().inspected().listed().sold().build());
        return dealer(phones.toArray(new Lifecycle[0]));
    }

    @Test
    void ninetySixPercentErasedMeetsTheNinetyFivePercentTermOnTheLastDayOf2026() {
        Scorecard card = score(ninetySixPercentErased(), LocalDate.of(2026, 12, 31));
        Finding f = card.finding(SecondhandPilot.DATA_ERASURE).orElseThrow();

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.isMandatory()).isFalse();
        assertThat(card.cappedBy()).isEmpty();
        assertThat(card.band()).isEqualTo(Band.EXEMPLARY);
    }

    @Test
    void a2026LedgerScoredIn2027IsJudgedByThe2026TermNotTheStandardsHundredPercent() {
        // Reference, "Which law applies to an act": "a 2026 ledger scored as of 2027-03-31 judges its 2026 sales
        // against the 2026 erasure term (95 %, library default, not mandatory)".
        Scorecard card = score(ninetySixPercentErased(), LocalDate.of(2027, 3, 31));
        Finding f = card.finding(SecondhandPilot.DATA_ERASURE).orElseThrow();

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.isMandatory()).isFalse();
        assertThat(f.term().orElseThrow().period()).hasToString("before 2027-01-01");
        assertThat(card.cappedBy()).isEmpty();
        assertThat(f.message()).isEqualTo("1 of 25 devices holding personal data sold or exported (4 %) had no erasure since"
                + " they last came in (collected or returned) (item P25: no erasure since it was collected on 2026-03-02);"
                + " the target is at least 95 % (数据安全技术 电子产品信息清除技术要求 in force only from 2027-01-01, threshold a"
                + " library default)");
    }

    /** A ledger of July 2026 to June 2027: P1 erased and sold in 2026, P2 sold unerased in 2027. */
    static EnterpriseSubject acrossTheStandardsDay() {
        ReportingPeriod period = ReportingPeriod.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 7, 1));
        Lifecycle p1 = history("P1", Category.PHONE).at(Instant.parse("2026-09-01T02:00:00Z")).collected().inspected()
                .erased().listed().sold().build();
        Lifecycle p2 = history("P2", Category.PHONE).at(Instant.parse("2027-02-01T02:00:00Z")).collected().inspected()
                .listed().sold().build();
        return EnterpriseSubject.of(PilotFixtures.DEALER, PilotFixtures.THREE_YEARS,
                Ledger.of(PilotFixtures.DEALER, period, List.of(p1, p2)));
    }

    @Test
    void eachSaleIsJudgedByTheTermInForceOnItsDayAndAFailedMandatoryPartCapsTheBand() {
        Scorecard card = score(acrossTheStandardsDay(), LocalDate.of(2027, 6, 30));
        Finding f = card.finding(SecondhandPilot.DATA_ERASURE).orElseThrow();

        assertThat(f.parts()).hasSize(2);
        assertThat(f.parts().get(0).term().period()).hasToString("before 2027-01-01");
        assertThat(f.parts().get(0).measurement().denominator()).hasValue(1);
        assertThat(f.parts().get(0).outcome()).isEqualTo(Outcome.MET);
        assertThat(f.parts().get(1).term().period()).hasToString("from 2027-01-01");
        assertThat(f.parts().get(1).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.parts().get(1).term().mandatory()).isTrue();
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.isMandatory()).isTrue();
        assertThat(card.cappedBy()).containsExactly(SecondhandPilot.DATA_ERASURE);
        assertThat(f.evidence().ids()).containsExactly("P2: no erasure since it was collected on 2027-02-01");
        assertThat(f.message()).contains("each act judged by the term of its day: before 2027-01-01: 100 % (1 of 1)"
                + " against at least 95 %, MET; from 2027-01-01: 0 % (0 of 1) against 100 %, NOT_MET, mandatory");
    }

    @Test
    void scoringTheSameLedgerAsOfAnyDateAfterItsLastActGivesTheSameFindings() {
        List<Finding> atPeriodEnd = score(acrossTheStandardsDay(), LocalDate.of(2027, 6, 30)).findings();
        for (LocalDate later : List.of(LocalDate.of(2027, 7, 1), LocalDate.of(2028, 1, 1), LocalDate.of(2031, 12, 31))) {
            assertThat(score(acrossTheStandardsDay(), later).findings()).as("as of %s", later).isEqualTo(atPeriodEnd);
        }
    }

    @Test
    void anActAfterTheAsOfDateIsNotYetEvidence() {
        // As of 2027-01-15, P2's sale of 2027-02-01 has not happened yet: only P1's 2026 sale is judged.
        Finding f = score(acrossTheStandardsDay(), LocalDate.of(2027, 1, 15)).finding(SecondhandPilot.DATA_ERASURE)
                .orElseThrow();

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.measurement().denominator()).hasValue(1);
        assertThat(f.parts()).hasSize(1);
    }

    @Test
    void overridingALibraryDefaultTargetChangesTheOutcomeAndTheFindingSaysSo() {
        EnterpriseSubject oneInThreeResold = dealer(goodPhone("P1").build(),
                history("P2", Category.PHONE).collected().build(), history("P3", Category.PHONE).collected().build());
        RulePack<EnterpriseSubject, Lifecycle> lenient = SecondhandPilot.enterprisePack()
                .withTarget(SecondhandPilot.REUSE_RATE, Target.atLeast(0.3, Unit.SHARE));

        Finding f = PilotFixtures.ENGINE.score(oneInThreeResold, lenient, AS_OF).finding(SecondhandPilot.REUSE_RATE).orElseThrow();

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.citation().basis()).isEqualTo(Basis.LIBRARY_DEFAULT);
        assertThat(f.message()).contains("the target is at least 30 % (overridden; the source's target is at least 60 %)")
                .contains("threshold a library default");
    }

    @Test
    void theLibraryDefaultPoliceReportWindowCanBeReplaced() {
        EnterpriseSubject reportedAfterTwoDays = dealer(history("P3", Category.PHONE).collected()
                .flagged(FlagReason.SUSPECTED_STOLEN).after(Duration.ofDays(2)).policeReported().build());
        RulePack<EnterpriseSubject, Lifecycle> threeDays = SecondhandPilot.enterprisePack()
                .withParameter(SecondhandPilot.SRC_POLICE_REPORT, EnterpriseRule.REPORT_WINDOW, 72);

        Finding f = PilotFixtures.ENGINE.score(reportedAfterTwoDays, threeDays, AS_OF)
                .finding(SecondhandPilot.SRC_POLICE_REPORT).orElseThrow();

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.title()).endsWith("within 72 hours");
        assertThat(f.message()).contains("parameter report-window is 72 hours (overridden; the source's value is 24 hours)");
    }

    @Test
    void theHistoryHasOneVersionEffectiveFromThePilotNotice() {
        var history = SecondhandPilot.enterprisePacks();

        assertThat(history.versions()).hasSize(1);
        assertThat(history.asOf(LocalDate.of(2024, 12, 10))).isEmpty();
        assertThat(history.asOf(LocalDate.of(2024, 12, 11))).contains(SecondhandPilot.enterprisePack());
        assertThat(SecondhandPilot.enterprisePack().id()).isEqualTo("cn-secondhand-pilot-enterprise");
    }

    @Test
    void theCriteriaGroupTheRulesWithTheirDocumentedWeights() {
        var criteria = SecondhandPilot.enterprisePack().criteria();

        assertThat(criteria).extracting(c -> c.name() + " " + c.weight() + " " + c.rules().stream().map(r -> r.id().value()).toList())
                .containsExactly(
                        "Traceability 25.0 [SRC-REGISTRATION, SRC-PROVENANCE, SRC-RETENTION, SRC-PROHIBITED, SRC-POLICE-REPORT,"
                                + " RECORD-INTEGRITY]",
                        "Data security 20.0 [DATA-ERASURE, DATA-ERASURE-METHOD]",
                        "Disclosure and quality 20.0 [DISC-SECONDHAND-LABEL, DISC-CONDITION, DISC-REPAIR-HISTORY, DISC-VEHICLE-HISTORY]",
                        "Consumer protection 15.0 [RETURN-7DAY, REFUND-7DAY, WARRANTY-REFURB, CAR-TRANSFER-30D]",
                        "End of life 15.0 [WEEE-HANDOVER, ELV-HANDOVER]",
                        "Circularity 5.0 [REUSE-RATE]");
    }
}
