package org.sendacc.statistics;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.sendacc.contract.catalogue.Polarity;

/**
 * The result of the chi-square test for trend over an indicator's latest periods (see {@link TrendTest}): the
 * direction, the test statistic (absent when there was too little data to test) and how many periods were used. A
 * record so that Spark can ship it; {@link #judgement} turns the direction into the profiles' "getting better/worse"
 * by the indicator's polarity.
 *
 * @param direction the direction of a significant trend, no significant change, or not enough data
 * @param statistic the chi-square statistic for trend (1 degree of freedom), or null when not enough data
 * @param pointsUsed the number of periods the test used (at most five, the latest)
 */
public record Trend(Direction direction, Double statistic, int pointsUsed) implements Serializable {
    /** What the test found. */
    public enum Direction {
        INCREASING,
        DECREASING,
        NO_SIGNIFICANT_CHANGE,
        /** Fewer than three periods, or no variation to test (for example a proportion of 0 throughout). */
        NOT_ENOUGH_DATA
    }

    public Trend {
        requireNonNull(direction, "direction is null");
        if (pointsUsed < 0) {
            throw new IllegalArgumentException("points used must not be negative, got " + pointsUsed);
        }
        if (direction != Direction.NOT_ENOUGH_DATA && statistic == null) {
            throw new IllegalArgumentException("a " + direction + " trend needs its statistic");
        }
        if (statistic != null && !(statistic >= 0)) {
            throw new IllegalArgumentException("a chi-square statistic is never negative, got " + statistic);
        }
    }

    /**
     * The trend judged by the indicator's polarity: {@code getting_better}, {@code getting_worse},
     * {@code no_significant_change}, {@code no_judgement} (a significant change in an indicator with no polarity) or
     * {@code not_enough_data}.
     */
    public String judgement(Polarity polarity) {
        requireNonNull(polarity, "polarity is null");
        switch (direction) {
            case NOT_ENOUGH_DATA:
                return "not_enough_data";
            case NO_SIGNIFICANT_CHANGE:
                return "no_significant_change";
            case INCREASING:
            case DECREASING:
                if (polarity == Polarity.NO_JUDGEMENT) {
                    return "no_judgement";
                }
                boolean increasing = direction == Direction.INCREASING;
                boolean higherIsBetter = polarity == Polarity.HIGHER_IS_BETTER;
                return increasing == higherIsBetter ? "getting_better" : "getting_worse";
            default:
                throw new IllegalStateException("unhandled direction " + direction);
        }
    }
}
