package io.github.circularj.rules.pilot;

import io.github.circularj.rules.blocks.Window;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.blocks.Cycles;
import static io.github.circularj.rules.pilot.PilotFixtures.BACKYARD;
import static io.github.circularj.rules.pilot.PilotFixtures.DEALER;
import static io.github.circularj.rules.pilot.PilotFixtures.DISMANTLER;
import static io.github.circularj.rules.pilot.PilotFixtures.PERIOD;
import static io.github.circularj.rules.pilot.PilotFixtures.PROCESSOR;
import static io.github.circularj.rules.pilot.PilotFixtures.T0;
import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.rules.pilot.PilotFixtures.history;
import static io.github.circularj.rules.pilot.PilotFixtures.unidentified;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.ReturnPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The judgements behind the enterprise rules, read directly: each deadline at its last compliant
 * instant and one second (or one day) later, each scope condition on both sides.
 */
class JudgementsTest {

    private static final Window WINDOW = Window.of(PERIOD, EnterpriseSubject.ZONE);
    private static final Instant END = WINDOW.end();
    private static final Duration DAY = Duration.ofHours(24);
    private static final Tally MET = new Tally(1, 1);
    private static final Tally FAILED = new Tally(1, 0);

    private static Instant onDay(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(EnterpriseSubject.ZONE).toInstant();
    }

    // ---- readings of a history ----

    @Test
    void salesAndExportsAreDisposalsAndOnlyEndOfUseEventsEndALife() {
        List<LifecycleEvent> sold = goodPhone("P1").build().events();
        List<LifecycleEvent> exported = history("P2", Category.PHONE).collected().exported().build().events();
        assertThat(Cycles.isDisposal(sold.get(4))).isTrue();
        assertThat(Cycles.isDisposal(exported.get(1))).isTrue();
        assertThat(Cycles.isDisposal(sold.get(0))).isFalse();
        assertThat(Cycles.isEndOfLife(sold.get(4))).isFalse();
        assertThat(Cycles.isEndOfLife(history("T1", Category.TELEVISION).collected().handedOver(PROCESSOR).build()
                .events().get(1))).isTrue();
        assertThat(Cycles.isEndOfLife(history("C1", Category.PASSENGER_CAR).collected().dismantled().build()
                .events().get(1))).isTrue();
        assertThat(Cycles.isEndOfLife(history("T2", Category.TELEVISION).collected().recycled().build()
                .events().get(1))).isTrue();
        assertThat(Cycles.isEndOfLife(history("T3", Category.TELEVISION).collected().disposed().build()
                .events().get(1))).isTrue();
    }

    /** C0 L1 S2 R3 F4 L5 S6: two cycles, started by the intake and by the return. */
    private static List<LifecycleEvent> twoCycles() {
        return history("P1", Category.PHONE).collected().listed().sold().returned().refunded().listed().sold().build()
                .events();
    }

    @Test
    void aCycleStartsAtAnIntakeOrAReturn() {
        List<LifecycleEvent> events = twoCycles();
        assertThat(events).filteredOn(Cycles::startsCycle).containsExactly(events.get(0), events.get(3));
    }

    @Test
    void aListingCountsOnlyForTheSalesOfItsCycle() {
        Lifecycle relisted = history("F1", Category.FURNITURE).collected().listed(Disclosure.SECONDHAND_STATUS).sold()
                .returned().refunded().sold().build();
        assertThat(Judgements.secondhandLabel(relisted, WINDOW)).as("the second sale was not listed in its cycle")
                .isEqualTo(Tally.of(2, 1));
        Lifecycle regraded = history("P1", Category.PHONE).collected().inspected().listed().sold().returned().refunded()
                .listed().sold().build();
        assertThat(Judgements.condition(regraded, WINDOW)).as("the grade of the first cycle does not cover the second")
                .isEqualTo(Tally.of(2, 1));
        Lifecycle twice = history("F2", Category.FURNITURE).collected().listed(Disclosure.SECONDHAND_STATUS).sold()
                .returned().refunded().listed(Disclosure.DEFECTS).sold().build();
        assertThat(Judgements.secondhandLabel(twice, WINDOW)).as("each sale reads the listing of its own cycle")
                .isEqualTo(Tally.of(2, 1));
    }

