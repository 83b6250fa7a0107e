package org.sendacc.server.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.server.Routes;
import org.sendacc.server.group.ComparisonGroup;
import org.sendacc.server.group.GroupFigure;
import org.sendacc.server.group.GroupFigures;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Period;
import org.sendacc.server.snapshot.Snapshot;

/**
 * One indicator across England: every LA ranked with 95% error bars and England and region lines, the distribution
 * of LA values, a map by comparison category when boundaries are configured, and chosen areas compared over time.
 */
final class IndicatorPage {
    static final int BINS = 10;

    private IndicatorPage() {}

    /** One bar of the distribution: LAs with a value from {@code from} up to (and at the last, including) {@code to}. */
    record Bin(String from, String to, int count) {}

    /** The page's choices, as the URL gives them (period and source already resolved). */
    record Choice(
            Indicator indicator,
            Period period,
            String source,
            Optional<Area> highlight,
            List<Area> compared,
            boolean map,
            Optional<ComparisonGroup> group,
            AreaLevel level) {}

    /** True where the series' LA rows are all estimates (shares of figures measured per ICB, such as NHS waits). */
    static boolean isMeasuredPerIcb(Snapshot snapshot, String indicatorId, String period, String source) {
        List<IndicatorRow> las = Charts.laRows(snapshot, indicatorId, source, period);
        return !las.isEmpty() && las.stream().allMatch(IndicatorRow::isEstimate);
    }

