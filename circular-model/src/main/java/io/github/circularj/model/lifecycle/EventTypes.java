package io.github.circularj.model.lifecycle;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An immutable set of {@link EventType}s, held as a bit mask so that a lifecycle answers whether its
 * history holds any of them in constant time, with {@link Lifecycle#hasAny(EventTypes)}.
 *
 * <p>Rules that concern only some items (a sale rule and an item never sold) use it to pass over the
 * other items without reading their events: build the set once, when the rule is made, and test each
 * lifecycle against it. {@link Lifecycle#eventTypes()} gives the types a history holds.
 *
 * <p>Two sets are equal when they hold the same types; {@link #toString()} lists them in declaration
 * order, like an {@link EnumSet}. This class is immutable and thread-safe.
 */
public final class EventTypes {

    private static final EventType[] TYPES = EventType.values();
    private static final EventTypes NONE = new EventTypes(0L);

    // Bit i set: the set holds TYPES[i]. EventType has fewer than 64 constants (LifecycleTest checks it).
    final long mask;

    EventTypes(long mask) {
        this.mask = mask;
    }

    /**
     * Obtains the set of one or more event types.
     *
     * @param first a type, not null
     * @param more further types, not null, no nulls; repeats are allowed and count once
     * @return the set
     * @throws NullPointerException if a type is null
     */
    public static EventTypes of(EventType first, EventType... more) {
        long mask = bit(Objects.requireNonNull(first, "first"));
        for (EventType type : Objects.requireNonNull(more, "more")) {
            mask |= bit(Objects.requireNonNull(type, "more holds a null type"));
        }
        return new EventTypes(mask);
    }

    /**
     * Obtains the set of the event types in a collection, which may be empty.
     *
     * @param types the types, not null, no nulls; repeats count once
     * @return the set
     * @throws NullPointerException if {@code types} is null or holds a null
     */
    public static EventTypes copyOf(Collection<EventType> types) {
        long mask = 0L;
        for (EventType type : Objects.requireNonNull(types, "types")) {
            mask |= bit(Objects.requireNonNull(type, "types holds a null type"));
        }
        return new EventTypes(mask);
    }

    /**
     * Obtains the empty set.
     *
     * @return the set with no types
     */
    public static EventTypes none() {
        return NONE;
    }

    static long bit(EventType type) {
        return 1L << type.ordinal();
    }

    /**
     * Returns whether the set holds a type.
     *
     * @param type the type, not null
     * @return true if the set holds it
     */
    public boolean contains(EventType type) {
        return (mask & bit(Objects.requireNonNull(type, "type"))) != 0L;
    }

    /**
     * Returns whether this set and another hold a type in common.
     *
     * @param other the other set, not null
     * @return true if some type is in both
     */
    public boolean intersects(EventTypes other) {
        return (mask & Objects.requireNonNull(other, "other").mask) != 0L;
    }

    /**
     * Returns whether the set is empty.
     *
     * @return true if the set holds no type
     */
    public boolean isEmpty() {
        return mask == 0L;
    }

    /**
     * Returns the number of types in the set.
     *
     * @return the size, 0 to the number of event types
     */
    public int size() {
        return Long.bitCount(mask);
    }

    /**
     * Returns the types as a set, in declaration order when iterated.
     *
     * @return an unmodifiable copy
     */
    public Set<EventType> toSet() {
        EnumSet<EventType> set = EnumSet.noneOf(EventType.class);
        for (EventType type : TYPES) {
            if (contains(type)) {
                set.add(type);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /**
     * Compares by the types held.
     *
     * @param o the other object, may be null
     * @return true if {@code o} is an {@code EventTypes} holding the same types
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof EventTypes other && other.mask == mask;
    }

    /**
     * A hash code of the types held.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Long.hashCode(mask);
    }

    /**
     * Lists the types in declaration order, for example {@code [SOLD, EXPORTED]}.
     *
     * @return the list
     */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "[", "]");
        for (EventType type : TYPES) {
            if (contains(type)) {
                out.add(type.name());
            }
        }
        return out.toString();
    }
}