    @Test
    void countsOnlyTheSalesAndEventsOfThePeriod() {
        Lifecycle lifecycle = history("P1", Category.PHONE).at(T0.minus(Duration.ofDays(400))).collected().sold()
                .at(T0).collected().sold().collected().sold().build();
        assertThat(Judgements.salesIn(lifecycle, WINDOW)).isEqualTo(2);
        assertThat(Judgements.activeIn(lifecycle, WINDOW)).isTrue();
        Lifecycle old = history("P2", Category.PHONE).at(T0.minus(Duration.ofDays(400))).collected().sold().build();
        assertThat(Judgements.activeIn(old, WINDOW)).isFalse();
        assertThat(Judgements.salesIn(old, WINDOW)).isZero();
    }

    // ---- traceability ----

    @Test
    void registrationTalliesTheIntakesOfThePeriod() {
        assertThat(Judgements.registration(goodPhone("P1").build(), WINDOW, Duration.ofHours(24))).isEqualTo(MET);
        assertThat(Judgements.registration(history("P2", Category.PHONE).collectedUnverified().build(), WINDOW, Duration.ofHours(24)))
                .isEqualTo(FAILED);
        assertThat(Judgements.registration(history("P3", Category.PHONE).at(T0.minus(Duration.ofDays(400)))
                .collectedUnverified().build(), WINDOW, Duration.ofHours(24))).isEqualTo(Tally.NONE);
    }

    @Test
    void provenanceIsAboutElectronicsAppliancesVehiclesAndPersonalDataDevices() {
        assertThat(Judgements.tracedCategory(Category.TELEVISION)).as("WEEE only").isTrue();
        assertThat(Judgements.tracedCategory(Category.PASSENGER_CAR)).as("vehicle only").isTrue();
        assertThat(Judgements.tracedCategory(Category.WEARABLE)).as("personal data only").isTrue();
        assertThat(Judgements.tracedCategory(Category.MACHINERY)).as("serialised only").isFalse();
        assertThat(Judgements.tracedCategory(Category.FURNITURE)).isFalse();
    }

    @Test
    void provenanceNeedsAnIdentifierOnlyForASerialisedCategory() {
        assertThat(Judgements.provenance(goodPhone("P1").build(), WINDOW)).isEqualTo(MET);
        assertThat(Judgements.provenance(unidentified("P2", Category.PHONE).collected().sold().build(), WINDOW))
                .isEqualTo(FAILED);
        assertThat(Judgements.provenance(unidentified("T1", Category.TELEVISION).collected().sold().build(), WINDOW))
                .isEqualTo(MET);
        assertThat(Judgements.provenance(unidentified("M1", Category.MACHINERY).collected().sold().build(), WINDOW))
                .isEqualTo(Tally.NONE);
        assertThat(Judgements.provenance(unidentified("P3", Category.PHONE).at(T0.minus(Duration.ofDays(400)))
                .collected().sold().build(), WINDOW)).as("sold before the period").isEqualTo(Tally.NONE);
        assertThat(Judgements.provenance(unidentified("P4", Category.PHONE).collected().build(), WINDOW))
                .as("never sold").isEqualTo(Tally.NONE);
    }

    @Test
    void anItemFlaggedWhileHeldAndReportedDoesNotOffend() {
        // policy.md SRC-PROHIBITED: "Flagging an item already held, reporting it and handing it over is the
        // compliant path the law asks for (Art. 9) and is never a violation."
        assertThat(Judgements.prohibitedTrade(history("P1", Category.PHONE).collected()
                .flagged(FlagReason.SUSPECTED_STOLEN).policeReported().build(), WINDOW, List.of())).isEqualTo(MET);
        assertThat(Judgements.prohibitedTrade(history("P2", Category.PHONE).collected()
                .flagged(FlagReason.PROHIBITED_CATEGORY).cleared().listed().sold().build(), WINDOW, List.of())).isEqualTo(MET);
        assertThat(Judgements.prohibitedTrade(history("P5", Category.PHONE).at(T0.minus(Duration.ofDays(400))).collected()
                .at(T0).flagged(FlagReason.SEIZED).build(), WINDOW, List.of())).as("not bought in or sold in the period")
                .isEqualTo(Tally.NONE);
        assertThat(Judgements.prohibitedTrade(history("P6", Category.PHONE).at(T0.minus(Duration.ofDays(400))).collected()
                .at(T0).listed().sold().build(), WINDOW, List.of())).as("sold in the period").isEqualTo(MET);
    }

