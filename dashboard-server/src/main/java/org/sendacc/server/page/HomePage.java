package org.sendacc.server.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.group.ComparisonGroup;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Period;
import org.sendacc.server.snapshot.Snapshot;

/**
 * The home page: find an area, and the overview grid of every LA against every indicator, coloured by comparison with
 * a benchmark (England unless another is chosen) for a chosen year, filtered by region, ICB footprint or an LA's
 * statistical neighbours; above it, how many LAs fall in each category per indicator.
 */
final class HomePage {
    /** The grid's cell categories in the order the summary stacks them. */
    static final List<String> CATEGORIES =
            List.of("better", "similar", "worse", "higher", "lower", ComparisonView.NOT_COMPARED);

    private HomePage() {}

    /** The filters of the grid, as the URL gives them. */
    record Filters(
            Optional<Integer> year,
            Benchmark benchmark,
            Optional<String> region,
            Optional<String> icb,
            Optional<String> neighboursOf,
            Optional<ComparisonGroup> group) {
        String key() {
            return year.map(String::valueOf).orElse("latest") + "/" + benchmark.token() + "/" + region.orElse("") + "/"
                    + icb.orElse("") + "/" + neighboursOf.orElse("") + "/"
                    + group.map(ComparisonGroup::parameter).orElse("");
        }

        /** The chosen group's parameter, or empty: for the page's select. */
        public String groupParameter() {
            return group.map(ComparisonGroup::parameter).orElse("");
        }
    }

    /** One cell of the grid: its value, its period in words and in full, its comparison and why it has none. */
    record Cell(
            String text,
            String periodLabel,
            String period,
            ComparisonView comparison,
            String reason,
            String indicatorId) {}

    /** One LA's row of the grid. */
    record GridRow(Area area, List<Cell> cells) {}

    static Map<String, Object> model(Snapshot snapshot, Geography geography, PageRenderer renderer, Filters filters) {
        requireKnown(snapshot, filters.region(), AreaLevel.REGION, "region");
        requireKnown(snapshot, filters.icb(), AreaLevel.ICB, "ICB footprint");
        requireKnown(snapshot, filters.neighboursOf(), AreaLevel.LA, "local authority");
        List<Area> las = filtered(snapshot, geography, filters);
        // Columns only for what LAs have figures of their own for: a figure measured per ICB is the ICBs' (each LA
        // would show the same grey "not compared" cell), and an indicator with no figures yet is said once, in words.
        List<Indicator> indicators = new ArrayList<>();
        List<Indicator> measuredPerIcb = new ArrayList<>();
        List<Indicator> notAvailable = new ArrayList<>();
        for (Indicator indicator : snapshot.catalogue().indicators()) {
            switch (laCoverage(snapshot, indicator)) {
                case OWN -> indicators.add(indicator);
                case ESTIMATES -> measuredPerIcb.add(indicator);
                default -> notAvailable.add(indicator);
            }
        }

        List<GridRow> rows = new ArrayList<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            Map<String, Integer> byCategory = new LinkedHashMap<>();
            CATEGORIES.forEach(category -> byCategory.put(category, 0));
            counts.put(indicator.id(), byCategory);
        }
        for (Area la : las) {
            List<Cell> cells = new ArrayList<>();
            for (Indicator indicator : indicators) {
                Optional<IndicatorRow> row = PageSupport.primaryRow(snapshot, indicator, la.areaCode(), filters.year());
                Cell cell = row.map(RowView::of)
                        .map(view -> new Cell(
                                view.valueText(),
                                view.row().periodLabel(),
                                view.row().periodLabel() + ", " + view.sourceLabel(),
                                view.against(filters.benchmark()),
                                view.against(filters.benchmark()).compared() ? "" : view.notComparedReason(),
                                indicator.id()))
                        .orElseGet(() -> new Cell(
                                "",
                                "",
                                "",
                                Display.comparison(null, filters.benchmark()),
                                filters.year()
                                        .map(year -> "No figures for " + year)
                                        .orElse("No data"),
                                indicator.id()));
                cells.add(cell);
                counts.get(indicator.id()).merge(cell.comparison().category(), 1, Integer::sum);
            }
            rows.add(new GridRow(la, cells));
        }

