package org.sendacc.statistics;

import static java.util.Objects.requireNonNull;

/**
 * Byar's approximation to the exact Poisson confidence interval for a count (Byar, unpublished, as given by Breslow
 * &amp; Day 1987, "Statistical Methods in Cancer Research, Volume II"). Public Health England's "Technical Guide:
 * Confidence Intervals" uses it for counts and crude rates because it is accurate to within a fraction of a percent of
 * the exact interval for all but the smallest counts, and needs no chi-square quantiles.
 *
 * <p>For a count x: lower {@code x(1 - 1/(9x) - z/(3 sqrt(x)))^3} (0 when x = 0), upper
 * {@code (x+1)(1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))^3}. A rate's interval is the count's interval divided by the
 * population (times the multiplier), the population being treated as fixed.
 *
 * <p>At a count of 1 and 99.8% the bracket in the lower formula is negative, giving a negative limit no count can
 * have; the lower limit is therefore floored at 0. (The PHE tools switch to the exact Poisson interval below a count of
 * 10; counts of 1-4 are suppressed here in any case, see {@link Suppression}.)
 */
public final class ByarCount {
    private ByarCount() {}

    /**
     * Byar's interval for a Poisson count.
     *
     * @throws IllegalArgumentException if the count is negative
     */
    public static Interval interval(long count, ConfidenceLevel level) {
        requireNonNull(level, "level is null");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        double z = level.z();
        double lower = 0.0;
        if (count > 0) {
            double x = count;
            double bracket = 1 - 1 / (9 * x) - z / (3 * Math.sqrt(x));
            lower = Math.max(0.0, x * bracket * bracket * bracket);
        }
        double next = count + 1.0;
        double upperBracket = 1 - 1 / (9 * next) + z / (3 * Math.sqrt(next));
        double upper = next * upperBracket * upperBracket * upperBracket;
        return new Interval(lower, upper);
    }

    /**
     * Byar's interval for the rate {@code count / population * multiplier} (for example per 10,000 children): the
     * count's interval divided by the population and multiplied by the multiplier.
     *
     * @throws IllegalArgumentException if the count is negative, or the population or multiplier is not a positive
     *     finite number
     */
    public static Interval rateInterval(long count, double population, double multiplier, ConfidenceLevel level) {
        if (!(population > 0) || Double.isInfinite(population)) {
            throw new IllegalArgumentException("population must be a positive finite number, got " + population);
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a positive finite number, got " + multiplier);
        }
        Interval countInterval = interval(count, level);
        return new Interval(
                countInterval.lower() / population * multiplier, countInterval.upper() / population * multiplier);
    }
}