    @Test
    void aTradeWhileAFlagStandsOffendsEvenWhenTheLedgerRefusedIt() {
        // "count of acquisitions and sales of an item that, at the moment of that trade, stands flagged (suspected
        // stolen, seized, prohibited category, recalled) and not cleared". The transition table refuses a sale of a
        // quarantined item, so the sale reaches the rule as a refused event.
        for (FlagReason reason : FlagReason.values()) {
            Lifecycle held = history("P-" + reason, Category.PHONE).collected().flagged(reason).build();
            LifecycleEvent intake = history("P-" + reason, Category.PHONE).at(held.events().get(1).at().plus(DAY))
                    .collected().build().events().get(0);
            assertThat(Judgements.prohibitedTrade(held, WINDOW, List.of(intake))).as(reason.name()).isEqualTo(FAILED);
        }
        Lifecycle cleared = history("P7", Category.PHONE).collected().flagged(FlagReason.RECALLED).cleared().build();
        LifecycleEvent later = history("P7", Category.PHONE).at(END.minus(DAY)).collected().build().events().get(0);
        assertThat(Judgements.prohibitedTrade(cleared, WINDOW, List.of(later))).as("cleared before the trade").isEqualTo(MET);
        LifecycleEvent afterPeriod = history("P8", Category.PHONE).at(END.plus(DAY)).collected().build().events().get(0);
        assertThat(Judgements.prohibitedTrade(history("P8", Category.PHONE).collected().flagged(FlagReason.SEIZED).build(),
                WINDOW, List.of(afterPeriod))).as("a refused trade after the period is not this period's").isEqualTo(MET);
    }

    @Test
    void aNeverFlaggedItemBoughtInOrSoldInThePeriodComplies() {
        assertThat(Judgements.prohibitedTrade(history("P1", Category.PHONE).collected().build(), WINDOW, List.of()))
                .as("bought in").isEqualTo(MET);
        assertThat(Judgements.prohibitedTrade(history("P2", Category.PHONE).at(T0.minus(Duration.ofDays(400))).collected()
                .at(T0).sold().build(), WINDOW, List.of())).as("sold").isEqualTo(MET);
        assertThat(Judgements.prohibitedTrade(history("P3", Category.PHONE).at(T0.minus(Duration.ofDays(400))).collected()
                .sold().build(), WINDOW, List.of())).as("traded before the period").isEqualTo(Tally.NONE);
    }

    @Test
    void aSuspectedStolenItemIsReportedWithinTheDeadlineInclusive() {
        assertThat(Judgements.policeReport(history("P1", Category.PHONE).collected().flagged(FlagReason.SUSPECTED_STOLEN)
                .after(Duration.ofHours(23)).policeReported().build(), WINDOW, DAY)).isEqualTo(MET);
        assertThat(Judgements.policeReport(history("P2", Category.PHONE).collected().flagged(FlagReason.SUSPECTED_STOLEN)
                .after(Duration.ofHours(23).plusSeconds(1)).policeReported().build(), WINDOW, DAY)).isEqualTo(FAILED);
    }

    @Test
    void onlyASuspectedStolenFlagOfThePeriodNeedsAReport() {
        assertThat(Judgements.policeReport(history("P1", Category.PHONE).collected().flagged(FlagReason.SEIZED).build(),
                WINDOW, DAY)).isEqualTo(Tally.NONE);
        assertThat(Judgements.policeReport(history("P2", Category.PHONE).at(T0.minus(Duration.ofDays(400))).collected()
                .flagged(FlagReason.SUSPECTED_STOLEN).build(), WINDOW, DAY)).isEqualTo(Tally.NONE);
    }

    @Test
    void anUnreportedFlagIsJudgedOnceItsDeadlineFallsWithinThePeriod() {
        assertThat(Judgements.policeReport(history("P1", Category.PHONE).collected().at(END.minus(DAY))
                .flagged(FlagReason.SUSPECTED_STOLEN).build(), WINDOW, DAY)).isEqualTo(FAILED);
        assertThat(Judgements.policeReport(history("P2", Category.PHONE).collected().at(END.minus(DAY).plusSeconds(1))
                .flagged(FlagReason.SUSPECTED_STOLEN).build(), WINDOW, DAY)).isEqualTo(Tally.NONE);
    }

    @Test
    void aReportOfAnEarlierFlagDoesNotAnswerALaterOne() {
        Lifecycle twice = history("P1", Category.PHONE).collected().flagged(FlagReason.SUSPECTED_STOLEN).policeReported()
                .cleared().flagged(FlagReason.SUSPECTED_STOLEN).build();
        assertThat(Judgements.policeReport(twice, WINDOW, DAY)).isEqualTo(FAILED);
    }

    // ---- data security ----

