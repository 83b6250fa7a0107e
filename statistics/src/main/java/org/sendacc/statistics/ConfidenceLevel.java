package org.sendacc.statistics;

/**
 * The two confidence levels public health profiles use: 95% for "better/worse" and 99.8% for "significantly
 * better/worse" (Public Health England, "Technical Guide: Confidence Intervals", and the Fingertips comparison rules).
 *
 * <p>Each level carries its two-sided standard normal quantile z, written to full double precision (the nearest
 * double to the quantile 0.975 and 0.999 respectively, checked against a 40-digit calculation) so that intervals
 * agree with other implementations far beyond any published rounding.
 */
public enum ConfidenceLevel {
    /** 95%: z is the 0.975 quantile of the standard normal distribution, 1.95996398454005423552... */
    NINETY_FIVE(1.9599639845400543),
    /** 99.8%: z is the 0.999 quantile of the standard normal distribution, 3.09023230616781354154... */
    NINETY_NINE_POINT_EIGHT(3.0902323061678136);

    private final double z;

    ConfidenceLevel(double z) {
        this.z = z;
    }

    /** The two-sided standard normal quantile for this level. */
    public double z() {
        return z;
    }
}
