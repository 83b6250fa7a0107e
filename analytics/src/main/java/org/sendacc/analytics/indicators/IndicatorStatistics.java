package org.sendacc.analytics.indicators;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sendacc.analytics.statistics.ByarCount;
import org.sendacc.analytics.statistics.Comparisons;
import org.sendacc.analytics.statistics.ConfidenceLevel;
import org.sendacc.analytics.statistics.Interval;
import org.sendacc.analytics.statistics.Polarity;
import org.sendacc.analytics.statistics.Trend;
import org.sendacc.analytics.statistics.TrendTest;
import org.sendacc.analytics.statistics.WilsonScore;

/** The statistics library, wrapped as Spark UDFs: confidence intervals, comparisons and the trend test. */
final class IndicatorStatistics {
    static final StructType INTERVALS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("lower_ci95", DataTypes.DoubleType, true),
            DataTypes.createStructField("upper_ci95", DataTypes.DoubleType, true),
            DataTypes.createStructField("lower_ci998", DataTypes.DoubleType, true),
            DataTypes.createStructField("upper_ci998", DataTypes.DoubleType, true)));

    static final StructType TREND = DataTypes.createStructType(List.of(
            DataTypes.createStructField("direction", DataTypes.StringType, false),
            DataTypes.createStructField("judgement", DataTypes.StringType, false),
            DataTypes.createStructField("statistic", DataTypes.DoubleType, true),
            DataTypes.createStructField("points", DataTypes.IntegerType, false)));

    private IndicatorStatistics() {}

    /**
     * (ci_method, unit, numerator, denominator, multiplier) -> the 95% and 99.8% intervals on the value's scale.
     * Counts are rounded to whole numbers first (an apportioned count can be fractional).
     */
    static final UDF5<String, String, Double, Double, Double, Row> CONFIDENCE_INTERVALS =
            (method, unit, numerator, denominator, multiplier) -> {
                if (numerator == null || method.equals("none")) {
                    return null;
                }
                long count = Math.round(numerator);
                if (method.equals("byar") && unit.equals("count")) {
                    return intervals(
                            ByarCount.interval(count, ConfidenceLevel.NINETY_FIVE),
                            ByarCount.interval(count, ConfidenceLevel.NINETY_NINE_POINT_EIGHT),
                            1);
                }
                if (denominator == null || denominator <= 0) {
                    return null;
                }
                if (method.equals("byar")) {
                    return intervals(
                            ByarCount.rateInterval(count, denominator, multiplier, ConfidenceLevel.NINETY_FIVE),
                            ByarCount.rateInterval(
                                    count, denominator, multiplier, ConfidenceLevel.NINETY_NINE_POINT_EIGHT),
                            1);
                }
                long trials = Math.round(denominator);
                if (count < 0 || count > trials || trials == 0) {
                    return null;
                }
                return intervals(
                        WilsonScore.interval(count, trials, ConfidenceLevel.NINETY_FIVE),
                        WilsonScore.interval(count, trials, ConfidenceLevel.NINETY_NINE_POINT_EIGHT),
                        multiplier);
            };

    private static Row intervals(Interval ci95, Interval ci998, double scale) {
        return RowFactory.create(
                ci95.lower() * scale, ci95.upper() * scale, ci998.lower() * scale, ci998.upper() * scale);
    }

    /** (value, lower95, upper95, lower998, upper998, benchmark, polarity) -> the comparison's token. */
    static final UDF7<Double, Double, Double, Double, Double, Double, String, String> COMPARISON =
            (value, lower95, upper95, lower998, upper998, benchmark, polarity) -> Comparisons.compareOrNotCompared(
                            value,
                            lower95 == null || upper95 == null ? null : new Interval(lower95, upper95),
                            lower998 == null || upper998 == null ? null : new Interval(lower998, upper998),
                            benchmark,
                            Polarity.fromCatalogue(polarity))
                    .token();

    /**
     * (ci_method, polarity, points) -> the chi-square test for trend over the points (struct of numerator and
     * denominator, oldest first): proportions for Wilson indicators, counts over populations for Byar ones.
     */
    static final UDF3<String, String, scala.collection.Seq<Row>, Row> TREND_TEST = (method, polarity, points) -> {
        List<long[]> series = new ArrayList<>();
        scala.collection.Iterator<Row> iterator = points.iterator();
        while (iterator.hasNext()) {
            Row point = iterator.next();
            if (point.isNullAt(0) || point.isNullAt(1)) {
                series.clear(); // a gap breaks the run: test only the unbroken latest points
                continue;
            }
            series.add(new long[] {Math.round(point.getDouble(0)), Math.round(point.getDouble(1))});
        }
        Trend trend;
        try {
            if (method.equals("wilson")) {
                trend = TrendTest.forProportions(series);
            } else if (method.equals("byar")) {
                trend = TrendTest.forCounts(series);
            } else {
                return RowFactory.create("not_tested", "not_tested", null, series.size());
            }
        } catch (IllegalArgumentException e) {
            return RowFactory.create("not_tested", "not_tested", null, series.size()); // counts the test cannot take
        }
        return RowFactory.create(
                trend.direction().name().toLowerCase(java.util.Locale.ROOT),
                trend.judgement(Polarity.fromCatalogue(polarity)),
                trend.statistic(),
                trend.pointsUsed());
    };
}