    @Test
    void everyDisposalOfAPersonalDataDeviceNeedsAnErasureInItsOwnCycle() {
        assertThat(Judgements.erasure(goodPhone("P1").build(), WINDOW)).isEqualTo(MET);
        Lifecycle erasedOnlyOnce = history("P2", Category.PHONE).collected().erased().listed().sold().returned().refunded()
                .listed().sold().build();
        assertThat(Judgements.erasure(erasedOnlyOnce, WINDOW)).isEqualTo(FAILED);
        assertThat(Judgements.erasure(history("P3", Category.PHONE).collected()
                .erased(ErasureMethod.FACTORY_RESET, 1, StorageMedium.FLASH, true).exported().build(), WINDOW))
                .isEqualTo(FAILED);
        assertThat(Judgements.erasure(history("T1", Category.TELEVISION).collected().sold().build(), WINDOW))
                .isEqualTo(Tally.NONE);
        assertThat(Judgements.erasure(history("P4", Category.PHONE).collected().erased().build(), WINDOW))
                .as("never sold").isEqualTo(Tally.NONE);
    }

    @Test
    void eachErasureOfAPersonalDataDeviceIsJudgedByItsMethod() {
        // policy.md DATA-ERASURE-METHOD: "share of erasures that are verified and use block erase, or overwrite with
        // >= 3 passes on magnetic media / >= 1 on flash"; each erasure is an act dated by its day.
        assertThat(Judgements.erasureMethod(goodPhone("P1").build(), WINDOW, 3, 1)).isEqualTo(MET);
        assertThat(Judgements.erasureMethod(history("L1", Category.LAPTOP).collected()
                .erased(ErasureMethod.OVERWRITE, 2, StorageMedium.MAGNETIC, true).sold().build(), WINDOW, 3, 1)).isEqualTo(FAILED);
        assertThat(Judgements.erasureMethod(history("L2", Category.LAPTOP).collected()
                .erased(ErasureMethod.OVERWRITE, 3, StorageMedium.MAGNETIC, true).build(), WINDOW, 3, 1))
                .as("three passes on magnetic media, not yet sold").isEqualTo(MET);
        assertThat(Judgements.erasureMethod(history("L3", Category.LAPTOP).collected()
                .erased(ErasureMethod.OVERWRITE, 3, StorageMedium.MAGNETIC, false).build(), WINDOW, 3, 1))
                .as("not verified").isEqualTo(FAILED);
        assertThat(Judgements.erasureMethod(history("P2", Category.PHONE).collected().sold().build(), WINDOW, 3, 1))
                .as("no erasure: DATA-ERASURE's offence, not this rule's").isEqualTo(Tally.NONE);
        Lifecycle goodThenWeak = history("P4", Category.PHONE).collected().erased().sold().returned().refunded()
                .erased(ErasureMethod.FACTORY_RESET, 1, StorageMedium.FLASH, true).sold().build();
        assertThat(Judgements.erasureMethod(goodThenWeak, WINDOW, 3, 1)).isEqualTo(new Tally(2, 1));
        assertThat(Judgements.erasureMethod(history("P5", Category.PHONE).at(T0.minus(Duration.ofDays(400))).collected()
                .erased().at(T0).listed().sold().build(), WINDOW, 3, 1)).as("erased before the period").isEqualTo(Tally.NONE);
    }

    @Test
    void anErasureOfADeviceWithoutPersonalDataIsNotJudged() {
        assertThat(Judgements.erasureMethod(history("T2", Category.TELEVISION).collected()
                .erased(ErasureMethod.FACTORY_RESET, 1, StorageMedium.FLASH, true).sold().build(), WINDOW, 3, 1))
                .isEqualTo(Tally.NONE);
    }

    @Test
    void anOffendingItemSaysSinceWhenItLacksAnErasure() {
        // policy.md DATA-ERASURE: an item returned by a buyer needs a new erasure before it is sold again, "and the
        // message must say 'no erasure since it was returned on ...'".
        Lifecycle returned = history("P2", Category.PHONE).collected().erased().listed().sold().returned().refunded()
                .listed().sold().build();
        LocalDate returnDay = WINDOW.dayOf(returned.events().get(4).at());
        assertThat(Judgements.erasureGap(returned, WINDOW)).contains("no erasure since it was returned on " + returnDay);
        Lifecycle never = history("P3", Category.PHONE).collected().listed().sold().build();
        assertThat(Judgements.erasureGap(never, WINDOW))
                .contains("no erasure since it was collected on " + WINDOW.dayOf(never.events().get(0).at()));
        Lifecycle reset = history("P4", Category.PHONE).collected()
                .erased(ErasureMethod.FACTORY_RESET, 1, StorageMedium.FLASH, true).exported().build();
        assertThat(Judgements.erasureGap(reset, WINDOW)).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .endsWith("(a factory reset only)");
        assertThat(Judgements.erasureGap(goodPhone("P1").build(), WINDOW)).isEmpty();
    }

