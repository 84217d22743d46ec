package io.github.circularj.model.product;

import java.util.Objects;

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
        Objects.requireNonNull(value, "itemId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("itemId \"" + value + "\" is blank; an item id has at least one visible character");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("itemId \"" + value + "\" has " + value.length()
                    + " characters; an item id has at most " + MAX_LENGTH);
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException("itemId \"" + value
                    + "\" has leading or trailing whitespace; an item id is not trimmed, so remove it");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("itemId \"" + value + "\" has a control character at position "
                        + (i + 1) + "; an item id is printable");
            }
        }
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