    static Map<String, Object> model(Snapshot snapshot, PageRenderer renderer, Choice choice) {
        Indicator indicator = choice.indicator();
        Unit unit = indicator.unit();
        List<IndicatorRow> ranked = Charts.levelRows(
                snapshot, indicator.id(), choice.source(), choice.period().period(), choice.level());
        boolean icbs = choice.level() == AreaLevel.ICB;
        String areasName = icbs ? "ICB footprint" : "local authority";
        ranked = new ArrayList<>(ranked);
        ranked.sort(Comparator.comparing((IndicatorRow row) -> row.rank() == null ? Integer.MAX_VALUE : row.rank())
                .thenComparing(IndicatorRow::areaName));
        List<RowView> table = new ArrayList<>();
        ranked.forEach(row -> table.add(RowView.of(row)));
        Optional<IndicatorRow> englandRow = rowOf(snapshot, choice, AreaLevel.ENGLAND_CODE);
        Double england = englandRow.map(IndicatorRow::value).orElse(null);

        List<Map<String, Object>> lines = new ArrayList<>(Charts.line("England", england, unit));
        Optional<IndicatorRow> highlighted =
                choice.highlight().flatMap(area -> rowOf(snapshot, choice, area.areaCode()));
        highlighted
                .filter(row -> row.regionCode() != null && row.regionValue() != null)
                .ifPresent(row -> lines.addAll(Charts.line(
                        snapshot.area(row.regionCode()).map(Area::areaName).orElse("Region"),
                        row.regionValue(),
                        unit)));
        List<IndicatorRow> withValue = new ArrayList<>();
        ranked.stream().filter(row -> row.value() != null).forEach(withValue::add);
        Map<String, Object> groupModel = new HashMap<>();
        List<IndicatorRow> league = ranked;
        choice.group().ifPresent(group -> {
            GroupFigure figure = GroupFigures.of(group, league).get(choice.source());
            Double value = figure == null ? null : figure.value();
            lines.addAll(Charts.line("Group", value, unit));
            Map<String, ComparisonView> comparisons = new HashMap<>();
            for (IndicatorRow row : league) {
                comparisons.put(
                        row.areaCode(), Display.comparison(GroupFigures.comparison(row, figure), Benchmark.GROUP));
            }
            List<Area> members = new ArrayList<>();
            group.codes().forEach(code -> snapshot.area(code).ifPresent(members::add));
            groupModel.put("chosenGroup", group);
            groupModel.put("groupValueText", Display.value(value, unit));
            groupModel.put("groupMethod", figure == null ? "" : figure.method());
            groupModel.put("groupIncluded", figure == null ? 0 : figure.included());
            groupModel.put("groupMembers", members);
            groupModel.put("groupComparisons", comparisons);
            groupModel.put(
                    "groupLink",
                    Routes.indicator(indicator.id())
                            + PageSupport.query(PageSupport.parameters(
                                    "period", choice.period().period(),
                                    "source", choice.source(),
                                    "group", group.parameter())));
        });

        Map<String, Map<String, Object>> charts = new LinkedHashMap<>();
        charts.put(
                "league",
                Charts.bars(
                        withValue,
                        unit,
                        choice.highlight().map(Area::areaCode).orElse(null),
                        lines,
                        indicator.title() + ", " + choice.period().periodLabel() + ": every " + areasName + " with a"
                                + " value, best first, with 95% confidence intervals and England's value as a line."));
        List<Bin> bins = bins(withValue, unit);
        charts.put("distribution", histogram(bins, indicator, choice));
        if (choice.map() && !icbs) {
            charts.put("map", map(table, indicator, choice));
        }
        Map<String, Object> compare = compare(snapshot, choice);
        Object compareTable = compare.remove("table");
        charts.put("compare", compare);

        String csv = "/export.csv"
                + PageSupport.query(PageSupport.parameters(
                        "indicator", indicator.id(), "period", choice.period().period(), "source", choice.source()));
        Map<String, Object> model = PageSupport.frame(snapshot, indicator.title(), csv);
        model.put("indicator", indicator);
        model.put("partnerLabel", Display.partner(indicator.partner()));
        model.put("period", choice.period());
        model.put("periods", reversed(snapshot.periods(indicator.id())));
        model.put("source", choice.source());
        model.put("sourceLabel", Display.source(choice.source()));
        model.put("sources", snapshot.sources(indicator.id()));
        model.put("highlight", choice.highlight().orElse(null));
        model.put("compared", choice.compared());
        model.put("las", PageSupport.areas(snapshot, choice.level()));
        Map<String, String> sourceLabels = new HashMap<>();
        snapshot.sources(indicator.id()).forEach(source -> sourceLabels.put(source, Display.source(source)));
        model.put("sourceLabels", sourceLabels);
        model.put("table", table);
        model.put("englandText", Display.value(england, unit));
        model.put("bins", bins);
        model.put("compareTable", compareTable);
        model.put("compareBreakNote", compare.get("breakNote"));
        model.put("showMap", choice.map() && !icbs);
        model.put("level", choice.level().snapshotName());
        model.put("areasName", areasName);
        model.put("areasNamePlural", icbs ? "ICB footprints" : "local authorities");
        model.put(
                "measuredPerIcb",
                isMeasuredPerIcb(snapshot, indicator.id(), choice.period().period(), choice.source()));
        model.put("legend", HomePage.legend(Benchmark.ENGLAND));
        model.put(
                "metadataUrl",
                "/export-metadata.csv" + PageSupport.query(PageSupport.parameters("indicator", indicator.id())));
        model.put("chartJson", renderer.scriptJson(charts));
        model.put("namedGroups", snapshot.groups());
        model.put("hasGroup", choice.group().isPresent());
        model.putAll(groupModel);
        return model;
    }