    // ---- disclosure and quality ----

    @Test
    void aSaleDisclosesItsStatusItselfOrThroughItsListing() {
        assertThat(Judgements.secondhandLabel(history("F1", Category.FURNITURE).collected().listed(Disclosure.DEFECTS)
                .soldDisclosing(Disclosure.REFURBISHED_STATUS).build(), WINDOW)).isEqualTo(MET);
        assertThat(Judgements.secondhandLabel(history("F2", Category.FURNITURE).collected().listed(Disclosure.DEFECTS)
                .sold().build(), WINDOW)).isEqualTo(FAILED);
        assertThat(Judgements.secondhandLabel(history("F3", Category.FURNITURE).collected().sold().build(), WINDOW))
                .isEqualTo(FAILED);
        assertThat(Judgements.secondhandLabel(history("F4", Category.FURNITURE).collected()
                .listed(Disclosure.DEFECTS, Disclosure.SECONDHAND_STATUS).sold().build(), WINDOW)).isEqualTo(MET);
        assertThat(Judgements.secondhandLabel(history("F5", Category.FURNITURE).collected().build(), WINDOW))
                .isEqualTo(Tally.NONE);
    }

    @Test
    void aListingMayDiscloseEitherStatus() {
        assertThat(Judgements.secondhandLabel(history("F6", Category.FURNITURE).collected()
                .listed(Disclosure.REFURBISHED_STATUS).sold().build(), WINDOW)).isEqualTo(MET);
    }

    @Test
    void aSaleBeforeTheRefurbishmentOwesNeitherRepairHistoryNorWarranty() {
        Lifecycle warranted = history("P8", Category.PHONE).collected().sold().collected().refurbished()
                .soldWithWarranty(3).build();
        assertThat(Judgements.refurbishedWarranty(warranted, WINDOW, 3)).isEqualTo(MET);
        Lifecycle disclosed = history("P9", Category.PHONE).collected().sold().collected().refurbished()
                .listed(Disclosure.REPAIR_HISTORY).sold().build();
        assertThat(Judgements.repairHistory(disclosed, WINDOW)).isEqualTo(MET);
    }

    @Test
    void aGradedSaleWasInspectedBeforeItsLatestListing() {
        assertThat(Judgements.condition(goodPhone("P1").build(), WINDOW)).isEqualTo(MET);
        assertThat(Judgements.condition(history("P2", Category.PHONE).collected().listed().inspected().sold().build(),
                WINDOW)).as("graded only after listing").isEqualTo(FAILED);
        assertThat(Judgements.condition(history("P3", Category.PHONE).collected().inspected().sold().build(), WINDOW))
                .as("unlisted, graded before the sale").isEqualTo(MET);
        assertThat(Judgements.condition(history("P4", Category.PHONE).collected().sold().build(), WINDOW))
                .isEqualTo(FAILED);
        assertThat(Judgements.condition(history("T1", Category.TELEVISION).collected().sold().build(), WINDOW))
                .as("not gradable").isEqualTo(Tally.NONE);
    }

    @Test
    void aRefurbishedItemsSaleDisclosesItsRepairHistoryAndCarriesAWarranty() {
        assertThat(Judgements.repairHistory(history("P1", Category.PHONE).collected().refurbished()
                .listed(Disclosure.SECONDHAND_STATUS, Disclosure.REPAIR_HISTORY).sold().build(), WINDOW)).isEqualTo(MET);
        assertThat(Judgements.repairHistory(history("P2", Category.PHONE).collected().refurbished().listed().sold().build(),
                WINDOW)).isEqualTo(FAILED);
        assertThat(Judgements.repairHistory(goodPhone("P3").build(), WINDOW)).isEqualTo(Tally.NONE);
        assertThat(Judgements.refurbishedWarranty(history("P4", Category.PHONE).collected().refurbished()
                .soldWithWarranty(3).build(), WINDOW, 3)).isEqualTo(MET);
        assertThat(Judgements.refurbishedWarranty(history("P5", Category.PHONE).collected().refurbished()
                .soldWithWarranty(2).build(), WINDOW, 3)).isEqualTo(FAILED);
        assertThat(Judgements.refurbishedWarranty(history("P6", Category.PHONE).collected().refurbished().sold().build(),
                WINDOW, 3)).isEqualTo(FAILED);
        assertThat(Judgements.refurbishedWarranty(goodPhone("P7").build(), WINDOW, 3)).isEqualTo(Tally.NONE);
    }

