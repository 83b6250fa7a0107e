package org.sendacc.statistics;

/**
 * The primary small-count disclosure rule (docs/snapshot.md "Disclosure"): counts of 1 to 4, and rates and proportions built on
 * them, are withheld from public outputs because so few children could be identified locally. A zero discloses
 * nothing about any individual and is published; a missing count is not a small count. Suppressed values are shown as
 * {@value #SUPPRESSED_SYMBOL}, never as 0 or blank. Secondary suppression (cells recoverable by subtraction from a
 * total) needs the whole table and is not decided here.
 */
public final class Suppression {
    /** The smallest count that is withheld. */
    public static final long SMALLEST_DISCLOSIVE_COUNT = 1;

    /** The largest count that is withheld. */
    public static final long LARGEST_DISCLOSIVE_COUNT = 4;

    /** How a suppressed value is shown. */
    public static final String SUPPRESSED_SYMBOL = "c";

    private Suppression() {}

    /**
     * Whether the count must be withheld: true for 1 to 4, false for 0, 5 and above, and null.
     *
     * @throws IllegalArgumentException for a negative count, which no source can legitimately hold
     */
    public static boolean isDisclosive(Long count) {
        if (count == null) {
            return false;
        }
        if (count < 0) {
            throw new IllegalArgumentException("a count must not be negative, got " + count);
        }
        return count >= SMALLEST_DISCLOSIVE_COUNT && count <= LARGEST_DISCLOSIVE_COUNT;
    }
}
