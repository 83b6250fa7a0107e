package org.sendacc.sample;

/**
 * Pseudonymous record tokens: hash-like, meaningless outside the file, and never repeated within it.
 *
 * <p>Each token is a bijection of a counter: the counter is XORed with a key derived from the seed and the area,
 * then mixed with SplitMix64 (a bijection on 64-bit values) and written in base 32. Distinct counters therefore give
 * distinct tokens, without keeping a set of the tokens already issued.
 */
final class PseudonymousIds {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int TOKEN_LENGTH = 13;

    private final long key;

    PseudonymousIds(long seed, String areaCode, String purpose) {
        this.key = AreaRandom.key(seed, areaCode, "ids:" + purpose);
    }

    /**
     * The token for a counter made of fields that are unique together within one file.
     *
     * @param year 0..4095 (a calendar year)
     * @param stream 0..255 (a service or census index)
     * @param replicate 0..4095 (the scale replicate)
     * @param sequence 0..2^28-1 (the running number within year, stream and replicate)
     */
    String token(int year, int stream, int replicate, int sequence) {
        checkRange("year", year, 4095);
        checkRange("stream", stream, 255);
        checkRange("replicate", replicate, 4095);
        checkRange("sequence", sequence, (1 << 28) - 1);
        long counter = ((long) year << 52) | ((long) stream << 44) | ((long) replicate << 32) | ((long) sequence << 4);
        return encode(AreaRandom.mix(counter ^ key));
    }

    private static void checkRange(String what, int value, int largest) {
        if (value < 0 || value > largest) {
            throw new IllegalArgumentException(what + " " + value + " is outside 0.." + largest);
        }
    }

    private static String encode(long value) {
        char[] characters = new char[TOKEN_LENGTH];
        long remaining = value;
        for (int position = TOKEN_LENGTH - 1; position >= 0; position--) {
            characters[position] = ALPHABET[(int) (remaining & 31)];
            remaining >>>= 5;
        }
        return new String(characters);
    }
}
