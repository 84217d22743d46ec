package io.github.circularj.model.lifecycle;

import io.github.circularj.model.product.ItemId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Thrown when an event is not allowed in the item's current {@link Stage} by the transition table.
 * It names the item, the stage, the event and the events allowed there, both in its message and as
 * data; the message says so when the stage is {@linkplain Stage#isTerminal() terminal}.
 *
 * <p>This exception is immutable once built.
 */
public final class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The item whose lifecycle refused the event. */
    private final ItemId itemId;

    /** The stage the item was in. */
    private final Stage stage;

    /** The type of the refused event. */
    private final EventType eventType;

    /** The id of the refused event. */
    private final EventId eventId;

    /** The event types allowed in the stage. */
    private final Set<EventType> allowedEvents;

    IllegalTransitionException(ItemId itemId, Stage stage, EventType eventType, EventId eventId) {
        super(message(itemId, stage, eventType, eventId));
        this.itemId = Objects.requireNonNull(itemId, "itemId");
        this.stage = stage;
        this.eventType = eventType;
        this.eventId = eventId;
        Set<EventType> allowed = stage.allowedEvents();
        this.allowedEvents = allowed.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(allowed));
    }

    static String message(ItemId itemId, Stage stage, EventType eventType, EventId eventId) {
        Set<EventType> allowed = stage.allowedEvents();
        String allowedText = "allowed in " + stage + ": " + (allowed.isEmpty() ? "none" : allowed.toString());
        if (stage.isTerminal()) {
            return "item \"" + itemId + "\" is in terminal stage " + stage + ", so event \"" + eventId + "\" of type "
                    + eventType + " cannot follow; " + allowedText;
        }
        return "item \"" + itemId + "\" in stage " + stage + " cannot take event \"" + eventId + "\" of type "
                + eventType + "; " + allowedText;
    }

    /**
     * Returns the id of the item whose lifecycle refused the event.
     *
     * @return the item id
     */
    public ItemId itemId() {
        return itemId;
    }

    /**
     * Returns the stage the item was in.
     *
     * @return the stage
     */
    public Stage stage() {
        return stage;
    }

    /**
     * Returns the type of the refused event.
     *
     * @return the event type
     */
    public EventType eventType() {
        return eventType;
    }

    /**
     * Returns the id of the refused event.
     *
     * @return the event id
     */
    public EventId eventId() {
        return eventId;
    }

    /**
     * Returns the event types allowed in {@link #stage()}.
     *
     * @return the allowed types, unmodifiable, in declaration order; empty if none
     */
    public Set<EventType> allowedEvents() {
        return allowedEvents;
    }
}
