package org.sendacc.analytics.indicators;

import org.sendacc.contract.catalogue.CiMethod;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.statistics.ByarCount;
import org.sendacc.statistics.ConfidenceLevel;
import org.sendacc.statistics.Interval;
import org.sendacc.statistics.WilsonScore;

/**
 * Each row's value on its unit's scale and its 95% and 99.8% intervals: Wilson for proportions, Byar for counts
 * and rates, the publisher's own where it gives them (docs/snapshot.md "Statistics").
 */
final class ValuesAndIntervals {
    private ValuesAndIntervals() {}

    /**
     * An ICB footprint adds up its LAs' counts, and an LA that straddles two ICBs adds its population share of them to
     * each: the footprint's count of children is then rounded to a whole number, before its value and interval are
     * computed from it (docs/snapshot.md "Estimates"). Counts without an interval (FTE, pounds) are not counts of
     * children and keep their fractions.
     */
    static void wholeCounts(IndicatorRow row) {
        if (row.level != AreaLevel.ICB || !row.isApportioned || row.indicator.ciMethod() == CiMethod.NONE) {
            return;
        }
        if (row.numerator != null) {
            row.numerator = (double) Math.round(row.numerator);
        }
        if (row.denominator != null) {
            row.denominator = (double) Math.round(row.denominator);
        }
    }

    static Double value(IndicatorRow row) {
        if (row.publishedValue != null) {
            return row.publishedValue; // as published, with no counts behind it
        }
        if (row.indicator.unit() == Unit.COUNT) {
            return row.numerator;
        }
        if (row.numerator != null && row.denominator != null && row.denominator > 0) {
            return row.numerator / row.denominator * row.indicator.multiplier();
        }
        return null;
    }

    /** The 95% and 99.8% intervals on the value's scale; counts are rounded to whole numbers first. */
    static void intervals(IndicatorRow row) {
        CiMethod method = row.indicator.ciMethod();
        if (method == CiMethod.PUBLISHED) {
            publishedIntervals(row);
            return;
        }
        if (row.value == null || row.numerator == null || method == CiMethod.NONE || row.isEstimate()) {
            return;
        }
        long count = Math.round(row.numerator);
        double multiplier = row.indicator.multiplier();
        Interval ci95;
        Interval ci998;
        double scale = 1;
        if (method == CiMethod.BYAR && row.indicator.unit() == Unit.COUNT) {
            ci95 = ByarCount.interval(count, ConfidenceLevel.NINETY_FIVE);
            ci998 = ByarCount.interval(count, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        } else if (row.denominator == null || row.denominator <= 0) {
            return;
        } else if (method == CiMethod.BYAR) {
            ci95 = ByarCount.rateInterval(count, row.denominator, multiplier, ConfidenceLevel.NINETY_FIVE);
            ci998 = ByarCount.rateInterval(count, row.denominator, multiplier, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        } else {
            long trials = Math.round(row.denominator);
            if (count < 0 || count > trials || trials == 0) {
                return;
            }
            ci95 = WilsonScore.interval(count, trials, ConfidenceLevel.NINETY_FIVE);
            ci998 = WilsonScore.interval(count, trials, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
            scale = multiplier;
        }
        row.lowerCi95 = ci95.lower() * scale;
        row.upperCi95 = ci95.upper() * scale;
        row.lowerCi998 = ci998.lower() * scale;
        row.upperCi998 = ci998.upper() * scale;
    }

    /** z for a two-sided 95% and 99.8% normal interval. */
    static final double Z95 = 1.959964;

    static final double Z998 = 3.090232;

    /**
     * The publisher's 95% interval as it gave it (read with the row), and the 99.8% interval widened from it as a
     * normal interval about the value: DfE's Progress 8 limits are the score plus and minus 1.96 standard errors, so the
     * standard error is the half-width over 1.96. Each side keeps its own half-width (DfE rounds the limits to two
     * places, so the sides can differ by 0.01). Without both limits, or a value, there is no interval.
     */
    static void publishedIntervals(IndicatorRow row) {
        if (row.value == null || row.lowerCi95 == null || row.upperCi95 == null || row.lowerCi95 > row.upperCi95) {
            row.lowerCi95 = null;
            row.upperCi95 = null;
            return;
        }
        double below = Math.max(0, row.value - row.lowerCi95);
        double above = Math.max(0, row.upperCi95 - row.value);
        row.lowerCi95 = row.value - below;
        row.upperCi95 = row.value + above;
        row.lowerCi998 = row.value - below * Z998 / Z95;
        row.upperCi998 = row.value + above * Z998 / Z95;
    }
}
