package io.github.circularj.io;

/**
 * A set of 64-bit hashes in one open-addressed array: 8 to 16 bytes per element, no boxing. Zero is kept
 * apart. Not thread-safe.
 */
final class LongHashSet {

    private long[] slots = new long[1 << 10];
    private int size;
    private boolean zero;

    /** Adds a value; returns false if it was there already. */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !zero;
            zero = true;
            return added;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (value ^ (value >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }

    /** A 64-bit hash of a text: FNV-1a over its chars, then the SplitMix64 finaliser. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
