package org.sendacc.analytics.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.contract.catalogue.SeriesBreak;
import org.sendacc.contract.snapshot.TrendDirection;
import org.sendacc.contract.snapshot.TrendJudgement;
import org.sendacc.statistics.Trend;
import org.sendacc.statistics.TrendTest;

/**
 * The previous value and the chi-square test for trend over each series' latest unbroken periods: no test spans a
 * break in series (docs/snapshot.md "Breaks in series").
 */
final class Trends {
    private Trends() {}

    record Series(String indicatorId, String source, String areaCode) {}

    /**
     * The previous period's value, the trend test over the latest five periods, and whether a break in series falls in
     * that window: the 2023 move to person-level SEN2 (for indicators built on SEN2) or a boundary change of the area (a
     * new LA, or a region or ICB footprint one of whose LAs changed). A series restarts at its break: the test and the
     * previous value use only the periods from the break on, so no trend spans two series (docs/snapshot.md "Breaks").
     */
    static void withTrendsAndBreaks(List<IndicatorRow> rows, Areas areas) {
        Map<Series, List<IndicatorRow>> series = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            series.computeIfAbsent(
                            new Series(row.indicator.id(), row.source, row.areaCode), ignored -> new ArrayList<>())
                    .add(row);
        }
        for (List<IndicatorRow> points : series.values()) {
            points.sort(
                    Comparator.comparing((IndicatorRow row) -> row.periodStart).thenComparing(row -> row.period));
            List<LocalDate> breaks = new ArrayList<>();
            for (SeriesBreak declared : points.get(0).indicator.breaksInSeries()) {
                breaks.add(declared.seriesStart());
            }
            LocalDate changedOn = areas.latestChange(points.get(0).areaCode);
            if (changedOn != null) {
                breaks.add(changedOn);
            }
            for (int index = 0; index < points.size(); index++) {
                IndicatorRow row = points.get(index);
                LocalDate seriesStart = seriesStart(breaks, row.periodStart);
                int first = Math.max(0, index - TrendTest.MAXIMUM_POINTS + 1);
                row.isBreakInSeries =
                        seriesStart != null && points.get(first).periodStart.isBefore(seriesStart);
                while (seriesStart != null && points.get(first).periodStart.isBefore(seriesStart)) {
                    first++;
                }
                if (first < index) {
                    IndicatorRow previous = points.get(index - 1);
                    row.previousValue = previous.isSuppressed ? null : previous.value;
                }
                trend(row, points.subList(first, index + 1));
            }
        }
    }

    /** The latest break on or before the period's start: where the period's series began; null if none. */
    static LocalDate seriesStart(List<LocalDate> breaks, LocalDate periodStart) {
        LocalDate start = null;
        for (LocalDate change : breaks) {
            if (!change.isAfter(periodStart) && (start == null || change.isAfter(start))) {
                start = change;
            }
        }
        return start;
    }

    /**
     * The chi-square test for trend over the window's unbroken latest points: proportions for Wilson indicators, counts
     * over populations for Byar ones. An estimate (an ICB's figure shared out) is not tested: the ICB's own row is.
     */
    static void trend(IndicatorRow row, List<IndicatorRow> window) {
        List<long[]> points = new ArrayList<>();
        for (IndicatorRow point : window) {
            if (point.numerator == null || point.denominator == null) {
                points.clear(); // a gap breaks the run: test only the unbroken latest points
                continue;
            }
            points.add(new long[] {Math.round(point.numerator), Math.round(point.denominator)});
        }
        row.trendPoints = points.size();
        row.trend = TrendDirection.NOT_TESTED.token();
        row.trendJudgement = TrendJudgement.NOT_TESTED.token();
        if (row.isEstimate()) {
            return;
        }
        Trend trend;
        try {
            switch (row.indicator.ciMethod()) {
                case WILSON -> trend = TrendTest.forProportions(points);
                case BYAR -> trend = TrendTest.forCounts(points);
                default -> {
                    return;
                }
            }
        } catch (IllegalArgumentException e) {
            return; // counts the test cannot take
        }
        row.trend = trend.direction().token();
        row.trendJudgement = trend.judgement(row.indicator.polarity()).token();
        row.trendPoints = trend.pointsUsed();
    }
}
