package io.github.circularj.io;

import java.nio.charset.StandardCharsets;

/**
 * One reader's recently made short texts, so that a text the decoder expects to repeat from line to line (a
 * brand, a model, a source site, an inspector, an erasure tool and its version) becomes one {@code String} shared
 * by every value that keeps it, not one per line. With the item id an item's events now share with it, this takes
 * about 330 bytes per item off a ledger read from the synthetic pilot's files (an eighth of its heap), at no
 * measurable cost to the read.
 *
 * <p>A table of {@value #SLOTS} slots indexed by a hash of the bytes; a slot holds the last text that hashed to it,
 * so a text not seen for a while is made again: the cache never grows and never changes a value (an equal text
 * is returned, never a different one). Texts longer than {@value #MAX_LENGTH} bytes are made each time: long
 * texts rarely repeat. Ids and references, which do not repeat, are not put through it. Belongs to one reader
 * and so to one thread; the texts it holds are those of the lines the reader has just read, and go with it.
 */
final class TextCache {

    /** The number of slots (a power of two). */
    static final int SLOTS = 1 << 9;
    /** The longest text kept, in bytes. */
    static final int MAX_LENGTH = 40;

    private final String[] slots = new String[SLOTS];

    /**
     * The text of {@code length} bytes of {@code bytes} from {@code start}, decoded as ISO-8859-1 (each byte one
     * character, which for the printable ASCII of a plain line is also its UTF-8): an equal text made before if
     * the slot still holds it, else a new one, which the slot then holds.
     */
    String text(byte[] bytes, int start, int length) {
        if (length > MAX_LENGTH) {
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        int hash = 0;
        for (int i = start, stop = start + length; i < stop; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ (hash >>> 9)) & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && holds(known, bytes, start, length)) {
            return known;
        }
        String made = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        slots[slot] = made;
        return made;
    }

    /** Whether {@code text} is the ISO-8859-1 decoding of the {@code length} bytes from {@code start}. */
    private static boolean holds(String text, byte[] bytes, int start, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (text.charAt(k) != (bytes[start + k] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
