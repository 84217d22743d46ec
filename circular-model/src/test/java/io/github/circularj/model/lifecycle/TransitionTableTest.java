package io.github.circularj.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TransitionTableTest {

    private static final Pattern ROW =
            Pattern.compile("<tr><td>(\\w+)</td><td>(\\w+)</td><td>([\\w()]+)</td></tr>");

    @Test
    void theJavadocOfStageRendersExactlyTheTransitionTable() throws IOException {
        String source = Files.readString(
                Path.of("src/main/java/io/github/circularj/model/lifecycle/Stage.java"), StandardCharsets.UTF_8);
        List<String> documented = new ArrayList<>();
        Matcher row = ROW.matcher(source);
        while (row.find()) {
            String next = row.group(3).equals("(stays)") ? row.group(1) : row.group(3);
            documented.add(row.group(1) + " " + row.group(2) + " " + next);
        }
        List<String> coded = new ArrayList<>();
        for (Map.Entry<Stage, Map<EventType, Stage>> stage : Transitions.table().entrySet()) {
            stage.getValue().forEach((event, next) -> coded.add(stage.getKey() + " " + event + " " + next));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(coded);
    }

    @Test
    void terminalStagesAllowOnlyTheRecyclingOfDismantledParts() {
        for (Stage stage : Stage.values()) {
            if (stage.isTerminal()) {
                assertThat(stage.allowedEvents()).isSubsetOf(EventType.RECYCLED);
            }
        }
        assertThat(Stage.DISMANTLED.allowedEvents()).containsExactly(EventType.RECYCLED);
        assertThat(Stage.DISPOSED.allowedEvents()).isEmpty();
    }

    @Test
    void aQuarantinedItemCannotBeListedOrSoldUntilCleared() {
        assertThat(Stage.QUARANTINED.allowedEvents())
                .doesNotContain(EventType.LISTED, EventType.SOLD, EventType.EXPORTED)
                .contains(EventType.CLEARED);
        assertThat(Stage.QUARANTINED.next(EventType.CLEARED)).contains(Stage.IN_STOCK);
    }

    @Test
    void dataCanBeErasedOnlyBeforeASale() {
        assertThat(Stage.SOLD.next(EventType.DATA_ERASED)).isEmpty();
        assertThat(Stage.IN_STOCK.next(EventType.DATA_ERASED)).contains(Stage.IN_STOCK);
    }

    @Test
    void everyStageIsReachableFromAnEmptyLifecycle() {
        java.util.Set<Stage> reached = java.util.EnumSet.of(Stage.UNRECORDED);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Stage stage : List.copyOf(reached)) {
                for (EventType event : stage.allowedEvents()) {
                    grew |= reached.add(stage.next(event).orElseThrow());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(Stage.values());
    }
}
