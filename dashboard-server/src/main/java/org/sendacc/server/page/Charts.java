package org.sendacc.server.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.SeriesBreak;
import org.sendacc.contract.catalogue.SeriesSource;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;

/**
 * The data the pages hand their ECharts charts, built here so that the chart and its data table always show the same
 * figures. Each chart is a map with a {@code type} the page script knows ({@code spine}, {@code bars}, {@code trend},
 * {@code lines}, {@code histogram}, {@code map}, {@code stacked}) and a {@code description} for screen readers.
 */
final class Charts {
    private Charts() {}

    /** The LA values of an indicator, source and period: what spines, ranks and distributions are drawn from. */
    static List<IndicatorRow> laRows(Snapshot snapshot, String indicatorId, String source, String period) {
        return levelRows(snapshot, indicatorId, source, period, AreaLevel.LA);
    }

    /** Every row of one level (LAs, or ICB footprints) for an indicator, source and period. */
    static List<IndicatorRow> levelRows(
            Snapshot snapshot, String indicatorId, String source, String period, AreaLevel level) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorRow row : snapshot.rows(indicatorId, period)) {
            if (row.areaLevel() == level && row.source().equals(source)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** England's value for a row's indicator, source and period (the row's own value for England's row). */
    static Double englandValue(Snapshot snapshot, IndicatorRow row) {
        if (row.areaLevel() == AreaLevel.ENGLAND) {
            return row.value();
        }
        if (row.englandValue() != null) {
            return row.englandValue();
        }
        for (IndicatorRow candidate : snapshot.rows(row.indicatorId(), row.period())) {
            if (candidate.areaLevel() == AreaLevel.ENGLAND && candidate.source().equals(row.source())) {
                return candidate.value();
            }
        }
        return null;
    }

    /**
     * The spine of a row's indicator, source and period across England's LAs. A count's England value is England's
     * total, off any LA's scale, so counts are centred on the LA median instead.
     */
    static Optional<Spine> spine(Snapshot snapshot, IndicatorRow row) {
        Unit unit = row.unit();
        if (unit == Unit.YES_NO || unit == Unit.OUTCOME) {
            return Optional.empty(); // a category has no range to draw, only counts of areas in each
        }
        List<Double> values = new ArrayList<>();
        laRows(snapshot, row.indicatorId(), row.source(), row.period()).forEach(la -> values.add(la.value()));
        Double england = row.unit() == Unit.COUNT ? null : englandValue(snapshot, row);
        return Spine.of(values, england, row.polarity());
    }

    /**
     * The index of the first point after a break in series (the gap is drawn before it), or -1. Breaks apply to DfE's
     * SEN2-based figures and the tribunal rate built on them, not to local returns, which were person-level throughout.
     */
    static int breakIndex(Indicator indicator, List<IndicatorRow> series) {
        String source = series.isEmpty() ? "" : series.get(0).source();
        return breakIndex(
                indicator,
                source,
                series.stream().map(IndicatorRow::periodStart).toList());
    }

    /** The same for a list of periods' first days from one source, such as the periods a comparison chart spans. */
    static int breakIndex(Indicator indicator, String source, List<java.time.LocalDate> starts) {
        if (SeriesSource.LOCAL_RETURN.token().equals(source)) {
            return -1;
        }
        for (SeriesBreak declared : indicator.breaksInSeries()) {
            int year = declared.firstYear();
            for (int index = 1; index < starts.size(); index++) {
                if (starts.get(index - 1).getYear() < year && starts.get(index).getYear() >= year) {
                    return index;
                }
            }
        }
        return -1;
    }

    /** A chart's break in series: where its gap is drawn ({@code breakIndex}, -1 for none) and its note in words. */
    static void putBreak(Map<String, Object> chart, int breakIndex, List<String> periodLabels) {
        chart.put("breakIndex", breakIndex);
        chart.put(
                "breakNote",
                breakIndex < 0
                        ? ""
                        : "Break in series before " + periodLabels.get(breakIndex)
                                + ": figures before and after are not comparable");
    }

    /** A period-by-period series of one area's values: the trend chart and its table. */
    static Map<String, Object> trend(
            Snapshot snapshot, Indicator indicator, List<IndicatorRow> series, String areaName) {
        List<String> periods = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        List<Double> england = new ArrayList<>();
        List<Double> region = new ArrayList<>();
        List<Double> neighbours = new ArrayList<>();
        for (IndicatorRow row : series) {
            periods.add(row.periodLabel());
            values.add(row.value());
            lower.add(row.lowerCi95());
            upper.add(row.upperCi95());
            england.add(englandValue(snapshot, row));
            region.add(row.regionValue());
            neighbours.add(row.neighboursValue());
        }
        Map<String, Object> chart = new HashMap<>();
        chart.put("type", "trend");
        chart.put("unit", indicator.unit());
        chart.put("periods", periods);
        chart.put("areaName", areaName);
        chart.put("values", values);
        chart.put("lower", lower);
        chart.put("upper", upper);
        chart.put("england", england);
        chart.put("region", region);
        chart.put("neighbours", neighbours);
        putBreak(chart, breakIndex(indicator, series), periods);
        chart.put(
                "description",
                indicator.title() + " for " + areaName + " by period, with its 95% confidence interval, England, its"
                        + " region and its statistical neighbours.");
        return chart;
    }

    /**
     * A bar per area with 95% error bars and reference lines: the indicator page's league table and the ICB page's
     * footprint comparison.
     *
     * @param highlight the area code drawn in a darker colour, or null
     * @param lines reference lines, each a map with {@code name} and {@code value}
     */
    static Map<String, Object> bars(
            List<IndicatorRow> rows, Unit unit, String highlight, List<Map<String, Object>> lines, String description) {
        List<Map<String, Object>> bars = new ArrayList<>();
        for (IndicatorRow row : rows) {
            RowView view = RowView.of(row);
            Map<String, Object> bar = new HashMap<>();
            bar.put("code", row.areaCode());
            bar.put("name", row.areaName());
            bar.put("value", row.value());
            bar.put("lower", row.lowerCi95());
            bar.put("upper", row.upperCi95());
            bar.put("category", view.england().category());
            bar.put("label", view.valueText());
            bar.put("ci", view.ciText());
            bar.put("count", view.countText());
            bar.put("comparison", view.england().description());
            bar.put("highlight", row.areaCode().equals(highlight));
            bars.add(bar);
        }
        return Map.of("type", "bars", "unit", unit, "bars", bars, "lines", lines, "description", description);
    }

    /** A reference line for {@link #bars}; empty when the value is missing. */
    static List<Map<String, Object>> line(String name, Double value, Unit unit) {
        return value == null
                ? List.of()
                : List.of(Map.of("name", name + ": " + Display.value(value, unit), "value", value));
    }
}
