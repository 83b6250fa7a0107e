package org.sendacc.statistics;

import java.io.Serializable;

/**
 * A confidence interval, lower and upper limits inclusive. A record so that it is a plain serialisable value Spark
 * can ship to executors; it refuses NaN limits and limits the wrong way round, which can only come from a bug.
 */
public record Interval(double lower, double upper) implements Serializable {
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            throw new IllegalArgumentException("interval limits must be numbers: (" + lower + ", " + upper + ")");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("interval lower limit " + lower + " is above its upper limit " + upper);
        }
    }

    /** Whether the value lies inside the interval, either limit counting as inside. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Whether this interval covers the other one entirely, as a 99.8% interval covers the 95% one. */
    public boolean encloses(Interval other) {
        return other.lower >= lower && other.upper <= upper;
    }
}