    @Test
    void aVehicleSaleDisclosesTheVehicleHistory() {
        assertThat(Judgements.vehicleHistory(history("C1", Category.PASSENGER_CAR).collected()
                .soldDisclosing(Disclosure.VEHICLE_HISTORY).build(), WINDOW)).isEqualTo(MET);
        assertThat(Judgements.vehicleHistory(history("C2", Category.PASSENGER_CAR).collected().sold().build(), WINDOW))
                .isEqualTo(FAILED);
        assertThat(Judgements.vehicleHistory(goodPhone("P1").build(), WINDOW)).isEqualTo(Tally.NONE);
    }

    // ---- consumer protection ----

    @Test
    void onlyARemoteSaleOwesTheSevenDayReturn() {
        assertThat(Judgements.sevenDayReturn(history("P1", Category.PHONE).collected()
                .soldOnline(ReturnPolicy.sevenDayNoReason()).build(), WINDOW)).isEqualTo(MET);
        assertThat(Judgements.sevenDayReturn(history("P2", Category.PHONE).collected().soldOnline(ReturnPolicy.none())
                .build(), WINDOW)).isEqualTo(FAILED);
        assertThat(Judgements.sevenDayReturn(goodPhone("P3").build(), WINDOW)).isEqualTo(Tally.NONE);
    }

    @Test
    void aReturnIsRefundedWithinSevenDaysInclusive() {
        assertThat(Judgements.sevenDayRefund(goodPhone("P1").returned().after(Duration.ofDays(7).minusHours(1))
                .refunded().build(), WINDOW, Duration.ofDays(7))).isEqualTo(MET);
        assertThat(Judgements.sevenDayRefund(goodPhone("P2").returned().after(Duration.ofDays(7).minusHours(1)
                .plusSeconds(1)).refunded().build(), WINDOW, Duration.ofDays(7))).isEqualTo(FAILED);
    }

    @Test
    void anUnrefundedReturnIsJudgedOnceItsDeadlineFallsWithinThePeriod() {
        Duration week = Duration.ofDays(7);
        assertThat(Judgements.sevenDayRefund(goodPhone("P1").at(END.minus(week)).returned().build(), WINDOW, Duration.ofDays(7)))
                .isEqualTo(FAILED);
        assertThat(Judgements.sevenDayRefund(goodPhone("P2").at(END.minus(week).plusSeconds(1)).returned().build(), WINDOW, Duration.ofDays(7)))
                .isEqualTo(Tally.NONE);
        assertThat(Judgements.sevenDayRefund(goodPhone("P3").build(), WINDOW, Duration.ofDays(7))).isEqualTo(Tally.NONE);
    }

    @Test
    void aRefundOfAnEarlierReturnDoesNotAnswerALaterOne() {
        Lifecycle twice = goodPhone("P1").returned().refunded().listed().sold().returned().build();
        assertThat(Judgements.sevenDayRefund(twice, WINDOW, Duration.ofDays(7))).isEqualTo(new Tally(2, 1));
    }

    @Test
    void aCarTransferIsRegisteredWithinThirtyDaysOfTheSaleDay() {
        LocalDate saleDay = WINDOW.dayOf(T0.plus(Duration.ofHours(1)));
        assertThat(Judgements.carTransfer(history("C1", Category.PASSENGER_CAR).collected().sold()
                .at(onDay(saleDay.plusDays(30))).transferred().build(), WINDOW, 30)).isEqualTo(MET);
        assertThat(Judgements.carTransfer(history("C2", Category.PASSENGER_CAR).collected().sold()
                .at(onDay(saleDay.plusDays(31))).transferred().build(), WINDOW, 30)).isEqualTo(FAILED);
        assertThat(Judgements.carTransfer(history("C3", Category.PASSENGER_CAR).collected().sold().build(), WINDOW, 30))
                .as("never transferred, deadline passed").isEqualTo(FAILED);
        assertThat(Judgements.carTransfer(goodPhone("P1").build(), WINDOW, 30)).isEqualTo(Tally.NONE);
    }

    @Test
    void anUntransferredCarSaleIsJudgedOnceItsDeadlineFallsWithinThePeriod() {
        assertThat(Judgements.carTransfer(history("C1", Category.PASSENGER_CAR).collected()
                .at(onDay(LocalDate.of(2026, 12, 1))).sold().build(), WINDOW, 30)).isEqualTo(FAILED);
        assertThat(Judgements.carTransfer(history("C2", Category.PASSENGER_CAR).collected()
                .at(onDay(LocalDate.of(2026, 12, 2))).sold().build(), WINDOW, 30)).isEqualTo(Tally.NONE);
    }

