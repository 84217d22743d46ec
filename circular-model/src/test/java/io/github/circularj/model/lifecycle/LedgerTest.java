package io.github.circularj.model.lifecycle;

import static io.github.circularj.model.lifecycle.Fixtures.DEALER;
import static io.github.circularj.model.lifecycle.Fixtures.PERIOD;
import static io.github.circularj.model.lifecycle.Fixtures.T0;
import static io.github.circularj.model.lifecycle.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final Item A = Fixtures.item("A");
    private static final Item B = Fixtures.item("B");

    private static Instant minute(int m) {
        return T0.plusSeconds(60L * m);
    }

    @Test
    void sortsEventsGivenOutOfOrderAndGroupsThemByItem() {
        Ledger.Result result = Ledger.builder(DEALER, PERIOD).item(B).item(A)
                .event(event(EventType.SOLD, A.id(), "a3", minute(3)))
                .event(event(EventType.COLLECTED, B.id(), "b1", minute(1)))
                .event(event(EventType.LISTED, A.id(), "a2", minute(2)))
                .event(event(EventType.COLLECTED, A.id(), "a1", minute(1)))
                .build();
        assertThat(result.report().accepted()).isEqualTo(4);
        assertThat(result.report().isClean()).isTrue();
        List<Lifecycle> lifecycles = result.ledger().lifecycles().toList();
        assertThat(lifecycles).extracting(Lifecycle::itemId).containsExactly(A.id(), B.id());
        assertThat(lifecycles.get(0).stage()).isEqualTo(Stage.SOLD);
        assertThat(lifecycles.get(1).stage()).isEqualTo(Stage.IN_STOCK);
    }

    @Test
    void breaksTiesInTimeByEventId() {
        Ledger.Result result = Ledger.builder(DEALER, PERIOD).item(A)
                .event(event(EventType.LISTED, A.id(), "e2", T0))
                .event(event(EventType.COLLECTED, A.id(), "e1", T0))
                .build();
        assertThat(result.report().isClean()).isTrue();
        assertThat(result.ledger().iterator().next().stage()).isEqualTo(Stage.LISTED);
    }

    @Test
    void rejectsEventsForUnknownItemsWithTheReason() {
        LifecycleEvent stray = event(EventType.COLLECTED, ItemId.of("Z"), "z1", T0);
        LedgerReport report = Ledger.builder(DEALER, PERIOD).item(A).event(stray).build().report();
        assertThat(report.accepted()).isZero();
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.event()).isEqualTo(stray);
            assertThat(r.reason()).isEqualTo(RejectedEvent.Reason.UNKNOWN_ITEM);
            assertThat(r.message()).isEqualTo("event \"z1\" of type COLLECTED is for item \"Z\", which is not registered "
                    + "in the ledger of Example Circular Trading Co. for 2025-01-01/2026-01-01; register the item first");
        });
    }

    @Test
    void rejectsADuplicateEventIdAndKeepsTheFirst() {
        LifecycleEvent first = event(EventType.COLLECTED, A.id(), "e1", minute(1));
        LifecycleEvent again = event(EventType.INSPECTED, A.id(), "e1", minute(2));
        Ledger.Result result = Ledger.builder(DEALER, PERIOD).item(A).event(again).event(first).build();
        assertThat(result.report().accepted()).isEqualTo(1);
        assertThat(result.report().rejected()).singleElement().satisfies(r -> {
            assertThat(r.event()).isEqualTo(again);
            assertThat(r.reason()).isEqualTo(RejectedEvent.Reason.DUPLICATE_EVENT_ID);
            assertThat(r.message()).contains("\"e1\"", "already in the history of item \"A\"");
        });
        assertThat(result.ledger().iterator().next().events()).containsExactly(first);
    }

    @Test
    void rejectsAnIdenticalResubmittedEventAsADuplicate() {
        LifecycleEvent e = event(EventType.COLLECTED, A.id(), "e1", T0);
        LedgerReport report = Ledger.builder(DEALER, PERIOD).item(A).event(e).event(e).build().report();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejectedFor(RejectedEvent.Reason.DUPLICATE_EVENT_ID)).isEqualTo(1);
    }

    @Test
    void reportsAnIllegalTransitionAndGoesOnWithTheItemsRemainingEvents() {
        Ledger.Result result = Ledger.builder(DEALER, PERIOD).item(A)
                .event(event(EventType.COLLECTED, A.id(), "e1", minute(1)))
                .event(event(EventType.FLAGGED, A.id(), "e2", minute(2)))
                .event(event(EventType.SOLD, A.id(), "e3", minute(3)))
                .event(event(EventType.POLICE_REPORTED, A.id(), "e4", minute(4)))
                .build();
        assertThat(result.report().accepted()).isEqualTo(3);
        assertThat(result.report().rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectedEvent.Reason.ILLEGAL_TRANSITION);
            assertThat(r.message()).isEqualTo("item \"A\" in stage QUARANTINED cannot take event \"e3\" of type SOLD; "
                    + "allowed in QUARANTINED: [POLICE_REPORTED, CLEARED]");
        });
        assertThat(result.ledger().iterator().next().stage()).isEqualTo(Stage.QUARANTINED);
    }

    @Test
    void acceptedPlusRejectedIsSubmitted() {
        Ledger.Builder builder = Ledger.builder(DEALER, PERIOD).item(A)
                .event(event(EventType.COLLECTED, A.id(), "e1", minute(1)))
                .event(event(EventType.REFUNDED, A.id(), "e2", minute(2)))
                .event(event(EventType.COLLECTED, ItemId.of("Q"), "q1", minute(2)))
                .event(event(EventType.COLLECTED, A.id(), "e1", minute(3)));
        LedgerReport report = builder.build().report();
        assertThat(report.submitted()).isEqualTo(4);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).hasSize(3);
    }

    @Test
    void aRegisteredItemWithoutEventsHasAnEmptyLifecycle() {
        Ledger ledger = Ledger.builder(DEALER, PERIOD).item(A).build().ledger();
        assertThat(ledger.lifecycles().toList()).containsExactly(Lifecycle.of(A));
    }

    @Test
    void refusesTwoDifferentItemsWithOneId() {
        Item other = Item.of(ItemId.of("A"), io.github.circularj.model.product.Product.of("Acme", "X2",
                io.github.circularj.model.product.Category.PHONE));
        assertThatIllegalArgumentException().isThrownBy(() -> Ledger.builder(DEALER, PERIOD).item(A).item(other))
                .withMessageContaining("item id \"A\" is already registered for another item");
    }

    @Test
    void anInMemoryLedgerOrdersItsLifecyclesByItemIdAndEqualsByValue() {
        Ledger one = Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(B), Lifecycle.of(A)));
        Ledger two = Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(A), Lifecycle.of(B)));
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.lifecycles()).extracting(Lifecycle::itemId).containsExactly(A.id(), B.id());
        assertThat(one).isNotEqualTo(Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(A))));
    }

    @Test
    void lifecyclesInAnyOrderGiveTheLedgerOfThemInItemIdOrderAndAnItemTwiceIsRefusedWhereverItIs() {
        org.quicktheories.QuickTheory.qt().withExamples(300).forAll(org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(0, 30)).ofSizeBetween(0, 12))
                .checkAssert(ns -> {
                    List<Lifecycle> given = ns.stream().map(n -> Lifecycle.of(Fixtures.item("I" + n))).toList();
                    java.util.TreeSet<String> distinct = new java.util.TreeSet<>();
                    ns.forEach(n -> distinct.add("I" + n));
                    if (distinct.size() < ns.size()) {
                        assertThatIllegalArgumentException().isThrownBy(() -> Ledger.of(DEALER, PERIOD, given))
                                .withMessageEndingWith("has two lifecycles; a ledger holds one lifecycle per item");
                        return;
                    }
                    Ledger ledger = Ledger.of(DEALER, PERIOD, given);
                    assertThat(ledger.lifecycles().map(l -> l.itemId().value()).toList()).containsExactlyElementsOf(distinct);
                    List<Lifecycle> sorted = new ArrayList<>(given);
                    sorted.sort(java.util.Comparator.comparing(Lifecycle::itemId));
                    assertThat(Ledger.of(DEALER, PERIOD, sorted)).isEqualTo(ledger);
                });
    }

    @Test
    void aMissingLifecycleIsRefusedInOrderOrNot() {
        List<Lifecycle> inOrder = new ArrayList<>(List.of(Lifecycle.of(A), Lifecycle.of(B)));
        inOrder.add(null);
        List<Lifecycle> outOfOrder = new ArrayList<>(List.of(Lifecycle.of(B), Lifecycle.of(A)));
        outOfOrder.add(null);
        for (List<Lifecycle> given : List.of(inOrder, outOfOrder)) {
            org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> Ledger.of(DEALER, PERIOD, given))
                    .withMessage("lifecycles element");
        }
    }

    @Test
    void refusesTwoLifecyclesOfOneItem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(A), Lifecycle.of(A))))
                .withMessage("item id \"A\" has two lifecycles; a ledger holds one lifecycle per item");
    }

    @Test
    void aStreamingLedgerAsksItsSupplierAfreshForEachPass() {
        int[] calls = {0};
        Ledger ledger = Ledger.ofSupplier(DEALER, PERIOD, () -> {
            calls[0]++;
            return Stream.of(Lifecycle.of(A), Lifecycle.of(B));
        });
        assertThat(ledger.lifecycles().count()).isEqualTo(2);
        List<ItemId> seen = new ArrayList<>();
        for (Lifecycle lifecycle : ledger) {
            seen.add(lifecycle.itemId());
        }
        assertThat(seen).containsExactly(A.id(), B.id());
        assertThat(calls[0]).isEqualTo(2);
        assertThat(ledger.isInMemory()).isFalse();
        assertThat(ledger).isEqualTo(ledger).isNotEqualTo(Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(A), Lifecycle.of(B))));
    }
    @Test
    void knowsItsEnterpriseAndPeriodAndThatItIsInMemory() {
        Ledger ledger = Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(A)));
        assertThat(ledger.enterprise()).isEqualTo(DEALER);
        assertThat(ledger.period()).isEqualTo(PERIOD);
        assertThat(ledger.isInMemory()).isTrue();
        assertThat(Ledger.builder(DEALER, PERIOD).item(A).build().ledger().isInMemory()).isTrue();
    }

    @Test
    void inMemoryLedgersDifferingInEnterprisePeriodOrLifecyclesAreNotEqual() {
        io.github.circularj.model.ValueContract.assertValueSemantics(
                Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(A), Lifecycle.of(B))),
                Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(B), Lifecycle.of(A))),
                List.of(Ledger.of(Fixtures.PROCESSOR, PERIOD, List.of(Lifecycle.of(A), Lifecycle.of(B))),
                        Ledger.of(DEALER, io.github.circularj.model.ReportingPeriod.ofYear(2024),
                                List.of(Lifecycle.of(A), Lifecycle.of(B))),
                        Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(A)))));
    }

    @Test
    void aStreamingLedgerEqualsOnlyItself() {
        Ledger inMemory = Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(A)));
        Ledger streaming = Ledger.ofSupplier(DEALER, PERIOD, () -> Stream.of(Lifecycle.of(A)));
        Ledger otherStreaming = Ledger.ofSupplier(DEALER, PERIOD, () -> Stream.of(Lifecycle.of(A)));
        assertThat(streaming.equals(streaming)).isTrue();
        assertThat(streaming.equals(otherStreaming)).isFalse();
        assertThat(streaming.equals(inMemory)).isFalse();
        assertThat(inMemory.equals(streaming)).isFalse();
        assertThat(streaming.hashCode()).isEqualTo(System.identityHashCode(streaming));
    }

    @Test
    void printsTheEnterpriseNameThePeriodAndTheSizeOrStreaming() {
        assertThat(Ledger.of(DEALER, PERIOD, List.of(Lifecycle.of(A), Lifecycle.of(B))))
                .hasToString("Ledger[Example Circular Trading Co., 2025-01-01/2026-01-01, 2 lifecycles]");
        assertThat(Ledger.ofSupplier(DEALER, PERIOD, Stream::empty))
                .hasToString("Ledger[Example Circular Trading Co., 2025-01-01/2026-01-01, streaming]");
    }

    @Test
    void registeringAnEqualItemAgainDoesNothing() {
        Ledger ledger = Ledger.builder(DEALER, PERIOD).items(List.of(A, B)).item(Fixtures.item("A")).build().ledger();
        assertThat(ledger.lifecycles().toList()).containsExactly(Lifecycle.of(A), Lifecycle.of(B));
    }

    @Test
    void countsRejectionsByReason() {
        LedgerReport report = Ledger.builder(DEALER, PERIOD).item(A)
                .event(event(EventType.COLLECTED, A.id(), "a1", minute(1)))
                .event(event(EventType.COLLECTED, A.id(), "a1", minute(2)))
                .event(event(EventType.COLLECTED, ItemId.of("Z"), "z1", minute(1)))
                .event(event(EventType.COLLECTED, ItemId.of("Z"), "z2", minute(2)))
                .build().report();
        assertThat(report.isClean()).isFalse();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.submitted()).isEqualTo(4);
        assertThat(report.rejectedFor(RejectedEvent.Reason.UNKNOWN_ITEM)).isEqualTo(2);
        assertThat(report.rejectedFor(RejectedEvent.Reason.DUPLICATE_EVENT_ID)).isEqualTo(1);
        assertThat(report.rejectedFor(RejectedEvent.Reason.ILLEGAL_TRANSITION)).isZero();
    }

    @Test
    void eachLifecycleCarriesTheEventsRefusedForItsItem() {
        LifecycleEvent refusedSale = event(EventType.SOLD, A.id(), "a3", minute(3));
        Ledger.Result result = Ledger.builder(DEALER, PERIOD).item(A).item(B)
                .event(event(EventType.COLLECTED, A.id(), "a1", minute(1)))
                .event(event(EventType.FLAGGED, A.id(), "a2", minute(2)))
                .event(refusedSale)
                .event(event(EventType.COLLECTED, B.id(), "b1", minute(1)))
                .event(event(EventType.COLLECTED, ItemId.of("Z"), "z1", minute(1)))
                .build();
        List<Lifecycle> lifecycles = result.ledger().lifecycles().toList();
        assertThat(lifecycles.get(0).refused()).singleElement().satisfies(r -> {
            assertThat(r.event()).isEqualTo(refusedSale);
            assertThat(r.reason()).isEqualTo(RejectedEvent.Reason.ILLEGAL_TRANSITION);
        });
        assertThat(lifecycles.get(1).refused()).isEmpty();
        assertThat(result.report().rejected()).hasSize(2);
        assertThat(result.report().keepsEveryRejection()).isTrue();
        assertThat(lifecycles.get(0)).as("a refusal is provenance, not history")
                .isEqualTo(Lifecycle.of(A, lifecycles.get(0).events()));
    }
}
