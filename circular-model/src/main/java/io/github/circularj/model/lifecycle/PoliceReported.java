package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;

/**
 * A suspicion about the item was reported to the police (rule SRC-POLICE-REPORT:
 * 废旧金属收购业治安管理办法 Art. 9–10; 报废机动车回收管理办法 Art. 10).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param reportReference the reference of the report, for example the police receipt number
 */
public record PoliceReported(EventId id, ItemId itemId, Instant at, Actor actor, String reportReference)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param reportReference the report reference, not blank, not padded
     * @throws IllegalArgumentException if the report reference is blank or padded
     */
    public PoliceReported {
        Checks.eventComponents(id, itemId, at, actor);
        Checks.text("reportReference", reportReference);
    }

    /**
     * Returns {@link EventType#POLICE_REPORTED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.POLICE_REPORTED;
    }
}
