package org.sendacc.statistics;

import static java.util.Objects.requireNonNull;

/**
 * The Wilson score interval for a proportion (Wilson 1927, "Probable inference, the law of succession, and
 * statistical inference"; recommended by Newcombe 1998, "Two-sided confidence intervals for the single proportion").
 * Public Health England's "Technical Guide: Confidence Intervals" prescribes it for every proportion on Fingertips
 * because, unlike the normal approximation, it stays inside 0..1 and behaves for small counts and extreme
 * proportions, which local-area SEND figures often are.
 *
 * <p>For x successes out of n trials: {@code (2x + z^2 +/- z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2))}.
 */
public final class WilsonScore {
    private WilsonScore() {}

    /**
     * The Wilson score interval for {@code successes} out of {@code trials}, as a proportion between 0 and 1.
     *
     * @throws IllegalArgumentException if successes is negative, trials is not positive, or successes exceeds trials
     */
    public static Interval interval(long successes, long trials, ConfidenceLevel level) {
        requireNonNull(level, "level is null");
        if (trials <= 0) {
            throw new IllegalArgumentException("trials must be positive for a proportion, got " + trials);
        }
        if (successes < 0) {
            throw new IllegalArgumentException("successes must not be negative, got " + successes);
        }
        if (successes > trials) {
            throw new IllegalArgumentException("successes (" + successes + ") must not exceed trials (" + trials + ")");
        }
        double x = successes;
        double n = trials;
        double z = level.z();
        double zSquared = z * z;
        double centre = 2 * x + zSquared;
        double halfWidth = z * Math.sqrt(zSquared + 4 * x * (1 - x / n));
        double denominator = 2 * (n + zSquared);
        // At x = 0 (and x = n) the formula's limit is exactly 0 (and 1), but z * sqrt(z^2) need not round back to
        // z^2; pin the exact values and keep rounding from stepping outside 0..1.
        double lower = successes == 0 ? 0.0 : Math.max(0.0, (centre - halfWidth) / denominator);
        double upper = successes == trials ? 1.0 : Math.min(1.0, (centre + halfWidth) / denominator);
        return new Interval(lower, upper);
    }
}
