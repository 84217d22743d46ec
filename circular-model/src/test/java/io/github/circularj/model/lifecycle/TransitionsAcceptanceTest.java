package io.github.circularj.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.circularj.model.product.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every (stage, event type) pair, allowed or not, generated from the table itself. */
class TransitionsAcceptanceTest {

    private static final Item ITEM = Fixtures.item("HZ-1");

    @TestFactory
    List<DynamicTest> everyTransitionTheTableAllowsIsAcceptedAndEveryOtherIsRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<Stage, List<EventType>> path : Fixtures.shortestPaths().entrySet()) {
            Stage stage = path.getKey();
            for (EventType type : EventType.values()) {
                Optional<Stage> next = stage.next(type);
                String name = stage + " --" + type + "--> " + next.map(Stage::toString).orElse("refused");
                tests.add(DynamicTest.dynamicTest(name, () -> check(stage, type, next)));
            }
        }
        return tests;
    }

    private static void check(Stage stage, EventType type, Optional<Stage> next) {
        Lifecycle lifecycle = Fixtures.lifecycleIn(stage, ITEM);
        assertThat(lifecycle.stage()).isEqualTo(stage);
        LifecycleEvent event = Fixtures.event(type, ITEM.id(), "x", Fixtures.after(lifecycle));
        if (next.isPresent()) {
            Lifecycle longer = lifecycle.append(event);
            assertThat(longer.stage()).isEqualTo(next.get());
            assertThat(longer.latest()).contains(event);
            assertThat(lifecycle.stage()).isEqualTo(stage);
        } else {
            IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                    () -> lifecycle.append(event));
            assertThat(e).isNotNull();
            assertThat(e.itemId()).isEqualTo(ITEM.id());
            assertThat(e.eventId()).isEqualTo(event.id());
            assertThat(e.stage()).isEqualTo(stage);
            assertThat(e.eventType()).isEqualTo(type);
            assertThat(e.allowedEvents()).isEqualTo(stage.allowedEvents());
            assertThat(e.getMessage()).contains("\"HZ-1\"", stage.toString(), type.toString(), "\"x\"");
            for (EventType allowed : stage.allowedEvents()) {
                assertThat(e.getMessage()).contains(allowed.toString());
            }
            if (stage.isTerminal()) {
                assertThat(e.getMessage()).contains("terminal");
            }
        }
    }

    @Test
    void everyStageIsReachedAndEveryPairIsCovered() {
        assertThat(Fixtures.shortestPaths()).containsOnlyKeys(Stage.values());
        assertThat(everyTransitionTheTableAllowsIsAcceptedAndEveryOtherIsRefused())
                .hasSize(Stage.values().length * EventType.values().length);
    }

    @Test
    void aFixtureExistsForEveryEventTypeAndHasThatType() {
        for (EventType type : EventType.values()) {
            assertThat(Fixtures.event(type, ITEM.id(), "e", Fixtures.T0).type()).isEqualTo(type);
        }
    }
}
