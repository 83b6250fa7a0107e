package org.sendacc.statistics;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.snapshot.TrendDirection;
import org.sendacc.contract.snapshot.TrendJudgement;

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
public record Trend(TrendDirection direction, Double statistic, int pointsUsed) implements Serializable {
    public Trend {
        requireNonNull(direction, "direction is null");
        if (pointsUsed < 0) {
            throw new IllegalArgumentException("points used must not be negative, got " + pointsUsed);
        }
        if ((direction.isSignificant() || direction == TrendDirection.NO_SIGNIFICANT_CHANGE) && statistic == null) {
            throw new IllegalArgumentException("a " + direction + " trend needs its statistic");
        }
        if (statistic != null && !(statistic >= 0)) {
            throw new IllegalArgumentException("a chi-square statistic is never negative, got " + statistic);
        }
    }

    /**
     * The trend judged by the indicator's polarity: getting better or worse, no significant change, no judgement (a
     * significant change in an indicator with no polarity) or not enough data.
     */
    public TrendJudgement judgement(Polarity polarity) {
        requireNonNull(polarity, "polarity is null");
        return switch (direction) {
            case NOT_ENOUGH_DATA -> TrendJudgement.NOT_ENOUGH_DATA;
            case NO_SIGNIFICANT_CHANGE -> TrendJudgement.NO_SIGNIFICANT_CHANGE;
            case NOT_TESTED -> TrendJudgement.NOT_TESTED;
            case INCREASING, DECREASING -> {
                if (polarity == Polarity.NO_JUDGEMENT) {
                    yield TrendJudgement.NO_JUDGEMENT;
                }
                boolean increasing = direction == TrendDirection.INCREASING;
                boolean higherIsBetter = polarity == Polarity.HIGHER_IS_BETTER;
                yield increasing == higherIsBetter ? TrendJudgement.GETTING_BETTER : TrendJudgement.GETTING_WORSE;
            }
        };
    }
}