    @Test
    void aTransferAfterTheCarWasBoughtBackBelongsToTheNextSale() {
        Lifecycle resold = history("C1", Category.PASSENGER_CAR).collected().sold().collected().sold().transferred().build();
        assertThat(Judgements.carTransfer(resold, WINDOW, 30)).isEqualTo(new Tally(2, 1));
    }

    // ---- end of life ----

    @Test
    void weeeGoesToALicensedProcessorAndIsNeverDisposedOf() {
        assertThat(Judgements.weeeHandover(history("T1", Category.TELEVISION).collected().handedOver(PROCESSOR).build(),
                WINDOW, DEALER)).isEqualTo(MET);
        assertThat(Judgements.weeeHandover(history("T2", Category.TELEVISION).collected().handedOver(BACKYARD).build(),
                WINDOW, DEALER)).isEqualTo(FAILED);
        assertThat(Judgements.weeeHandover(history("T3", Category.TELEVISION).collected().handedOver(PROCESSOR)
                .disposed().build(), WINDOW, DEALER)).as("landfilled afterwards").isEqualTo(FAILED);
        assertThat(Judgements.weeeHandover(history("T4", Category.TELEVISION).collected().recycled().build(),
                WINDOW, DEALER)).as("recycled by an unlicensed dealer").isEqualTo(FAILED);
        assertThat(Judgements.weeeHandover(history("T5", Category.TELEVISION).collected().recycled().build(),
                WINDOW, PROCESSOR)).as("recycled by a licensed processor").isEqualTo(MET);
        assertThat(Judgements.weeeHandover(history("T6", Category.TELEVISION).collected().disposed().build(),
                WINDOW, PROCESSOR)).as("disposal is never a qualified end").isEqualTo(FAILED);
    }

    @Test
    void onlyTheCataloguesProductsAreWeee() {
        // policy.md WEEE-HANDOVER: the 2014 catalogue's 14 products, range hoods among them; "Microwaves, vacuum
        // cleaners and other small appliances are not in it".
        assertThat(Judgements.weeeHandover(history("H1", Category.RANGE_HOOD).collected().handedOver(BACKYARD).build(),
                WINDOW, DEALER)).as("a range hood").isEqualTo(FAILED);
        assertThat(Judgements.weeeHandover(history("F1", Category.FIXED_TELEPHONE).collected().handedOver(BACKYARD).build(),
                WINDOW, DEALER)).as("a fixed telephone").isEqualTo(FAILED);
        assertThat(Judgements.weeeHandover(history("M1", Category.SMALL_APPLIANCE).collected().handedOver(BACKYARD).build(),
                WINDOW, DEALER)).as("a microwave oven").isEqualTo(Tally.NONE);
    }

    @Test
    void theFirstEndOfUseEventDecidesAndMustFallInThePeriod() {
        assertThat(Judgements.weeeHandover(history("T1", Category.TELEVISION).collected().handedOver(PROCESSOR)
                .recycled().build(), WINDOW, DEALER)).isEqualTo(MET);
        assertThat(Judgements.weeeHandover(history("T2", Category.TELEVISION).at(T0.minus(Duration.ofDays(400)))
                .collected().handedOver(PROCESSOR).build(), WINDOW, DEALER)).isEqualTo(Tally.NONE);
        assertThat(Judgements.weeeHandover(history("T3", Category.TELEVISION).collected().build(), WINDOW, DEALER))
                .isEqualTo(Tally.NONE);
        assertThat(Judgements.weeeHandover(history("F1", Category.FURNITURE).collected().disposed().build(),
                WINDOW, DEALER)).isEqualTo(Tally.NONE);
    }

    @Test
    void endOfLifeVehiclesGoToAQualifiedDismantler() {
        assertThat(Judgements.elvHandover(history("C1", Category.PASSENGER_CAR).collected().dismantled().build(),
                WINDOW, DISMANTLER)).isEqualTo(MET);
        assertThat(Judgements.elvHandover(history("C2", Category.PASSENGER_CAR).collected().dismantled().build(),
                WINDOW, DEALER)).isEqualTo(FAILED);
        assertThat(Judgements.elvHandover(history("C3", Category.PASSENGER_CAR).collected().handedOver(DISMANTLER).build(),
                WINDOW, DEALER)).isEqualTo(MET);
        assertThat(Judgements.elvHandover(history("T1", Category.TELEVISION).collected().handedOver(DISMANTLER).build(),
                WINDOW, DEALER)).isEqualTo(Tally.NONE);
    }

