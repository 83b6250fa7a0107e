package org.sendacc.statistics;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sendacc.contract.snapshot.TrendDirection;

/**
 * The chi-square test for trend over an indicator's latest five periods, at 99.8% (docs/snapshot.md "Statistics"), as
 * public health profiles report recent trends (Public Health England, Fingertips "recent trend").
 *
 * <p>For proportions it is the Cochran-Armitage test (Cochran 1954; Armitage 1955; see Armitage, Berry &amp; Matthews,
 * "Statistical Methods in Medical Research") with scores 1..k for the periods in order: with x successes of n in each
 * period, N = sum n and p = sum x / N,
 * {@code X2 = [sum t (x - n p)]^2 / [p(1 - p) (sum n t^2 - (sum n t)^2 / N)]}.
 *
 * <p>For counts of events in a population it is the Poisson version of the same test (Breslow &amp; Day 1987): with
 * observed O and population n in each period and expected {@code E = n sum O / sum n},
 * {@code X2 = [sum t (O - E)]^2 / [sum t^2 E - (sum t E)^2 / sum E]}.
 *
 * <p>Either statistic has one degree of freedom; the trend is significant when X2 reaches the chi-square critical
 * value at p = 0.002, which is the square of the normal quantile 0.999 (9.549535706...). Fewer than three periods, or
 * no variation at all, is reported as not enough data rather than as no change.
 */
public final class TrendTest {
    /** The most recent periods the test looks at. */
    public static final int MAXIMUM_POINTS = 5;

    /** The fewest periods worth testing. */
    public static final int MINIMUM_POINTS = 3;

    /** The chi-square (1 degree of freedom) critical value at p = 0.002: z(0.999) squared. */
    public static final double CRITICAL_VALUE_99_8 =
            ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z() * ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z();

    private TrendTest() {}

    /**
     * The Cochran-Armitage test for trend in a proportion over the latest five periods.
     *
     * @param successesAndTrials one {@code {successes, trials}} pair per period, oldest first
     * @throws IllegalArgumentException if a pair is not two numbers, or has negative successes, non-positive trials or
     *     more successes than trials
     */
    public static Trend forProportions(List<long[]> successesAndTrials) {
        List<long[]> latest = latest(successesAndTrials, "successesAndTrials");
        for (long[] pair : latest) {
            if (pair[1] <= 0) {
                throw new IllegalArgumentException("trials must be positive, got " + pair[1]);
            }
            if (pair[0] < 0 || pair[0] > pair[1]) {
                throw new IllegalArgumentException(
                        "successes must be between 0 and trials (" + pair[1] + "), got " + pair[0]);
            }
        }
        int points = latest.size();
        if (points < MINIMUM_POINTS) {
            return new Trend(TrendDirection.NOT_ENOUGH_DATA, null, points);
        }
        double totalSuccesses = 0;
        double totalTrials = 0;
        for (long[] pair : latest) {
            totalSuccesses += pair[0];
            totalTrials += pair[1];
        }
        double overall = totalSuccesses / totalTrials;
        double scoredDeviation = 0;
        double sumTrialsScore = 0;
        double sumTrialsScoreSquared = 0;
        for (int index = 0; index < points; index++) {
            double score = index + 1;
            double successes = latest.get(index)[0];
            double trials = latest.get(index)[1];
            scoredDeviation += score * (successes - trials * overall);
            sumTrialsScore += trials * score;
            sumTrialsScoreSquared += trials * score * score;
        }
        double variance =
                overall * (1 - overall) * (sumTrialsScoreSquared - sumTrialsScore * sumTrialsScore / totalTrials);
        return decide(scoredDeviation, variance, points);
    }

    /**
     * The chi-square test for trend in a Poisson count (or the rate built on it) over the latest five periods.
     *
     * @param countsAndPopulations one {@code {count, population}} pair per period, oldest first
     * @throws IllegalArgumentException if a pair is not two numbers, or has a negative count or non-positive
     *     population
     */
    public static Trend forCounts(List<long[]> countsAndPopulations) {
        List<long[]> latest = latest(countsAndPopulations, "countsAndPopulations");
        for (long[] pair : latest) {
            if (pair[0] < 0) {
                throw new IllegalArgumentException("counts must not be negative, got " + pair[0]);
            }
            if (pair[1] <= 0) {
                throw new IllegalArgumentException("populations must be positive, got " + pair[1]);
            }
        }
        int points = latest.size();
        if (points < MINIMUM_POINTS) {
            return new Trend(TrendDirection.NOT_ENOUGH_DATA, null, points);
        }
        double totalObserved = 0;
        double totalPopulation = 0;
        for (long[] pair : latest) {
            totalObserved += pair[0];
            totalPopulation += pair[1];
        }
        double scoredDeviation = 0;
        double sumScoreSquaredExpected = 0;
        double sumScoreExpected = 0;
        double sumExpected = 0;
        for (int index = 0; index < points; index++) {
            double score = index + 1;
            double observed = latest.get(index)[0];
            double expected = latest.get(index)[1] * totalObserved / totalPopulation;
            scoredDeviation += score * (observed - expected);
            sumScoreSquaredExpected += score * score * expected;
            sumScoreExpected += score * expected;
            sumExpected += expected;
        }
        if (!(sumExpected > 0)) {
            return new Trend(TrendDirection.NOT_ENOUGH_DATA, null, points);
        }
        double variance = sumScoreSquaredExpected - sumScoreExpected * sumScoreExpected / sumExpected;
        return decide(scoredDeviation, variance, points);
    }

    private static Trend decide(double scoredDeviation, double variance, int points) {
        if (!(variance > 0)) {
            return new Trend(TrendDirection.NOT_ENOUGH_DATA, null, points);
        }
        double statistic = scoredDeviation * scoredDeviation / variance;
        if (statistic < CRITICAL_VALUE_99_8) {
            return new Trend(TrendDirection.NO_SIGNIFICANT_CHANGE, statistic, points);
        }
        TrendDirection direction = scoredDeviation > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING;
        return new Trend(direction, statistic, points);
    }

    private static List<long[]> latest(List<long[]> series, String name) {
        requireNonNull(series, name + " is null");
        for (long[] pair : series) {
            requireNonNull(pair, name + " holds a null period");
            if (pair.length != 2) {
                throw new IllegalArgumentException(
                        name + " must hold pairs of two numbers per period, got " + pair.length);
            }
        }
        return series.subList(Math.max(0, series.size() - MAXIMUM_POINTS), series.size());
    }
}
