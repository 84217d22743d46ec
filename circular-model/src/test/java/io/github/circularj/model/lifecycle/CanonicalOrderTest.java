package io.github.circularj.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.product.Item;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CanonicalOrderTest {

    private static final Item ITEM = Fixtures.item("C-1");
    private static final Instant T = Fixtures.T0;

    private static List<LifecycleEvent> sameInstant(EventType... types) {
        List<LifecycleEvent> events = new ArrayList<>();
        for (EventType type : types) {
            events.add(Fixtures.event(type, ITEM.id(), "e" + events.size(), T));
        }
        return events;
    }

    @Test
    void aGroupLargerThanTheSearchIsTakenOneEventAtATimeWhateverTheSubmissionOrder() {
        // 14 events in one second: beyond the search, each next event is the first the table accepts in the
        // lifecycle's type order; the result does not depend on the order they were submitted in.
        List<LifecycleEvent> events = sameInstant(EventType.COLLECTED, EventType.INSPECTED, EventType.LISTED, EventType.SOLD,
                EventType.RETURNED, EventType.INSPECTED, EventType.LISTED, EventType.SOLD, EventType.RETURNED,
                EventType.INSPECTED, EventType.LISTED, EventType.SOLD, EventType.RETURNED, EventType.REFUNDED);
        assertThat(events).hasSizeGreaterThan(CanonicalOrder.SEARCHED);
        List<LifecycleEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(7));
        List<LifecycleEvent> ordered = CanonicalOrder.of(shuffled);
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(events);
        assertThat(ordered).extracting(LifecycleEvent::type).containsExactlyElementsOf(
                CanonicalOrder.of(events).stream().map(LifecycleEvent::type).toList());
        assertThat(ordered.subList(0, 5)).extracting(LifecycleEvent::type).containsExactly(EventType.COLLECTED,
                EventType.INSPECTED, EventType.INSPECTED, EventType.INSPECTED, EventType.LISTED);
    }

    @Test
    void aGroupThatCannotBeAcceptedInFullIsTakenInTheLifecyclesTypeOrder() {
        // A sale with nothing before it, and an intake: the intake first, the sale is refused wherever it goes.
        List<LifecycleEvent> events = sameInstant(EventType.SOLD, EventType.COLLECTED, EventType.DISPOSED, EventType.EXPORTED);
        List<LifecycleEvent> ordered = CanonicalOrder.of(events);
        assertThat(ordered.get(0).type()).isEqualTo(EventType.COLLECTED);
        Ledger.Result built = Ledger.builder(Fixtures.DEALER, Fixtures.PERIOD).item(ITEM).events(events).build();
        Ledger.Result reversed = Ledger.builder(Fixtures.DEALER, Fixtures.PERIOD).item(ITEM)
                .events(List.of(events.get(3), events.get(2), events.get(1), events.get(0))).build();
        assertThat(built.ledger()).isEqualTo(reversed.ledger());
        assertThat(built.report().accepted()).isEqualTo(reversed.report().accepted()).isEqualTo(2);
    }

    @Test
    void aChoiceAtOneInstantNeverMakesALaterEventIllegal() {
        // At T both orders of INSPECTED and LISTED are legal from IN_STOCK, but only "inspected, then listed"
        // leaves the item LISTED... and at T + 1 s a sale needs it listed.
        List<LifecycleEvent> events = new ArrayList<>(sameInstant(EventType.COLLECTED, EventType.LISTED, EventType.INSPECTED));
        events.add(Fixtures.event(EventType.SOLD, ITEM.id(), "sale", T.plusSeconds(1)));
        Lifecycle lifecycle = Lifecycle.of(ITEM, events);
        assertThat(lifecycle.events()).extracting(LifecycleEvent::type)
                .containsExactly(EventType.COLLECTED, EventType.INSPECTED, EventType.LISTED, EventType.SOLD);
    }

    @Test
    void aHistoryAsOfAnInstantHoldsTheEventsUpToItAndTheirStage() {
        List<LifecycleEvent> events = List.of(Fixtures.event(EventType.COLLECTED, ITEM.id(), "in", T),
                Fixtures.event(EventType.LISTED, ITEM.id(), "listed", T.plusSeconds(60)),
                Fixtures.event(EventType.SOLD, ITEM.id(), "sold", T.plusSeconds(120)));
        Lifecycle full = Lifecycle.of(ITEM, events);
        assertThat(full.asOf(T.plusSeconds(120))).isSameAs(full);
        Lifecycle listed = full.asOf(T.plusSeconds(119));
        assertThat(listed.events()).hasSize(2);
        assertThat(listed.stage()).isEqualTo(Stage.LISTED);
        assertThat(full.asOf(T.plusSeconds(60)).events()).hasSize(2);
        assertThat(full.asOf(T.minusSeconds(1)).events()).isEmpty();
        assertThat(full.asOf(T.minusSeconds(1)).stage()).isEqualTo(Stage.UNRECORDED);
        assertThat(Lifecycle.of(ITEM).asOf(T).events()).isEmpty();
    }

    @Test
    void aLedgerCarriesItsReportAndEqualityIgnoresIt() {
        Ledger.Result built = Ledger.builder(Fixtures.DEALER, Fixtures.PERIOD).item(ITEM)
                .events(sameInstant(EventType.COLLECTED)).build();
        assertThat(built.ledger().report()).contains(built.report());
        Ledger plain = Ledger.of(Fixtures.DEALER, Fixtures.PERIOD, List.of(Lifecycle.of(ITEM, sameInstant(EventType.COLLECTED))));
        assertThat(plain.report()).isEmpty();
        assertThat(plain).isEqualTo(built.ledger()).hasSameHashCodeAs(built.ledger());
        assertThat(plain.withReport(built.report()).report()).contains(built.report());
    }
}
