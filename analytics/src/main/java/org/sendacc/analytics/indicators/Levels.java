package org.sendacc.analytics.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendacc.analytics.areas.Area;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.areas.IcbShare;
import org.sendacc.analytics.recipe.BaseRow;
import org.sendacc.contract.snapshot.AreaLevel;

/**
 * The levels a source lacks: an ICB footprint, region and England added up from their LAs, and a row for every
 * current LA and period, with a reason where the source has none (the first pass of {@link IndicatorTable#build}).
 */
final class Levels {
    private Levels() {}

    record SeriesPeriod(String indicatorId, String source, BaseRow.Period period) {}

    record SeriesLevel(String indicatorId, String source, AreaLevel level) {}

    /**
     * Adds the levels a source lacks, from its LA rows: an ICB footprint sums its LAs weighted by each LA's share of
     * 0-25 population in the ICB (flagged apportioned where an LA straddles ICBs), a region and England sum their LAs.
     */
    static List<BaseRow> withAggregates(List<BaseRow> base, Areas areas) {
        Set<SeriesLevel> present = new HashSet<>();
        base.forEach(row -> present.add(new SeriesLevel(row.indicatorId(), row.source(), row.level())));
        Map<SeriesPeriod, Map<String, Sum>> icbs = new LinkedHashMap<>();
        Map<SeriesPeriod, Map<String, Sum>> regions = new LinkedHashMap<>();
        Map<SeriesPeriod, Sum> england = new LinkedHashMap<>();
        for (BaseRow row : base) {
            if (row.level() != AreaLevel.LA || row.numerator() == null || row.denominator() == null) {
                continue;
            }
            SeriesPeriod key = new SeriesPeriod(row.indicatorId(), row.source(), row.period());
            for (IcbShare share : areas.sharesOf(row.areaCode())) {
                icbs.computeIfAbsent(key, ignored -> new LinkedHashMap<>())
                        .computeIfAbsent(share.icbCode(), ignored -> new Sum())
                        .add(
                                row.numerator() * share.shareOfLa(),
                                row.denominator() * share.shareOfLa(),
                                share.shareOfLa() < 1.0 || row.isApportioned());
            }
            areas.area(row.areaCode())
                    .ifPresent(area -> regions.computeIfAbsent(key, ignored -> new LinkedHashMap<>())
                            .computeIfAbsent(area.regionCode(), ignored -> new Sum())
                            .add(row.numerator(), row.denominator(), row.isApportioned()));
            england.computeIfAbsent(key, ignored -> new Sum())
                    .add(row.numerator(), row.denominator(), row.isApportioned());
        }
        List<BaseRow> rows = new ArrayList<>(base);
        addMissingLevel(rows, present, AreaLevel.ICB, icbs);
        addMissingLevel(rows, present, AreaLevel.REGION, regions);
        Map<SeriesPeriod, Map<String, Sum>> englandByCode = new LinkedHashMap<>();
        england.forEach((key, sum) -> englandByCode.put(key, Map.of(AreaLevel.ENGLAND_CODE, sum)));
        addMissingLevel(rows, present, AreaLevel.ENGLAND, englandByCode);
        return rows;
    }

    static void addMissingLevel(
            List<BaseRow> rows, Set<SeriesLevel> present, AreaLevel level, Map<SeriesPeriod, Map<String, Sum>> sums) {
        sums.forEach((key, byArea) -> {
            if (!present.contains(new SeriesLevel(key.indicatorId(), key.source(), level))) {
                byArea.forEach((code, sum) -> rows.add(new BaseRow(
                        key.indicatorId(),
                        key.source(),
                        code,
                        level,
                        key.period(),
                        sum.numerator,
                        sum.denominator,
                        sum.isApportioned,
                        null)));
            }
        });
    }

    /** A running sum of numerators and denominators, apportioned when any part was. */
    static final class Sum {
        double numerator;
        double denominator;
        boolean isApportioned;

        void add(double numerator, double denominator, boolean isApportioned) {
            this.numerator += numerator;
            this.denominator += denominator;
            this.isApportioned |= isApportioned;
        }
    }

    /** Every current LA gets a row for every period of every series, with a reason where the source has none. */
    static void withEveryCurrentLa(List<IndicatorRow> rows, Areas areas) {
        Set<Benchmarks.AreaSeriesPeriod> has = new HashSet<>();
        Map<String, IndicatorRow> periods = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            has.add(new Benchmarks.AreaSeriesPeriod(row.indicator.id(), row.source, row.period, row.areaCode));
            periods.putIfAbsent(
                    String.join("\u0000", row.indicator.id(), row.source, row.period, row.periodLabel) + "\u0000"
                            + row.periodStart,
                    row);
        }
        List<IndicatorRow> missing = new ArrayList<>();
        for (IndicatorRow period : periods.values()) {
            for (Area la : areas.currentLas()) {
                boolean existed = la.validFrom() == null || la.validFrom().getYear() <= period.periodStart.getYear();
                if (existed
                        && !has.contains(new Benchmarks.AreaSeriesPeriod(
                                period.indicator.id(), period.source, period.period, la.code()))) {
                    missing.add(new IndicatorRow(
                            period.indicator,
                            period.source,
                            la.code(),
                            AreaLevel.LA,
                            period.period,
                            period.periodLabel,
                            period.periodStart,
                            null,
                            null,
                            false,
                            IndicatorTable.NOT_IN_SOURCE));
                }
            }
        }
        rows.addAll(missing);
    }
}
