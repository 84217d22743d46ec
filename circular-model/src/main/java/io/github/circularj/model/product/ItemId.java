package io.github.circularj.model.product;

import io.github.circularj.model.internal.Checks;

/**
 * The identity of one physical item within a user's records, for example a stock-keeping number such
 * as {@code HZ-2025-000123}. Unlike an {@link Identifier}, it is assigned by the user, not printed on
 * the item.
 *
 * <p>The value is 1 to {@value #MAX_LENGTH} characters, with no leading or trailing whitespace and no
 * control characters; it is never trimmed. {@code toString()} is the value, and ids order by it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id, as given
 */
public record ItemId(String value) implements Comparable<ItemId> {

    /** The longest item id accepted, in characters. */
    public static final int MAX_LENGTH = 128;

    /**
     * Validates the id.
     *
     * @param value the id, not null
     * @throws IllegalArgumentException if the id is blank, too long, has leading or trailing
     *     whitespace, or holds a control character
     */
    public ItemId {
        Checks.text("itemId", value, MAX_LENGTH);
    }

    /**
     * Obtains an item id.
     *
     * @param value the id, not null
     * @return the item id
     * @throws IllegalArgumentException if the id is blank, too long, has leading or trailing
     *     whitespace, or holds a control character
     */
    public static ItemId of(String value) {
        return new ItemId(value);
    }

    /**
     * Compares by value.
     *
     * @param other the other id, not null
     * @return the comparison of the values
     */
    @Override
    public int compareTo(ItemId other) {
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
