package io.github.circularj.model.lifecycle;

import static io.github.circularj.model.lifecycle.Fixtures.DEALER;
import static io.github.circularj.model.lifecycle.Fixtures.PERIOD;
import static io.github.circularj.model.lifecycle.Fixtures.T0;
import static io.github.circularj.model.lifecycle.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ledger builder under a hostile event stream: a valid population of items and events, with duplicate
 * event ids, events for unknown items, events out of order, events after terminal stages and 10 % garbage
 * injected. Nothing may escape {@code build()}, every event must be either accepted or rejected with a
 * reason, the accepted events must replay to valid lifecycles, and the order of submission must not matter.
 */
class LedgerHostileStreamTest {

    private static final EventType[] TYPES = EventType.values();
    private static final Stage[] STAGES = Stage.values();

    /** A population and the hostile events submitted for it. */
    private record Stream(List<Item> items, List<LifecycleEvent> events, Map<RejectedEvent.Reason, Integer> injected) {
    }

    private static Stream hostileStream(long seed, int itemCount) {
        Random random = new Random(seed);
        Map<Stage, List<EventType>> paths = Fixtures.shortestPaths();
        List<Item> items = new ArrayList<>();
        List<LifecycleEvent> valid = new ArrayList<>();
        List<LifecycleEvent> terminalTails = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            Item item = Fixtures.item(String.format("ITEM-%03d", i));
            items.add(item);
            Stage stage = STAGES[random.nextInt(STAGES.length)];
            List<EventType> path = paths.get(stage);
            for (int k = 0; k < path.size(); k++) {
                valid.add(event(path.get(k), item.id(), "E-" + i + "-" + k, T0.plus(Duration.ofHours(k))));
            }
            if (stage.isTerminal()) {
                // Any event after a terminal stage is an illegal transition.
                terminalTails.add(event(TYPES[random.nextInt(TYPES.length)], item.id(), "E-" + i + "-after",
                        T0.plus(Duration.ofHours(path.size() + 1L))));
            }
        }
        List<LifecycleEvent> events = new ArrayList<>(valid);
        events.addAll(terminalTails);
        int unknown = 0;
        for (LifecycleEvent original : valid) {
            if (random.nextInt(5) == 0) {
                // Same event id, another type, later: a DUPLICATE_EVENT_ID (the original replays first).
                events.add(event(TYPES[random.nextInt(TYPES.length)], original.itemId(), original.id().value(),
                        original.at().plus(Duration.ofDays(400))));
            }
            if (random.nextInt(5) == 0) {
                // An event from before the whole history: out of order in submission and in time.
                events.add(event(TYPES[random.nextInt(TYPES.length)], original.itemId(), original.id().value() + "-early",
                        T0.minus(Duration.ofDays(1 + random.nextInt(30)))));
            }
        }
        for (int g = 0; g < itemCount / 2 + 1; g++) {
            events.add(event(TYPES[random.nextInt(TYPES.length)], ItemId.of("GHOST-" + g), "G-" + g,
                    T0.plus(Duration.ofMinutes(random.nextInt(10_000)))));
            unknown++;
        }
        int garbage = Math.max(1, events.size() / 10);
        for (int g = 0; g < garbage; g++) {
            ItemId target = random.nextInt(4) == 0 ? ItemId.of("JUNK-" + random.nextInt(5))
                    : items.get(random.nextInt(items.size())).id();
            events.add(event(TYPES[random.nextInt(TYPES.length)], target, "X-" + g,
                    Instant.ofEpochSecond(T0.getEpochSecond() + random.nextInt(2_000_000) - 1_000_000L)));
        }
        Collections.shuffle(events, random);
        Map<RejectedEvent.Reason, Integer> injected = new EnumMap<>(RejectedEvent.Reason.class);
        injected.put(RejectedEvent.Reason.UNKNOWN_ITEM, unknown);
        return new Stream(List.copyOf(items), List.copyOf(events), injected);
    }

    private static Ledger.Result build(List<Item> items, List<LifecycleEvent> events) {
        return Ledger.builder(DEALER, PERIOD).items(items).events(events).build();
    }

    private static void assertSound(Stream stream, Ledger.Result result) {
        LedgerReport report = result.report();
        assertThat(report.accepted() + report.rejected().size()).as("accepted + rejected").isEqualTo(stream.events().size());
        assertThat(report.submitted()).isEqualTo(stream.events().size());
        assertThat(report.rejected()).allSatisfy(r -> {
            assertThat(r.reason()).isNotNull();
            assertThat(r.message()).isNotBlank();
            assertThat(stream.events()).contains(r.event());
        });
        // Every ghost event is among the rejections for an unknown item. (A duplicate id is not always
        // rejected as a duplicate: when an injected earlier event takes the original's place, the original
        // itself is refused, and its duplicate is judged on its own.)
        stream.injected().forEach((reason, count) ->
                assertThat(report.rejectedFor(reason)).as("rejected for %s", reason).isGreaterThanOrEqualTo(count));
        long replayed = 0;
        for (Lifecycle lifecycle : result.ledger()) {
            // Lifecycle.of validates every event again: the accepted ones form a valid lifecycle.
            assertThat(Lifecycle.of(lifecycle.item(), lifecycle.events())).isEqualTo(lifecycle);
            replayed += lifecycle.events().size();
        }
        assertThat(replayed).as("accepted events in the ledger").isEqualTo(report.accepted());
        assertThat(result.ledger().lifecycles().map(Lifecycle::itemId).toList())
                .containsExactlyElementsOf(stream.items().stream().map(Item::id).sorted().toList());
    }

    @Test
    void countsEveryEventOfAHostileStreamAsAcceptedOrRejectedWithAReason() {
        Stream stream = hostileStream(20_250_301L, 40);
        Ledger.Result result = build(stream.items(), stream.events());
        assertSound(stream, result);
        assertThat(result.report().rejectedFor(RejectedEvent.Reason.ILLEGAL_TRANSITION)).isPositive();
        assertThat(result.report().rejectedFor(RejectedEvent.Reason.UNKNOWN_ITEM)).isPositive();
        assertThat(result.report().rejectedFor(RejectedEvent.Reason.DUPLICATE_EVENT_ID)).isPositive();
        assertThat(result.report().accepted()).isPositive();
    }

    @Test
    void givesTheSameResultForEveryOrderOfTheSameHostileStream() {
        Stream stream = hostileStream(42L, 25);
        Ledger.Result first = build(stream.items(), stream.events());
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<LifecycleEvent> events = new ArrayList<>(stream.events());
            List<Item> items = new ArrayList<>(stream.items());
            Collections.shuffle(events, random);
            Collections.shuffle(items, random);
            assertThat(build(items, events)).isEqualTo(first);
        }
    }

    @Test
    void rejectsEveryEventAfterATerminalStage() {
        Item item = Fixtures.item("T");
        List<LifecycleEvent> events = new ArrayList<>();
        List<EventType> path = Fixtures.shortestPaths().get(Stage.RECYCLED);
        for (int k = 0; k < path.size(); k++) {
            events.add(event(path.get(k), item.id(), "p" + k, T0.plus(Duration.ofMinutes(k))));
        }
        for (EventType type : TYPES) {
            events.add(event(type, item.id(), "after-" + type, T0.plus(Duration.ofDays(1))));
        }
        LedgerReport report = build(List.of(item), events).report();
        assertThat(report.accepted()).isEqualTo(path.size());
        assertThat(report.rejected()).hasSize(TYPES.length)
                .allSatisfy(r -> assertThat(r.reason()).isEqualTo(RejectedEvent.Reason.ILLEGAL_TRANSITION));
    }

    @Test
    void anyHostileStreamIsFullyAccountedForAndIndependentOfOrder() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, count) -> {
            Stream stream = hostileStream(seed, count);
            assertThatCode(() -> build(stream.items(), stream.events())).doesNotThrowAnyException();
            Ledger.Result result = build(stream.items(), stream.events());
            assertSound(stream, result);
            List<LifecycleEvent> reversed = new ArrayList<>(stream.events());
            Collections.reverse(reversed);
            List<Item> items = new ArrayList<>(stream.items());
            Collections.reverse(items);
            assertThat(build(items, reversed)).isEqualTo(result);
        });
    }
}
