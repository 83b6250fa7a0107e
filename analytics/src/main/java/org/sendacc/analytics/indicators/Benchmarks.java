package org.sendacc.analytics.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.statistics.Comparisons;
import org.sendacc.statistics.Interval;

/**
 * Each row's England, region, ICB footprint and statistical neighbours' values, and its comparison with each, at the
 * level where it was measured (docs/snapshot.md "Comparisons").
 */
final class Benchmarks {
    private Benchmarks() {}

    record AreaSeriesPeriod(String indicatorId, String source, String period, String areaCode) {}

    static void withBenchmarks(List<IndicatorRow> rows, Areas areas) {
        Map<AreaSeriesPeriod, Double> values = new HashMap<>();
        Map<AreaSeriesPeriod, List<IndicatorRow>> laCounts = new HashMap<>();
        for (IndicatorRow row : rows) {
            AreaSeriesPeriod key = new AreaSeriesPeriod(row.indicator.id(), row.source, row.period, row.areaCode);
            // A withheld figure is no benchmark: a region's value beside each of its LAs would publish what the
            // region's row withholds, and a withheld LA in its neighbours' pooled rate could be worked back out.
            if (row.level != AreaLevel.LA) {
                values.put(key, row.isSuppressed ? null : row.value);
            } else if (row.numerator != null && row.denominator != null && !row.isSuppressed && !row.isEstimate()) {
                laCounts.computeIfAbsent(key, ignored -> new ArrayList<>()).add(row);
            }
        }
        for (IndicatorRow row : rows) {
            String id = row.indicator.id();
            row.englandValue = values.get(new AreaSeriesPeriod(id, row.source, row.period, AreaLevel.ENGLAND_CODE));
            if (row.level != AreaLevel.LA) {
                continue;
            }
            if (row.regionCode != null) {
                row.regionValue = values.get(new AreaSeriesPeriod(id, row.source, row.period, row.regionCode));
            }
            if (row.icbCode != null) {
                row.icbValue = values.get(new AreaSeriesPeriod(id, row.source, row.period, row.icbCode));
            }
            if (row.indicator.unit() == Unit.COUNT || row.isEstimate()) {
                continue;
            }
            // Pooled: the neighbours' numerators over their denominators, not the mean of their values.
            double numerators = 0;
            double denominators = 0;
            long included = 0;
            for (String neighbour : areas.neighboursOf(row.areaCode)) {
                for (IndicatorRow counts :
                        laCounts.getOrDefault(new AreaSeriesPeriod(id, row.source, row.period, neighbour), List.of())) {
                    numerators += counts.numerator;
                    denominators += counts.denominator;
                    included++;
                }
            }
            if (included > 0) {
                row.neighboursValue = denominators == 0 ? null : numerators * row.indicator.multiplier() / denominators;
                row.neighboursIncluded = included;
            }
        }
    }

    /**
     * The row's comparison with a benchmark value by its intervals. A count is never compared: England's, a region's
     * or the neighbours' figure for a count is a total of many areas, and an area's count against it says nothing. Nor
     * is an estimate: it is the ICB's figure shared out, and only the ICB's own is tested.
     */
    static String comparison(IndicatorRow row, Double benchmark, Polarity polarity) {
        if (row.indicator.unit() == Unit.COUNT || row.isEstimate()) {
            return Comparison.NOT_COMPARED.token();
        }
        Interval ci95 =
                row.lowerCi95 == null || row.upperCi95 == null ? null : new Interval(row.lowerCi95, row.upperCi95);
        Interval ci998 =
                row.lowerCi998 == null || row.upperCi998 == null ? null : new Interval(row.lowerCi998, row.upperCi998);
        return Comparisons.compareOrNotCompared(row.value, ci95, ci998, benchmark, polarity)
                .token();
    }
}
