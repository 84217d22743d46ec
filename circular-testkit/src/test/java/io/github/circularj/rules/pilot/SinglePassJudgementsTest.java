package io.github.circularj.rules.pilot;

import io.github.circularj.rules.blocks.Window;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.blocks.Cycles;
import static io.github.circularj.rules.pilot.PilotFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Cleared;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.Flagged;
import io.github.circularj.model.lifecycle.Inspected;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Listed;
import io.github.circularj.model.lifecycle.Refurbished;
import io.github.circularj.model.lifecycle.Returned;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.lifecycle.Stage;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.rules.pilot.PilotFixtures.HistoryFixture;
import io.github.circularj.testkit.CircularGens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The pack's judgements read a history once, keeping the cycle so far (see {@link Judgements}). This checks
 * that they give exactly what the rules' definitions give when written literally: for each sale in the
 * period, search back for the start of its cycle, its latest listing, its erasures and inspections, and an
 * earlier refurbishment. Two kinds of history are tried: the testkit's random walks over the whole
 * transition table ({@link CircularGens#lifecycles}), and walks among the events that make and end cycles
 * (intakes, erasures, inspections, listings, sales, returns, flags), where several cycles are common.
 */
class SinglePassJudgementsTest {

    /** The periods the testkit's walks are judged in: the year they start in, its quarters, and the year after. */
    private static final List<Window> WALK_WINDOWS = windows(2025);
    /** The periods the cycle walks are judged in: the year they start in ({@link PilotFixtures#T0}), and so on. */
    private static final List<Window> CYCLE_WINDOWS = windows(2026);

    private static final List<Category> CATEGORIES =
            List.of(Category.PHONE, Category.LAPTOP, Category.FURNITURE, Category.PASSENGER_CAR, Category.TELEVISION);

    private static List<Window> windows(int year) {
        List<Window> windows = new ArrayList<>();
        windows.add(Window.of(ReportingPeriod.ofYear(year), EnterpriseSubject.ZONE));
        for (int quarter = 1; quarter <= 4; quarter++) {
            windows.add(Window.of(ReportingPeriod.ofQuarter(year, quarter), EnterpriseSubject.ZONE));
        }
        windows.add(Window.of(ReportingPeriod.ofYear(year + 1), EnterpriseSubject.ZONE));
        return List.copyOf(windows);
    }

    /**
     * Walks of up to 20 steps among the events that make and end cycles, each step one the stage allows,
     * with gaps of up to 23 days so that cycles straddle the periods' edges.
     */
    private static Gen<Lifecycle> cycleWalks() {
        return integers().between(0, CATEGORIES.size() - 1).zip(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 20),
                (category, choices) -> {
                    HistoryFixture history = history("W1", CATEGORIES.get(category));
                    Stage stage = Stage.UNRECORDED;
                    for (int choice : choices) {
                        List<EventType> allowed = new ArrayList<>(stage.allowedEvents());
                        allowed.retainAll(STEPS);
                        if (allowed.isEmpty()) {
                            break;
                        }
                        allowed.sort(null);
                        history.after(Duration.ofDays((choice / 7) % 24));
                        step(history, allowed.get(choice % allowed.size()), choice);
                        stage = history.build().stage();
                    }
                    return history.build();
                });
    }

    private static final Set<EventType> STEPS = EnumSet.of(EventType.COLLECTED, EventType.INSPECTED,
            EventType.DATA_ERASED, EventType.REFURBISHED, EventType.LISTED, EventType.SOLD, EventType.RETURNED,
            EventType.REFUNDED, EventType.FLAGGED, EventType.CLEARED, EventType.EXPORTED);

    private static void step(HistoryFixture history, EventType type, int choice) {
        Disclosure disclosure = Disclosure.values()[choice % Disclosure.values().length];
        switch (type) {
            case COLLECTED -> history.collected();
            case INSPECTED -> history.inspected();
            case DATA_ERASED -> history.erased(ErasureMethod.values()[choice % ErasureMethod.values().length],
                    1 + choice % 3, StorageMedium.values()[choice % StorageMedium.values().length], choice % 5 != 0);
            case REFURBISHED -> history.refurbished();
            case LISTED -> {
                if (choice % 3 == 0) {
                    history.listed();
                } else {
                    history.listed(disclosure);
                }
            }
            case SOLD -> {
                switch (choice % 3) {
                    case 0 -> history.sold();
                    case 1 -> history.soldDisclosing(disclosure);
                    default -> history.soldWithWarranty(choice % 6);
                }
            }
            case RETURNED -> history.returned();
            case REFUNDED -> history.refunded();
            case FLAGGED -> history.flagged(FlagReason.values()[choice % FlagReason.values().length]);
            case CLEARED -> history.cleared();
            case EXPORTED -> history.exported();
            default -> throw new AssertionError(type);
        }
    }

    private static void same(String rule, BiFunction<Lifecycle, Window, Tally> singlePass,
            BiFunction<Lifecycle, Window, Tally> definition) {
        check(rule, CircularGens.lifecycles(30), WALK_WINDOWS, singlePass, definition);
        check(rule, cycleWalks(), CYCLE_WINDOWS, singlePass, definition);
    }

    private static void check(String rule, Gen<Lifecycle> lifecycles, List<Window> windows,
            BiFunction<Lifecycle, Window, Tally> singlePass, BiFunction<Lifecycle, Window, Tally> definition) {
        qt().withFixedSeed(20_261_130L).withExamples(5_000)
                .forAll(lifecycles, integers().between(0, windows.size() - 1))
                .checkAssert((lifecycle, w) -> assertThat(singlePass.apply(lifecycle, windows.get(w)))
                        .as("%s of %s in %s", rule, lifecycle.events(), windows.get(w))
                        .isEqualTo(definition.apply(lifecycle, windows.get(w))));
    }

    @Test
    void dataErasure() {
        same("DATA-ERASURE", Judgements::erasure, Definitions::erasure);
    }

    @Test
    void dataErasureMethod() {
        same("DATA-ERASURE-METHOD", (l, w) -> Judgements.erasureMethod(l, w, 3, 1), Definitions::erasureMethod);
    }

    @Test
    void secondhandLabel() {
        same("DISC-SECONDHAND-LABEL", Judgements::secondhandLabel, (l, w) -> Definitions.disclosures(l, w, false,
                Disclosure.SECONDHAND_STATUS, Disclosure.REFURBISHED_STATUS));
    }

    @Test
    void condition() {
        same("DISC-CONDITION", Judgements::condition, Definitions::condition);
    }

    @Test
    void repairHistory() {
        same("DISC-REPAIR-HISTORY", Judgements::repairHistory,
                (l, w) -> Definitions.disclosures(l, w, true, Disclosure.REPAIR_HISTORY, Disclosure.REPAIR_HISTORY));
    }

    @Test
    void vehicleHistory() {
        same("DISC-VEHICLE-HISTORY", Judgements::vehicleHistory, (l, w) -> l.item().category().isVehicle()
                ? Definitions.disclosures(l, w, false, Disclosure.VEHICLE_HISTORY, Disclosure.VEHICLE_HISTORY)
                : Tally.NONE);
    }

    @Test
    void refurbishedWarranty() {
        same("WARRANTY-REFURB", (l, w) -> Judgements.refurbishedWarranty(l, w, 3), Definitions::refurbishedWarranty);
    }

    @Test
    void prohibitedTrade() {
        same("SRC-PROHIBITED", (l, w) -> Judgements.prohibitedTrade(l, w, List.of()), Definitions::prohibitedTrade);
    }

    /** The rules as their Javadoc defines them, searching back from each sale; deliberately naive. */
    private static final class Definitions {

        /** The index of the latest Collected or Returned before index {@code i}, or -1. */
        static int cycleStart(List<LifecycleEvent> events, int i) {
            for (int j = i - 1; j >= 0; j--) {
                if (events.get(j) instanceof Collected || events.get(j) instanceof Returned) {
                    return j;
                }
            }
            return -1;
        }

        /** The index of the latest listing in the cycle of the event at index {@code i}, or -1. */
        static int latestListing(List<LifecycleEvent> events, int i) {
            for (int j = i - 1; j > cycleStart(events, i); j--) {
                if (events.get(j) instanceof Listed) {
                    return j;
                }
            }
            return -1;
        }

        static boolean disposedIn(LifecycleEvent e, Window w) {
            return Cycles.isDisposal(e) && w.contains(e.at());
        }

        static Tally erasure(Lifecycle l, Window w) {
            List<LifecycleEvent> events = l.events();
            Tally t = Tally.NONE;
            for (int i = 0; i < events.size(); i++) {
                if (l.item().category().holdsPersonalData() && disposedIn(events.get(i), w)) {
                    boolean erased = false;
                    for (int j = cycleStart(events, i) + 1; j < i; j++) {
                        erased |= events.get(j) instanceof DataErased d && ErasureStandard.counts(d);
                    }
                    t = Tally.item(true, (t == Tally.NONE || !t.offends()) && erased);
                }
            }
            return t;
        }

        /** Per erasure in the period of a device holding personal data, whether it meets the standard. */
        static Tally erasureMethod(Lifecycle l, Window w) {
            Tally t = Tally.NONE;
            for (LifecycleEvent e : l.events()) {
                if (l.item().category().holdsPersonalData() && e instanceof DataErased d && w.contains(d.at())) {
                    t = t.plus(ErasureStandard.meets(d, 3, 1));
                }
            }
            return t;
        }

        static Tally disclosures(Lifecycle l, Window w, boolean refurbishedOnly, Disclosure one, Disclosure other) {
            List<LifecycleEvent> events = l.events();
            Tally t = Tally.NONE;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof Sold s && w.contains(s.at())
                        && (!refurbishedOnly || events.subList(0, i).stream().anyMatch(Refurbished.class::isInstance))) {
                    int listing = latestListing(events, i);
                    Listed listed = listing < 0 ? null : (Listed) events.get(listing);
                    t = t.plus(s.sale().discloses(one) || s.sale().discloses(other)
                            || listed != null && (listed.listing().discloses(one) || listed.listing().discloses(other)));
                }
            }
            return t;
        }

        static Tally condition(Lifecycle l, Window w) {
            if (!l.item().category().isGradable()) {
                return Tally.NONE;
            }
            List<LifecycleEvent> events = l.events();
            Tally t = Tally.NONE;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof Sold s && w.contains(s.at())) {
                    int listing = latestListing(events, i);
                    int before = listing >= 0 ? listing : i;
                    boolean graded = false;
                    for (int j = cycleStart(events, i) + 1; j < before; j++) {
                        graded |= events.get(j) instanceof Inspected;
                    }
                    t = t.plus(graded);
                }
            }
            return t;
        }

        static Tally refurbishedWarranty(Lifecycle l, Window w) {
            List<LifecycleEvent> events = l.events();
            Tally t = Tally.NONE;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof Sold s && w.contains(s.at())
                        && events.subList(0, i).stream().anyMatch(Refurbished.class::isInstance)) {
                    t = t.plus(s.sale().warranty().map(x -> x.isAtLeast(3)).orElse(false));
                }
            }
            return t;
        }

        /** In scope when bought in or sold in the period; offends when a prohibited flag, not cleared since, stood at such a trade. */
        static Tally prohibitedTrade(Lifecycle l, Window w) {
            List<LifecycleEvent> events = l.events();
            boolean traded = false;
            boolean offends = false;
            for (int i = 0; i < events.size(); i++) {
                LifecycleEvent e = events.get(i);
                if ((e instanceof Collected || e instanceof Sold) && w.contains(e.at())) {
                    traded = true;
                    for (int j = i - 1; j >= 0; j--) { // the latest flag or clearance before the trade decides
                        if (events.get(j) instanceof Cleared) {
                            break;
                        }
                        if (events.get(j) instanceof Flagged f && Judgements.PROHIBITED_FLAGS.contains(f.reason())) {
                            offends = true;
                            break;
                        }
                    }
                }
            }
            return Tally.item(traded, !offends);
        }
    }
}