        String title = "SEND joint accountability: every local area";
        // The CSV of what is on screen: every indicator, for the LAs shown when a filter narrows them.
        List<Object> ids = new ArrayList<>();
        indicators.forEach(indicator -> ids.add(indicator.id()));
        List<Object> shown = new ArrayList<>();
        boolean narrowed = filters.region().isPresent()
                || filters.icb().isPresent()
                || filters.neighboursOf().isPresent()
                || filters.group().isPresent();
        if (narrowed) {
            las.forEach(la -> shown.add(la.areaCode()));
        }
        String csv = "/export.csv" + PageSupport.query(PageSupport.parameters("indicator", ids, "area", shown));
        Map<String, Object> model = PageSupport.frame(snapshot, title, csv);
        model.put("indicators", indicators);
        model.put("measuredPerIcb", measuredPerIcb);
        model.put("notAvailable", notAvailable);
        model.put("rows", rows);
        model.put("filters", filters);
        model.put("benchmarkName", Display.benchmark(filters.benchmark()));
        model.put("benchmarks", benchmarkOptions(filters.benchmark()));
        model.put("years", PageSupport.years(snapshot));
        model.put("regions", PageSupport.areas(snapshot, AreaLevel.REGION));
        model.put("icbs", PageSupport.areas(snapshot, AreaLevel.ICB));
        model.put("las", PageSupport.areas(snapshot, AreaLevel.LA));
        model.put("namedGroups", snapshot.groups());
        model.put("chosenGroup", filters.group().orElse(null));
        model.put("legend", legend(filters.benchmark()));
        model.put("summary", summaryTable(indicators, counts));
        model.put("chartJson", renderer.scriptJson(Map.of("summary", summaryChart(indicators, counts, filters))));
        return model;
    }

    /** What LAs have of an indicator: figures of their own, only shares of ICB figures, or nothing yet. */
    enum LaCoverage {
        OWN,
        ESTIMATES,
        NONE
    }

    static LaCoverage laCoverage(Snapshot snapshot, Indicator indicator) {
        boolean estimates = false;
        for (Period period : snapshot.periods(indicator.id())) {
            for (IndicatorRow row : snapshot.rows(indicator.id(), period.period())) {
                if (row.areaLevel() != AreaLevel.LA || (row.value() == null && !row.suppressed())) {
                    continue;
                }
                if (!row.isEstimate()) {
                    return LaCoverage.OWN;
                }
                estimates = true;
            }
        }
        return estimates ? LaCoverage.ESTIMATES : LaCoverage.NONE;
    }

    private static void requireKnown(Snapshot snapshot, Optional<String> code, AreaLevel level, String what) {
        if (code.isPresent()) {
            Optional<Area> area = snapshot.area(code.get());
            if (area.isEmpty() || area.get().areaLevel() != level) {
                throw new DashboardException(
                        ErrorCategory.NOT_FOUND,
                        "No " + what + " with code " + DashboardException.quote(code.get()) + " in snapshot "
                                + snapshot.id());
            }
        }
    }

    private static List<Area> filtered(Snapshot snapshot, Geography geography, Filters filters) {
        Set<String> footprint = null;
        if (filters.icb().isPresent()) {
            footprint = new HashSet<>();
            for (Geography.Member member : geography.footprint(filters.icb().get())) {
                footprint.add(member.laCode());
            }
        }
        Set<String> group = null;
        if (filters.neighboursOf().isPresent()) {
            group = new HashSet<>(geography.neighbours(filters.neighboursOf().get()));
            group.add(filters.neighboursOf().get());
        }
        List<Area> las = new ArrayList<>();
        for (Area la : PageSupport.areas(snapshot, AreaLevel.LA)) {
            if (!geography.isCurrent(la.areaCode())) {
                continue; // a replaced LA stays in history, not in today's grid
            }
            boolean inRegion =
                    filters.region().map(code -> code.equals(la.regionCode())).orElse(true);
            boolean inFootprint = footprint == null || footprint.contains(la.areaCode());
            boolean inGroup = group == null || group.contains(la.areaCode());
            boolean inChosenGroup = filters.group()
                    .map(chosen -> chosen.codes().contains(la.areaCode()))
                    .orElse(true);
            if (inRegion && inFootprint && inGroup && inChosenGroup) {
                las.add(la);
            }
        }
        return las;
    }

    /** The options of the benchmark select: each one's token, its name and whether it is the one chosen. */
    private static List<Map<String, Object>> benchmarkOptions(Benchmark chosen) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Benchmark benchmark : PageQuery.BENCHMARKS) {
            String label = switch (benchmark) {
                case ENGLAND -> "England";
                case REGION -> "Region";
                case NEIGHBOURS -> "Statistical neighbours";
                case ICB, GROUP -> "ICB footprint";
            };
            options.add(Map.of("value", benchmark.token(), "label", label, "selected", benchmark == chosen));
        }
        return options;
    }

    /** Every category the grid can show, with its word and symbol, for the legend. */
    static List<ComparisonView> legend(Benchmark benchmark) {
        return List.of(
                Display.comparison(Comparison.BETTER_95, benchmark),
                Display.comparison(Comparison.SIMILAR, benchmark),
                Display.comparison(Comparison.WORSE_95, benchmark),
                Display.comparison(Comparison.HIGHER_95, benchmark),
                Display.comparison(Comparison.LOWER_95, benchmark),
                Display.comparison(Comparison.NOT_COMPARED, benchmark));
    }

    /** The summary's data table: one row per indicator, a count per category. */
    private static List<Map<String, Object>> summaryTable(
            List<Indicator> indicators, Map<String, Map<String, Integer>> counts) {
        List<Map<String, Object>> table = new ArrayList<>();
        for (Indicator indicator : indicators) {
            table.add(Map.of("indicator", indicator, "counts", counts.get(indicator.id())));
        }
        return table;
    }

    private static Map<String, Object> summaryChart(
            List<Indicator> indicators, Map<String, Map<String, Integer>> counts, Filters filters) {
        List<String> titles = new ArrayList<>();
        indicators.forEach(indicator -> titles.add(indicator.title()));
        List<Map<String, Object>> series = new ArrayList<>();
        for (ComparisonView category : legend(filters.benchmark())) {
            List<Integer> data = new ArrayList<>();
            indicators.forEach(indicator -> data.add(counts.get(indicator.id()).get(category.category())));
            series.add(Map.of(
                    "name", category.symbol() + " " + category.label(), "category", category.category(), "data", data));
        }
        return Map.of(
                "type",
                "stacked",
                "categories",
                titles,
                "series",
                series,
                "description",
                "For each indicator, how many of the local authorities shown are better, similar or worse than "
                        + Display.benchmark(filters.benchmark()) + " (or higher or lower where neither is"
                        + " better), and how many were not compared.");
    }
}
