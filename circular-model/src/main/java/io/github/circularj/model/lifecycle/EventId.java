package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;

/**
 * The identity of one {@link LifecycleEvent}, for example {@code EV-2025-000123}, assigned by the
 * system that recorded it. Ids must be unique within one item's history; a {@link Lifecycle} refuses
 * a second event with the same id.
 *
 * <p>The value is 1 to {@value #MAX_LENGTH} characters, with no leading or trailing whitespace and no
 * control characters; it is never trimmed. {@code toString()} is the value, and ids order by it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id, as given
 */
public record EventId(String value) implements Comparable<EventId> {

    /** The longest event id accepted, in characters. */
    public static final int MAX_LENGTH = 128;

    /**
     * Validates the id.
     *
     * @param value the id, not null
     * @throws IllegalArgumentException if the id is blank, too long, has leading or trailing
     *     whitespace, or holds a control character
     */
    public EventId {
        Checks.text("eventId", value, MAX_LENGTH);
    }

    /**
     * Obtains an event id.
     *
     * @param value the id, not null
     * @return the event id
     * @throws IllegalArgumentException if the id is blank, too long, has leading or trailing
     *     whitespace, or holds a control character
     */
    public static EventId of(String value) {
        return new EventId(value);
    }

    /**
     * Compares by value.
     *
     * @param other the other id, not null
     * @return the comparison of the values
     */
    @Override
    public int compareTo(EventId other) {
        return value.compareTo(other.value);
    }

    /**
     * Prints the value.
     *
     * @return the id, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
