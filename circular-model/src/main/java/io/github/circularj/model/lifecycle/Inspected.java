package io.github.circularj.model.lifecycle;

import io.github.circularj.model.product.ConditionGrade;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The item was inspected and graded (rule DISC-CONDITION: 消费者权益保护法 Art. 20, 23; grading
 * standards such as GB/T 45656-2025, T/TAF 173-2023 and GB/T 30323). The defects keep their order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param grade the condition grade given
 * @param inspector who inspected the item (a label, never an identity number)
 * @param reportReference the reference of the inspection report
 * @param defectsFound the defects found, possibly empty
 */
public record Inspected(EventId id, ItemId itemId, Instant at, Actor actor, ConditionGrade grade, String inspector, String reportReference, List<String> defectsFound)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param grade the grade, not null
     * @param inspector the inspector, not blank, not padded
     * @param reportReference the report reference, not blank, not padded
     * @param defectsFound the defects, not null, each not blank, not padded; copied
     * @throws IllegalArgumentException if the inspector, report reference or a defect is blank or padded
     */
    public Inspected {
        Checks.common(id, itemId, at, actor);
        Objects.requireNonNull(grade, "grade");
        Checks.text("inspector", inspector);
        Checks.text("reportReference", reportReference);
        defectsFound = List.copyOf(Objects.requireNonNull(defectsFound, "defectsFound"));
        for (String defect : defectsFound) {
            Checks.text("defect", defect);
        }
    }

    /**
     * Returns {@link EventType#INSPECTED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.INSPECTED;
    }
}