    // ---- circularity ----

    @Test
    void anItemCollectedInThePeriodIsReusedWhenResoldInThePeriod() {
        assertThat(Judgements.reuse(goodPhone("P1").build(), WINDOW)).isEqualTo(MET);
        assertThat(Judgements.reuse(history("P2", Category.PHONE).collected().exported().build(), WINDOW)).isEqualTo(MET);
        assertThat(Judgements.reuse(history("P3", Category.PHONE).collected().build(), WINDOW)).isEqualTo(FAILED);
        assertThat(Judgements.reuse(history("P4", Category.PHONE).collected().at(END.plus(Duration.ofHours(1))).sold()
                .build(), WINDOW)).as("resold after the period").isEqualTo(FAILED);
        assertThat(Judgements.reuse(history("P5", Category.PHONE).at(T0.minus(Duration.ofDays(400))).collected()
                .at(T0).sold().build(), WINDOW)).as("collected before the period").isEqualTo(Tally.NONE);
    }
    // ---- the period bounds every judgement ----

    private static final Duration YEAR_BEFORE = Duration.ofDays(400);

    @Test
    void salesBeforeThePeriodAreJudgedByNoSaleRule() {
        Lifecycle phone = history("P1", Category.PHONE).at(T0.minus(YEAR_BEFORE)).collected().refurbished().listed()
                .soldOnline(ReturnPolicy.none()).build();
        Lifecycle car = history("C1", Category.PASSENGER_CAR).at(T0.minus(YEAR_BEFORE)).collected().sold().build();
        assertThat(Judgements.erasure(phone, WINDOW)).isEqualTo(Tally.NONE);
        assertThat(Judgements.erasureMethod(history("P2", Category.PHONE).at(T0.minus(YEAR_BEFORE)).collected()
                .erased(ErasureMethod.FACTORY_RESET, 1, StorageMedium.FLASH, true).sold().build(), WINDOW, 3, 1))
                .isEqualTo(Tally.NONE);
        assertThat(Judgements.secondhandLabel(phone, WINDOW)).isEqualTo(Tally.NONE);
        assertThat(Judgements.condition(phone, WINDOW)).isEqualTo(Tally.NONE);
        assertThat(Judgements.repairHistory(phone, WINDOW)).isEqualTo(Tally.NONE);
        assertThat(Judgements.refurbishedWarranty(phone, WINDOW, 3)).isEqualTo(Tally.NONE);
        assertThat(Judgements.sevenDayReturn(phone, WINDOW)).isEqualTo(Tally.NONE);
        assertThat(Judgements.vehicleHistory(car, WINDOW)).isEqualTo(Tally.NONE);
        assertThat(Judgements.carTransfer(car, WINDOW, 30)).isEqualTo(Tally.NONE);
    }

    @Test
    void returnsAndFlagsBeforeThePeriodAreNotJudged() {
        assertThat(Judgements.sevenDayRefund(history("P1", Category.PHONE).at(T0.minus(YEAR_BEFORE)).collected().sold()
                .returned().build(), WINDOW, Duration.ofDays(7))).isEqualTo(Tally.NONE);
        assertThat(Judgements.policeReport(history("P2", Category.PHONE).at(T0.minus(YEAR_BEFORE)).collected()
                .flagged(FlagReason.SUSPECTED_STOLEN).after(Duration.ofDays(3)).policeReported().build(), WINDOW, DAY))
                .isEqualTo(Tally.NONE);
    }

    @Test
    void onlyASuspectedStolenFlagNeedsAPoliceReport() {
        assertThat(Judgements.policeReport(history("P1", Category.PHONE).collected().flagged(FlagReason.PROHIBITED_CATEGORY)
                .after(Duration.ofDays(3)).policeReported().build(), WINDOW, DAY)).isEqualTo(Tally.NONE);
    }

    @Test
    void aLaterSaleInThePeriodIsJudgedEvenIfAnEarlierOneWasNot() {
        Lifecycle phone = history("P1", Category.PHONE).at(T0.minus(YEAR_BEFORE)).collected().sold()
                .at(T0).collected().listed(Disclosure.DEFECTS).sold().build();
        assertThat(Judgements.secondhandLabel(phone, WINDOW)).isEqualTo(FAILED);
        assertThat(Judgements.condition(phone, WINDOW)).isEqualTo(FAILED);
        assertThat(Judgements.erasure(phone, WINDOW)).isEqualTo(FAILED);
    }
}
