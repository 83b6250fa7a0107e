package org.sendacc.rules.contract;

import java.util.Arrays;

/**
 * The identifiers seen so far in one file, to find one seen twice: an exact set of strings kept in a few primitive
 * arrays. A {@code HashSet<String>} keeps three objects per identifier (its node, the string and the string's bytes)
 * that live as long as the file: hundreds of thousands per file of a local return, which the collector must copy out
 * of the young generation and later sweep, and whose scattered nodes miss the cache on every lookup. Here the
 * characters of every identifier sit back to back in one array, and an open-addressing table (linear probing, at most
 * half full) holds each one's number; the strings the reader made can die young (see docs/performance.md).
 */
final class SeenIdentifiers {
    private char[] chars;
    private int charsUsed;
    /** Entry {@code i}'s characters are {@code chars[starts[i]] .. chars[starts[i + 1] - 1]}. */
    private int[] starts;

    private int size;
    /**
     * Each slot holds an entry's hash in its high 32 bits and its number plus one in its low 32 bits, or 0 when empty:
     * one read per probe, and the characters are compared only when the hashes agree. The length is a power of two.
     */
    private long[] slots;

    /** A set that holds about {@code expected} identifiers before it grows. */
    SeenIdentifiers(int expected) {
        int capacity = Math.max(16, expected);
        slots = new long[Integer.highestOneBit(capacity * 2 - 1) << 1];
        starts = new int[capacity + 1];
        chars = new char[capacity * 8];
    }

    int size() {
        return size;
    }

    /** Adds the identifier; false when it was there already. */
    boolean add(String id) {
        int hash = spread(id.hashCode());
        int mask = slots.length - 1;
        int slot = hash & mask;
        for (long taken = slots[slot]; taken != 0; taken = slots[slot]) {
            if ((int) (taken >>> 32) == hash && sameAs((int) taken - 1, id)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        append(id);
        slots[slot] = ((long) hash << 32) | size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return true;
    }

    private boolean sameAs(int entry, String id) {
        int start = starts[entry];
        int length = starts[entry + 1] - start;
        if (length != id.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void append(String id) {
        if (size + 1 == starts.length) {
            starts = Arrays.copyOf(starts, size * 2 + 1);
        }
        int needed = charsUsed + id.length();
        if (needed > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(needed, chars.length * 2));
        }
        id.getChars(0, id.length(), chars, charsUsed);
        charsUsed = needed;
        size++;
        starts[size] = charsUsed;
    }

    private void rehash() {
        long[] grown = new long[slots.length * 2];
        int mask = grown.length - 1;
        for (long taken : slots) {
            if (taken != 0) {
                int slot = (int) (taken >>> 32) & mask;
                while (grown[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                grown[slot] = taken;
            }
        }
        slots = grown;
    }

    /** Mixes the string's hash so that identifiers differing only in their last characters spread over the table. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