    private static Optional<IndicatorRow> rowOf(Snapshot snapshot, Choice choice, String areaCode) {
        for (IndicatorRow row :
                snapshot.rows(choice.indicator().id(), choice.period().period())) {
            if (row.areaCode().equals(areaCode) && row.source().equals(choice.source())) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** Ten equal-width bins from the lowest to the highest LA value (one bin when all are equal). */
    static List<Bin> bins(List<IndicatorRow> rows, Unit unit) {
        if (rows.isEmpty()) {
            return List.of();
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (IndicatorRow row : rows) {
            lowest = Math.min(lowest, row.value());
            highest = Math.max(highest, row.value());
        }
        int binCount = highest > lowest ? BINS : 1;
        double width = (highest - lowest) / binCount;
        int[] counts = new int[binCount];
        for (IndicatorRow row : rows) {
            int bin = width == 0 ? 0 : (int) Math.floor((row.value() - lowest) / width);
            counts[Math.min(bin, binCount - 1)]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int index = 0; index < binCount; index++) {
            double from = lowest + index * width;
            double to = index == binCount - 1 ? highest : lowest + (index + 1) * width;
            bins.add(new Bin(Display.value(from, unit), Display.value(to, unit), counts[index]));
        }
        return bins;
    }

    private static Map<String, Object> histogram(List<Bin> bins, Indicator indicator, Choice choice) {
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Bin bin : bins) {
            labels.add(bin.from() + " to " + bin.to());
            counts.add(bin.count());
        }
        return Map.of(
                "type",
                "histogram",
                "labels",
                labels,
                "counts",
                counts,
                "description",
                "Distribution of local authority values of " + indicator.title() + ", "
                        + choice.period().periodLabel() + ": how many local authorities fall in each of "
                        + bins.size() + " equal ranges.");
    }

    private static Map<String, Object> map(List<RowView> table, Indicator indicator, Choice choice) {
        List<Map<String, Object>> areas = new ArrayList<>();
        for (RowView view : table) {
            Map<String, Object> area = new HashMap<>();
            area.put("name", view.row().areaCode());
            area.put("areaName", view.row().areaName());
            area.put("category", view.england().category());
            area.put("label", view.england().label());
            area.put("value", view.shownValue());
            areas.add(area);
        }
        List<Map<String, String>> legend = new ArrayList<>();
        for (ComparisonView category : HomePage.legend(Benchmark.ENGLAND)) {
            legend.add(Map.of("category", category.category(), "label", category.symbol() + " " + category.label()));
        }
        return Map.of(
                "type",
                "map",
                "url",
                "/boundaries.geojson",
                "areas",
                areas,
                "legend",
                legend,
                "description",
                "Map of upper-tier local authorities coloured by how " + indicator.title() + " compares with"
                        + " England in " + choice.period().periodLabel() + ".");
    }

    /** The chosen areas (England when none is chosen) over every period of the source. */
    private static Map<String, Object> compare(Snapshot snapshot, Choice choice) {
        List<Area> areas = new ArrayList<>(choice.compared());
        if (areas.isEmpty()) {
            choice.highlight().ifPresent(areas::add);
        }
        snapshot.area(AreaLevel.ENGLAND_CODE)
                .filter(england -> !areas.contains(england))
                .ifPresent(areas::add);
        List<Period> periods = snapshot.periods(choice.indicator().id());
        List<String> labels = new ArrayList<>();
        periods.forEach(period -> labels.add(period.periodLabel()));
        List<Map<String, Object>> series = new ArrayList<>();
        List<Map<String, Object>> table = new ArrayList<>();
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        periods.forEach(period -> cells.put(period.period(), new LinkedHashMap<>()));
        for (Area area : areas) {
            Map<String, IndicatorRow> byPeriod = new HashMap<>();
            snapshot.series(choice.indicator().id(), choice.source(), area.areaCode())
                    .forEach(row -> byPeriod.put(row.period(), row));
            List<Double> values = new ArrayList<>();
            for (Period period : periods) {
                IndicatorRow row = byPeriod.get(period.period());
                values.add(row == null ? null : row.value());
                RowView view = row == null ? null : RowView.of(row);
                cells.get(period.period()).put(area.areaCode(), view == null ? "" : view.shownValue());
            }
            series.add(Map.of("name", area.areaName(), "values", values));
        }
        for (Period period : periods) {
            List<String> values = new ArrayList<>(cells.get(period.period()).values());
            table.add(Map.of("period", period.periodLabel(), "values", values));
        }
        Map<String, Object> chart = new HashMap<>();
        Charts.putBreak(
                chart,
                Charts.breakIndex(
                        choice.indicator(),
                        choice.source(),
                        periods.stream().map(Period::periodStart).toList()),
                labels);
        chart.put("type", "lines");
        chart.put("unit", choice.indicator().unit());
        chart.put("periods", labels);
        chart.put("series", series);
        chart.put(
                "description",
                choice.indicator().title() + " over time for " + names(areas) + " (" + Display.source(choice.source())
                        + ").");
        chart.put("table", Map.of("areas", areas, "rows", table));
        return chart;
    }

    private static String names(List<Area> areas) {
        List<String> names = new ArrayList<>();
        areas.forEach(area -> names.add(area.areaName()));
        return String.join(", ", names);
    }

    private static List<Period> reversed(List<Period> periods) {
        List<Period> copy = new ArrayList<>(periods);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
