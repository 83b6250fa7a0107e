package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;

/**
 * Derives an independent random stream for one area (and purpose, year, replicate...) from the run seed.
 *
 * <p>Every stream is a pure function of the seed and its labels, never of the order in which areas are generated,
 * so adding an area, skipping a return or changing {@code --from} leaves every other area's figures unchanged. The
 * label hash is our own 64-bit FNV-1a (not {@link String#hashCode()}) and the mixing is SplitMix64, both fixed
 * algorithms, so the streams are the same on every JVM.
 */
final class AreaRandom {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private AreaRandom() {}

    /** A stream for the area and purpose, further keyed by any number of indexes (year, replicate, month...). */
    static SplittableRandom of(long seed, String areaCode, String purpose, long... indexes) {
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(purpose, "purpose is null");
        requireNonNull(indexes, "indexes is null");
        return new SplittableRandom(key(seed, areaCode, purpose, indexes));
    }

    /** The 64-bit key behind {@link #of}, also used to salt pseudonymous identifiers. */
    static long key(long seed, String areaCode, String purpose, long... indexes) {
        long state = mix(seed ^ mix(hash(areaCode) + GOLDEN_GAMMA));
        state = mix(state ^ mix(hash(purpose) + 2 * GOLDEN_GAMMA));
        for (long index : indexes) {
            state = mix(state ^ mix(index + 3 * GOLDEN_GAMMA));
        }
        return state;
    }

    static long hash(String text) {
        long hash = FNV_OFFSET;
        for (int position = 0; position < text.length(); position++) {
            hash ^= text.charAt(position);
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** The SplitMix64 finaliser: a bijection on 64-bit values. */
    static long mix(long value) {
        long mixed = value;
        mixed = (mixed ^ (mixed >>> 30)) * 0xbf58476d1ce4e5b9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94d049bb133111ebL;
        return mixed ^ (mixed >>> 31);
    }
}
