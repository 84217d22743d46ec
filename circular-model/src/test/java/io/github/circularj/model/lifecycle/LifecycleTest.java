package io.github.circularj.model.lifecycle;

import static io.github.circularj.model.lifecycle.Fixtures.T0;
import static io.github.circularj.model.lifecycle.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final Item ITEM = Fixtures.item("HZ-1");
    private static final ItemId ID = ITEM.id();

    private static Instant minute(int m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    /** COLLECTED, INSPECTED, DATA_ERASED, LISTED, SOLD at minutes 0..4, ids e1..e5. */
    private static Lifecycle resold() {
        return Lifecycle.of(ITEM, List.of(
                event(EventType.COLLECTED, ID, "e1", minute(0)),
                event(EventType.INSPECTED, ID, "e2", minute(1)),
                event(EventType.DATA_ERASED, ID, "e3", minute(2)),
                event(EventType.LISTED, ID, "e4", minute(3)),
                event(EventType.SOLD, ID, "e5", minute(4))));
    }

    @Test
    void anEmptyLifecycleIsUnrecorded() {
        Lifecycle empty = Lifecycle.of(ITEM);
        assertThat(empty.stage()).isEqualTo(Stage.UNRECORDED);
        assertThat(empty.events()).isEmpty();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.latest()).isEmpty();
    }

    @Test
    void appendReturnsANewLifecycleAndLeavesTheOldOneUnchanged() {
        Lifecycle empty = Lifecycle.of(ITEM);
        Lifecycle one = empty.append(event(EventType.COLLECTED, ID, "e1", T0));
        assertThat(empty.size()).isZero();
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.stage()).isEqualTo(Stage.IN_STOCK);
    }

    @Test
    void refusesAnEventForAnotherItemNamingBothItems() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Lifecycle.of(ITEM).append(event(EventType.COLLECTED, ItemId.of("HZ-2"), "e1", T0)))
                .withMessage("event \"e1\" of type COLLECTED is for item \"HZ-2\"; this lifecycle is of item \"HZ-1\"");
    }

    @Test
    void refusesADuplicateEventId() {
        Lifecycle one = Lifecycle.of(ITEM).append(event(EventType.COLLECTED, ID, "e1", T0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> one.append(event(EventType.INSPECTED, ID, "e1", minute(1))))
                .withMessage("event id \"e1\" (type INSPECTED) is already in the history of item \"HZ-1\"; "
                        + "event ids are unique within an item's history");
    }

    @Test
    void refusesAnEventEarlierThanTheLastOne() {
        Lifecycle one = Lifecycle.of(ITEM).append(event(EventType.COLLECTED, ID, "e1", minute(5)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> one.append(event(EventType.INSPECTED, ID, "e2", minute(4))))
                .withMessage("event \"e2\" of type INSPECTED at 2025-03-01T08:04:00Z is earlier than the last event "
                        + "\"e1\" of type COLLECTED at 2025-03-01T08:05:00Z of item \"HZ-1\"; events are appended in time order");
    }

    @Test
    void acceptsAnEventAtTheSameInstantAsTheLastOne() {
        Lifecycle one = Lifecycle.of(ITEM).append(event(EventType.COLLECTED, ID, "e1", T0));
        assertThat(one.append(event(EventType.INSPECTED, ID, "e2", T0)).size()).isEqualTo(2);
    }

    @Test
    void refusesAnIllegalTransitionNamingItemStageEventAndAllowedEvents() {
        Lifecycle quarantined = Fixtures.lifecycleIn(Stage.QUARANTINED, ITEM);
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> quarantined.append(event(EventType.SOLD, ID, "e9", minute(30))))
                .isInstanceOf(IllegalStateException.class)
                .withMessage("item \"HZ-1\" in stage QUARANTINED cannot take event \"e9\" of type SOLD; "
                        + "allowed in QUARANTINED: [POLICE_REPORTED, CLEARED]");
    }

    @Test
    void refusesEventsAfterATerminalStageSayingItIsTerminal() {
        Lifecycle disposed = Fixtures.lifecycleIn(Stage.DISPOSED, ITEM);
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> disposed.append(event(EventType.LISTED, ID, "e9", minute(30))))
                .withMessage("item \"HZ-1\" is in terminal stage DISPOSED, so event \"e9\" of type LISTED cannot follow; "
                        + "allowed in DISPOSED: none");
        Lifecycle dismantled = Fixtures.lifecycleIn(Stage.DISMANTLED, ITEM);
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> dismantled.append(event(EventType.SOLD, ID, "e9", minute(30))))
                .withMessageContaining("terminal stage DISMANTLED")
                .withMessageEndingWith("allowed in DISMANTLED: [RECYCLED]");
    }

    @Test
    void aFlaggedItemCanBeListedAndSoldOnlyAfterItIsCleared() {
        Lifecycle flagged = Fixtures.lifecycleIn(Stage.QUARANTINED, ITEM);
        Instant t = Fixtures.after(flagged);
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> flagged.append(event(EventType.LISTED, ID, "l", t)));
        Lifecycle cleared = flagged.append(event(EventType.POLICE_REPORTED, ID, "r", t))
                .append(event(EventType.CLEARED, ID, "c", t.plusSeconds(1)));
        assertThat(cleared.append(event(EventType.LISTED, ID, "l", t.plusSeconds(2)))
                .append(event(EventType.SOLD, ID, "s", t.plusSeconds(3))).stage()).isEqualTo(Stage.SOLD);
    }

    @Test
    void refusesADuplicateEventIdInAHistoryOfAnyLength() {
        // up to 16 events are searched one by one, a longer history's ids are kept in a set: the same refusal
        Lifecycle.Builder builder = Lifecycle.builder(ITEM).append(event(EventType.COLLECTED, ID, "e0", T0));
        for (int n = 1; n <= 40; n++) {
            builder.append(event(EventType.INSPECTED, ID, "e" + n, minute(n)));
            for (String dup : List.of("e0", "e" + n / 2, "e" + n)) {
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> builder.append(event(EventType.INSPECTED, ID, dup, minute(60))))
                        .withMessageStartingWith("event id \"" + dup + "\" (type INSPECTED) is already in the history");
            }
            assertThat(builder.size()).isEqualTo(n + 1);
        }
        assertThat(builder.build().append(event(EventType.INSPECTED, ID, "e41", minute(61))).size()).isEqualTo(42);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.build().append(event(EventType.INSPECTED, ID, "e33", minute(61))));
    }

    @Test
    void checksRunInOrderOtherItemThenDuplicateThenTimeThenTable() {
        Lifecycle disposed = Fixtures.lifecycleIn(Stage.DISPOSED, ITEM);
        String firstId = disposed.events().get(0).id().value();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> disposed.append(event(EventType.SOLD, ID, firstId, T0.minusSeconds(60))))
                .withMessageContaining("already in the history");
    }

    @Test
    void aRefusedEventLeavesTheBuilderUnchanged() {
        Lifecycle.Builder builder = Lifecycle.builder(ITEM).append(event(EventType.COLLECTED, ID, "e1", T0));
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> builder.append(event(EventType.REFUNDED, ID, "e2", minute(1))));
        assertThat(builder.size()).isEqualTo(1);
        assertThat(builder.stage()).isEqualTo(Stage.IN_STOCK);
        assertThat(builder.append(event(EventType.LISTED, ID, "e2", minute(1))).build().stage()).isEqualTo(Stage.LISTED);
    }

    @Test
    void theBuilderAndRepeatedAppendGiveEqualLifecycles() {
        Lifecycle appended = Lifecycle.of(ITEM);
        for (LifecycleEvent e : resold().events()) {
            appended = appended.append(e);
        }
        assertThat(appended).isEqualTo(resold()).hasSameHashCodeAs(resold());
        assertThat(appended.stage()).isEqualTo(Stage.SOLD);
    }

    @Test
    void lifecyclesOfDifferentItemsOrEventsDiffer() {
        assertThat(Lifecycle.of(ITEM)).isNotEqualTo(Lifecycle.of(Fixtures.item("HZ-2")));
        assertThat(resold()).isNotEqualTo(Lifecycle.of(ITEM));
    }

    @Test
    void findsTheFirstAndLastEventOfAKind() {
        Lifecycle relisted = resold().append(event(EventType.RETURNED, ID, "e6", minute(5)))
                .append(event(EventType.REFUNDED, ID, "e7", minute(6)))
                .append(event(EventType.LISTED, ID, "e8", minute(7)));
        assertThat(relisted.first(Listed.class).map(LifecycleEvent::id)).contains(EventId.of("e4"));
        assertThat(relisted.last(Listed.class).map(LifecycleEvent::id)).contains(EventId.of("e8"));
        assertThat(relisted.events(Listed.class)).extracting(LifecycleEvent::id)
                .containsExactly(EventId.of("e4"), EventId.of("e8"));
        assertThat(relisted.first(Exported.class)).isEmpty();
        assertThat(relisted.last(Exported.class)).isEmpty();
    }

    @Test
    void tellsWhetherATypeOccurred() {
        assertThat(resold().has(EventType.DATA_ERASED)).isTrue();
        assertThat(resold().has(EventType.FLAGGED)).isFalse();
        assertThat(EnumSet.allOf(EventType.class)).filteredOn(resold()::has).containsExactlyInAnyOrder(
                EventType.COLLECTED, EventType.INSPECTED, EventType.DATA_ERASED, EventType.LISTED, EventType.SOLD);
    }

    @Test
    void hasSeesEventsAppendedOneAtATimeAndNoneOnAnEmptyHistory() {
        Lifecycle empty = Lifecycle.of(ITEM);
        assertThat(EnumSet.allOf(EventType.class)).noneMatch(empty::has);
        Lifecycle one = empty.append(event(EventType.COLLECTED, ID, "e1", T0));
        Lifecycle two = one.append(event(EventType.INSPECTED, ID, "e2", minute(1)));
        assertThat(one.has(EventType.INSPECTED)).isFalse();
        assertThat(two.has(EventType.COLLECTED)).isTrue();
        assertThat(two.has(EventType.INSPECTED)).isTrue();
        assertThat(empty.has(EventType.COLLECTED)).as("the empty lifecycle is unchanged").isFalse();
    }

    @Test
    void hasStillSeesATypeThatOccurredTwice() {
        Lifecycle relisted = resold().append(event(EventType.RETURNED, ID, "e6", minute(5)))
                .append(event(EventType.REFUNDED, ID, "e7", minute(6)))
                .append(event(EventType.LISTED, ID, "e8", minute(7)));
        assertThat(relisted.events(Listed.class)).hasSize(2);
        assertThat(relisted.has(EventType.LISTED)).isTrue();
        assertThat(relisted.has(EventType.REFUNDED)).isTrue();
        assertThat(relisted.has(EventType.FLAGGED)).isFalse();
    }

    @Test
    void hasAnyTellsWhetherOneOfSeveralTypesOccurred() {
        Lifecycle r = resold();
        assertThat(r.hasAny(EventTypes.of(EventType.EXPORTED, EventType.SOLD))).isTrue();
        assertThat(r.hasAny(EventTypes.of(EventType.EXPORTED, EventType.FLAGGED))).isFalse();
        assertThat(r.hasAny(EventTypes.none())).as("the empty set").isFalse();
        assertThat(Lifecycle.of(ITEM).hasAny(EventTypes.of(EventType.COLLECTED))).as("an empty history").isFalse();
        assertThatNullPointerException().isThrownBy(() -> r.hasAny(null)).withMessage("types");
    }

    @Test
    void eventTypesAreTheTypesInTheHistoryEachOnce() {
        assertThat(resold().eventTypes()).isEqualTo(EventTypes.of(EventType.COLLECTED, EventType.INSPECTED,
                EventType.DATA_ERASED, EventType.LISTED, EventType.SOLD));
        assertThat(Lifecycle.of(ITEM).eventTypes()).isEqualTo(EventTypes.none());
        assertThat(EnumSet.allOf(EventType.class)).allMatch(t -> resold().has(t) == resold().eventTypes().contains(t));
    }

    @Test
    void everyEventTypeHasABitOfTheSetThatHasReads() {
        assertThat(EventType.values().length).isLessThanOrEqualTo(Long.SIZE);
    }

    @Test
    void hasRefusesNull() {
        assertThatNullPointerException().isThrownBy(() -> resold().has(null)).withMessage("type");
    }

    @Test
    void occurredBeforeIsTrueOnlyWhenAnAPrecedesTheFirstB() {
        Lifecycle r = resold();
        assertThat(r.occurredBefore(DataErased.class, Sold.class)).isTrue();
        assertThat(r.occurredBefore(Sold.class, DataErased.class)).isFalse();
        assertThat(r.occurredBefore(DataErased.class, Exported.class)).as("no B at all").isFalse();
        assertThat(r.occurredBefore(Flagged.class, Sold.class)).as("no A at all").isFalse();
    }

    @Test
    void occurredBeforeComparesWithTheFirstBNotALaterOne() {
        Lifecycle twice = Lifecycle.of(ITEM, List.of(
                event(EventType.COLLECTED, ID, "e1", minute(0)),
                event(EventType.SOLD, ID, "e2", minute(1)),
                event(EventType.COLLECTED, ID, "e3", minute(2)),
                event(EventType.DATA_ERASED, ID, "e4", minute(3)),
                event(EventType.SOLD, ID, "e5", minute(4))));
        assertThat(twice.occurredBefore(DataErased.class, Sold.class)).isFalse();
        assertThat(twice.sales()).hasSize(2);
        assertThat(twice.collected()).hasSize(2);
        assertThat(twice.erasures()).hasSize(1);
    }

    @Test
    void measuresTheTimeBetweenTheFirstEventsOfTwoKinds() {
        Lifecycle r = resold();
        assertThat(r.timeBetween(Collected.class, Sold.class)).contains(Duration.ofMinutes(4));
        assertThat(r.timeBetween(Sold.class, Collected.class)).contains(Duration.ofMinutes(-4));
        assertThat(r.timeBetween(Collected.class, Exported.class)).isEmpty();
    }

    @Test
    void listsSalesAndInspections() {
        assertThat(resold().sales()).extracting(LifecycleEvent::id).containsExactly(EventId.of("e5"));
        assertThat(resold().inspections()).extracting(LifecycleEvent::id).containsExactly(EventId.of("e2"));
        assertThat(resold().collected()).extracting(LifecycleEvent::id).containsExactly(EventId.of("e1"));
    }

    @Test
    void handsOutAnUnmodifiableHistory() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> resold().events().clear());
    }

    @Test
    void printsItemStageAndEvents() {
        assertThat(Lifecycle.of(ITEM, List.of(event(EventType.COLLECTED, ID, "e1", T0))))
                .hasToString("Lifecycle[HZ-1, IN_STOCK: COLLECTED e1]");
    }
    @Test
    void findsAKindWhoseOnlyEventIsTheFirstOfTheHistory() {
        Lifecycle r = resold();
        assertThat(r.first(Collected.class).map(LifecycleEvent::id)).contains(EventId.of("e1"));
        assertThat(r.last(Collected.class).map(LifecycleEvent::id)).contains(EventId.of("e1"));
        assertThat(r.latest().map(LifecycleEvent::id)).contains(EventId.of("e5"));
    }

    @Test
    void anEventDoesNotOccurBeforeItself() {
        assertThat(resold().occurredBefore(Sold.class, Sold.class)).isFalse();
        assertThat(resold().occurredBefore(Collected.class, Collected.class)).isFalse();
        assertThat(resold().occurredBefore(LifecycleEvent.class, Sold.class)).isTrue();
    }

    @Test
    void hasNoTimeBetweenKindsWhenTheStartKindIsAbsent() {
        assertThat(resold().timeBetween(Exported.class, Sold.class)).isEmpty();
        assertThat(resold().timeBetween(Inspected.class, Listed.class)).contains(Duration.ofMinutes(2));
    }

    @Test
    void aRecordedLifecycleIsNotEmptyAndKnowsItsItem() {
        assertThat(resold().isEmpty()).isFalse();
        assertThat(resold().item()).isEqualTo(ITEM);
        assertThat(resold().size()).isEqualTo(5);
    }

    @Test
    void printsEveryEventSeparatedByCommas() {
        assertThat(resold()).hasToString(
                "Lifecycle[HZ-1, SOLD: COLLECTED e1, INSPECTED e2, DATA_ERASED e3, LISTED e4, SOLD e5]");
        assertThat(Lifecycle.of(ITEM)).hasToString("Lifecycle[HZ-1, UNRECORDED:]");
    }

    @Test
    void equalLifecyclesHaveAnEqualItemAndEqualEvents() {
        io.github.circularj.model.ValueContract.assertValueSemantics(resold(), resold(), List.of(
                Lifecycle.of(ITEM),
                Lifecycle.of(Fixtures.item("HZ-2")),
                Lifecycle.of(ITEM, List.of(event(EventType.COLLECTED, ID, "e1", minute(0))))));
    }
}
