package io.github.circularj.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecyclePropertiesTest {

    /**
     * Walks the table from an empty lifecycle: each choice picks one of the allowed events (stopping
     * in a stage that allows none) and, with {@code minGap}, how many minutes pass before it.
     */
    private static List<LifecycleEvent> walk(ItemId item, List<Integer> choices, int minGap) {
        List<LifecycleEvent> events = new ArrayList<>();
        Stage stage = Stage.UNRECORDED;
        Instant at = Fixtures.T0;
        for (int choice : choices) {
            List<EventType> allowed = List.copyOf(stage.allowedEvents());
            if (allowed.isEmpty()) {
                break;
            }
            EventType type = allowed.get(choice % allowed.size());
            at = at.plusSeconds(60L * (minGap + choice % 3));
            events.add(Fixtures.event(type, item, item + "-e" + events.size(), at));
            stage = stage.next(type).orElseThrow();
        }
        return events;
    }

    @Test
    void aRandomValidHistoryReplayedEventByEventEqualsTheHistoryBuiltInOneGo() {
        Item item = Fixtures.item("HZ-1");
        qt().forAll(lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 40)).checkAssert(choices -> {
            List<LifecycleEvent> events = walk(item.id(), choices, 1);
            Lifecycle stepwise = Lifecycle.of(item);
            for (LifecycleEvent e : events) {
                stepwise = stepwise.append(e);
            }
            Lifecycle.Builder builder = Lifecycle.builder(item);
            events.forEach(builder::append);
            assertThat(stepwise).isEqualTo(Lifecycle.of(item, events)).isEqualTo(builder.build());
            assertThat(stepwise.events()).isEqualTo(events);
        });
    }

    @Test
    void theEventTypesOfAHistoryAreTheTypesOfItsEventsAndHasAnyAgrees() {
        Item item = Fixtures.item("HZ-2");
        qt().forAll(lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 40),
                longs().between(0, (1L << EventType.values().length) - 1)).checkAssert((choices, bits) -> {
            List<LifecycleEvent> events = walk(item.id(), choices, 0);
            Lifecycle lifecycle = Lifecycle.of(item, events);
            Set<EventType> held = EnumSet.noneOf(EventType.class);
            events.forEach(e -> held.add(e.type()));
            Set<EventType> asked = EnumSet.noneOf(EventType.class);
            for (EventType type : EventType.values()) {
                if ((bits >>> type.ordinal() & 1L) != 0) {
                    asked.add(type);
                }
            }
            assertThat(lifecycle.eventTypes().toSet()).isEqualTo(held);
            assertThat(lifecycle.hasAny(EventTypes.copyOf(asked))).isEqualTo(asked.stream().anyMatch(held::contains));
        });
    }

    @Test
    void aLedgerBuiltFromStrictlyOrderedHistoriesHoldsExactlyThoseHistories() {
        qt().forAll(lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 30),
                lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 30)).checkAssert((c1, c2) -> {
            Item a = Fixtures.item("A");
            Item b = Fixtures.item("B");
            List<LifecycleEvent> ea = walk(a.id(), c1, 1);
            List<LifecycleEvent> eb = walk(b.id(), c2, 1);
            List<LifecycleEvent> all = new ArrayList<>(eb);
            all.addAll(ea);
            Ledger.Result result = Ledger.builder(Fixtures.DEALER, Fixtures.PERIOD).item(b).item(a).events(all).build();
            assertThat(result.report().isClean()).isTrue();
            assertThat(result.ledger()).isEqualTo(Ledger.of(Fixtures.DEALER, Fixtures.PERIOD,
                    List.of(Lifecycle.of(a, ea), Lifecycle.of(b, eb))));
        });
    }

    @Test
    void shufflingTheInputOfTheLedgerBuilderDoesNotChangeTheLedger() {
        qt().forAll(lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 30),
                lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 30),
                longs().all()).checkAssert((c1, c2, seed) -> {
            Item a = Fixtures.item("A");
            Item b = Fixtures.item("B");
            List<LifecycleEvent> events = new ArrayList<>(walk(a.id(), c1, 0));
            events.addAll(walk(b.id(), c2, 0));
            // noise: an unknown item, a duplicate id, an event the table refuses
            events.add(Fixtures.event(EventType.COLLECTED, ItemId.of("Z"), "z", Fixtures.T0));
            if (!events.isEmpty()) {
                LifecycleEvent first = events.get(0);
                events.add(Fixtures.event(EventType.INSPECTED, first.itemId(), first.id().value(), first.at()));
            }
            events.add(Fixtures.event(EventType.REFUNDED, b.id(), "b-odd", Fixtures.T0.plusSeconds(30)));
            if (sameTypeAtSameInstant(events)) {
                return; // only there does submission order decide, by design
            }
            List<LifecycleEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(seed));

            Ledger.Result inOrder = Ledger.builder(Fixtures.DEALER, Fixtures.PERIOD).item(a).item(b).events(events).build();
            Ledger.Result mixed = Ledger.builder(Fixtures.DEALER, Fixtures.PERIOD).item(b).item(a).events(shuffled).build();
            assertThat(mixed.ledger()).isEqualTo(inOrder.ledger());
            assertThat(mixed.report().accepted()).isEqualTo(inOrder.report().accepted());
            assertThat(mixed.report().rejected()).hasSameSizeAs(inOrder.report().rejected());
            assertThat(mixed.report()).isEqualTo(inOrder.report());
            assertThat(mixed.report().submitted()).isEqualTo(events.size());
        });
    }

    /** Whether two events of one item have the same type and instant: the one tie that submission order breaks. */
    private static boolean sameTypeAtSameInstant(List<LifecycleEvent> events) {
        Set<String> seen = new java.util.HashSet<>();
        for (LifecycleEvent e : events) {
            if (!seen.add(e.itemId() + "|" + e.type() + "|" + e.at())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void eventsAtTheSameInstantAreReplayedInAnOrderTheTableAcceptsWhateverTheSubmissionOrder() {
        Item item = Fixtures.item("HZ-3");
        qt().forAll(lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 40), longs().all()).checkAssert((choices, seed) -> {
            List<LifecycleEvent> events = walk(item.id(), choices, 0); // a legal history, many events sharing an instant
            if (sameTypeAtSameInstant(events)) {
                return;
            }
            List<LifecycleEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(seed));
            Lifecycle canonical = Lifecycle.of(item, shuffled);
            assertThat(canonical.events()).hasSameSizeAs(events).containsExactlyInAnyOrderElementsOf(events);
            assertThat(canonical).isEqualTo(Lifecycle.of(item, events));
            Ledger.Result built = Ledger.builder(Fixtures.DEALER, Fixtures.PERIOD).item(item).events(shuffled).build();
            assertThat(built.report().isClean()).isTrue();
            assertThat(built.ledger().lifecycles().findFirst().orElseThrow()).isEqualTo(canonical);
        });
    }

    @Test
    void aLegalIntakeAndInspectionInTheSameSecondAreAcceptedWhicheverIdSortsFirst() {
        Item item = Fixtures.item("HZ-4");
        LifecycleEvent inspected = Fixtures.event(EventType.INSPECTED, item.id(), "A-inspected", Fixtures.T0);
        LifecycleEvent collected = Fixtures.event(EventType.COLLECTED, item.id(), "Z-collected", Fixtures.T0);
        for (List<LifecycleEvent> submitted : List.of(List.of(inspected, collected), List.of(collected, inspected))) {
            Ledger.Result built = Ledger.builder(Fixtures.DEALER, Fixtures.PERIOD).item(item).events(submitted).build();
            assertThat(built.report().isClean()).as("%s", submitted).isTrue();
            assertThat(Lifecycle.of(item, submitted).events()).containsExactly(collected, inspected);
        }
    }
}
