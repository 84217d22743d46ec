package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import java.util.Objects;

/**
 * An event that a {@link Ledger.Builder} or a {@link Lifecycle} refused, with the kind of refusal
 * and the message that explains it (the message of the exception that
 * {@link Lifecycle#append(LifecycleEvent)} would throw, or the ledger's own for an unknown item).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param event the refused event
 * @param reason the kind of refusal
 * @param message the explanation, naming the event and the rule it broke
 */
public record RejectedEvent(LifecycleEvent event, Reason reason, String message) {

    /** The kinds of refusal. */
    public enum Reason {
        /** The event is for an item the ledger does not hold. */
        UNKNOWN_ITEM,
        /** The event is for another item than the lifecycle's. */
        OTHER_ITEM,
        /** An event with the same id is already in the item's history. */
        DUPLICATE_EVENT_ID,
        /** The event is earlier than the last event of the history. */
        EARLIER_THAN_LAST,
        /** The transition table does not allow the event in the item's stage. */
        ILLEGAL_TRANSITION,
        /**
         * A date the event carries contradicts the history: goods received back before they were sold, the item
         * handled before returned goods were received, an ownership transfer registered before the sale or after
         * it was recorded.
         */
        INCONSISTENT_DATE
    }

    /**
     * Validates the rejection.
     *
     * @param event the event, not null
     * @param reason the reason, not null
     * @param message the explanation, not blank
     * @throws IllegalArgumentException if the message is blank
     */
    public RejectedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(reason, "reason");
        Checks.text("message", message);
    }
}
