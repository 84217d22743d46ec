package io.github.circularj.model.lifecycle;

import static io.github.circularj.model.lifecycle.Stage.DISMANTLED;
import static io.github.circularj.model.lifecycle.Stage.DISPOSED;
import static io.github.circularj.model.lifecycle.Stage.EXPORTED;
import static io.github.circularj.model.lifecycle.Stage.HANDED_OVER;
import static io.github.circularj.model.lifecycle.Stage.IN_STOCK;
import static io.github.circularj.model.lifecycle.Stage.IN_USE;
import static io.github.circularj.model.lifecycle.Stage.LISTED;
import static io.github.circularj.model.lifecycle.Stage.NEW;
import static io.github.circularj.model.lifecycle.Stage.QUARANTINED;
import static io.github.circularj.model.lifecycle.Stage.RECYCLED;
import static io.github.circularj.model.lifecycle.Stage.RETURNED;
import static io.github.circularj.model.lifecycle.Stage.SOLD;
import static io.github.circularj.model.lifecycle.Stage.UNRECORDED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one transition table of item lifecycles. {@link Stage}'s Javadoc renders it; a test keeps the
 * two equal.
 */
final class Transitions {

    private static final Map<Stage, Map<EventType, Stage>> TABLE = new EnumMap<>(Stage.class);

    static {
        // stage             event                              next stage
        row(UNRECORDED,      EventType.MANUFACTURED,            NEW);
        row(UNRECORDED,      EventType.SOLD_NEW,                IN_USE);
        row(UNRECORDED,      EventType.COLLECTED,               IN_STOCK);
        row(NEW,             EventType.SOLD_NEW,                IN_USE);
        row(IN_USE,          EventType.COLLECTED,               IN_STOCK);
        row(IN_USE,          EventType.OWNERSHIP_TRANSFERRED,   IN_USE);
        row(IN_STOCK,        EventType.INSPECTED,               IN_STOCK);
        row(IN_STOCK,        EventType.DATA_ERASED,             IN_STOCK);
        row(IN_STOCK,        EventType.REFURBISHED,             IN_STOCK);
        row(IN_STOCK,        EventType.LISTED,                  LISTED);
        row(IN_STOCK,        EventType.SOLD,                    SOLD);
        row(IN_STOCK,        EventType.FLAGGED,                 QUARANTINED);
        row(IN_STOCK,        EventType.EXPORTED,                EXPORTED);
        row(IN_STOCK,        EventType.HANDED_OVER,             HANDED_OVER);
        row(IN_STOCK,        EventType.DISMANTLED,              DISMANTLED);
        row(IN_STOCK,        EventType.RECYCLED,                RECYCLED);
        row(IN_STOCK,        EventType.DISPOSED,                DISPOSED);
        row(QUARANTINED,     EventType.POLICE_REPORTED,         QUARANTINED);
        row(QUARANTINED,     EventType.CLEARED,                 IN_STOCK);
        row(LISTED,          EventType.LISTED,                  LISTED);
        row(LISTED,          EventType.INSPECTED,               LISTED);
        row(LISTED,          EventType.DATA_ERASED,             LISTED);
        row(LISTED,          EventType.SOLD,                    SOLD);
        row(LISTED,          EventType.FLAGGED,                 QUARANTINED);
        row(LISTED,          EventType.EXPORTED,                EXPORTED);
        row(SOLD,            EventType.RETURNED,                RETURNED);
        row(SOLD,            EventType.OWNERSHIP_TRANSFERRED,   SOLD);
        row(SOLD,            EventType.COLLECTED,               IN_STOCK);
        row(RETURNED,        EventType.INSPECTED,               RETURNED);
        row(RETURNED,        EventType.REFUNDED,                IN_STOCK);
        row(HANDED_OVER,     EventType.DISMANTLED,              DISMANTLED);
        row(HANDED_OVER,     EventType.RECYCLED,                RECYCLED);
        row(HANDED_OVER,     EventType.DISPOSED,                DISPOSED);
        row(DISMANTLED,      EventType.RECYCLED,                RECYCLED);
        for (Stage stage : Stage.values()) {
            TABLE.computeIfAbsent(stage, s -> new EnumMap<>(EventType.class));
        }
        TABLE.replaceAll((stage, row) -> Collections.unmodifiableMap(row));
    }

    private Transitions() {
    }

    private static void row(Stage from, EventType event, Stage to) {
        Stage previous = TABLE.computeIfAbsent(from, s -> new EnumMap<>(EventType.class)).put(event, to);
        if (previous != null) {
            throw new IllegalStateException("transition " + from + " --" + event + "--> is declared twice");
        }
    }

    static Optional<Stage> next(Stage from, EventType event) {
        return Optional.ofNullable(TABLE.get(from).get(event));
    }

    static Set<EventType> allowed(Stage from) {
        Map<EventType, Stage> row = TABLE.get(from);
        return row.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(row.keySet()));
    }

    /** The whole table, for rendering and tests: stage → (event → next stage). */
    static Map<Stage, Map<EventType, Stage>> table() {
        return Collections.unmodifiableMap(TABLE);
    }
}
