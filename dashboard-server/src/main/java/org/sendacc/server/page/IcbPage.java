package org.sendacc.server.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.SeriesSource;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;

/**
 * An ICB footprint: the footprint and every LA in it side by side, health and LA indicators together, and a chart
 * of one chosen indicator across the footprint's LAs.
 */
final class IcbPage {
    private IcbPage() {}

    /** A column of the grid: the footprint itself or one of its LAs, with the LA's share of 0-25s in it. */
    record Column(Area area, String share) {}

    /** An indicator's row of the grid: a cell per column (null where the area has no figure). */
    record GridRow(Indicator indicator, String partnerLabel, List<RowView> cells) {}

    /**
     * One LA's area SEND inspections, whatever the year: the latest 2016-2022 framework's written statement of action
     * and the 2023 framework's outcome, each null where there is none.
     */
    record Inspections(Area area, RowView statement, RowView outcome) {
        /** The outcome comes from the LA analysts' scrape, not official statistics. */
        public boolean outcomeFromScrape() {
            return outcome != null
                    && SeriesSource.D2I.token().equals(outcome.row().source());
        }
    }

    /** A figure that got worse since the previous period of its series: beyond its own 95% confidence interval. */
    record Worsened(Area area, Indicator indicator, String previousText, String latestText) {}

    static final String WSOA = "area_send_inspection_wsoa";
    static final String OUTCOME = "area_send_inspection_outcome";

    /** An LA's latest inspection of one framework, from any source, or null (the grid shows the same). */
    private static RowView latest(Snapshot snapshot, String indicatorId, String laCode) {
        return snapshot.indicator(indicatorId)
                .flatMap(indicator -> PageSupport.latestEvent(snapshot, indicator, laCode))
                .map(RowView::of)
                .orElse(null);
    }

    /**
     * For the footprint and each LA, every latest figure (of the chosen year) that moved for the worse, by polarity,
     * since the previous period of its series, by more than its 95% confidence interval allows: the previous value lies
     * outside the interval. Never across a break in series (the snapshot gives no previous value there) and never an
     * estimate (a share of an ICB figure: the footprint's own row says it).
     */
    static List<Worsened> worsened(Snapshot snapshot, List<Column> columns, Optional<Integer> year) {
        List<Worsened> found = new ArrayList<>();
        for (Column column : columns) {
            for (Indicator indicator : snapshot.catalogue().indicators()) {
                Optional<IndicatorRow> latest = PageSupport.primaryRow(
                        snapshot, indicator, column.area().areaCode(), year);
                if (latest.isEmpty() || !gotWorse(latest.get(), indicator.polarity())) {
                    continue;
                }
                IndicatorRow row = latest.get();
                IndicatorRow previous = snapshot.previousInSeries(row).orElse(row);
                found.add(new Worsened(
                        column.area(),
                        indicator,
                        Display.value(row.previousValue(), row.unit()) + " in " + previous.periodLabel(),
                        Display.value(row.value(), row.unit()) + " in " + row.periodLabel()));
            }
        }
        return found;
    }

    static boolean gotWorse(IndicatorRow row, Polarity polarity) {
        if (row.isEstimate()
                || row.suppressed()
                || row.value() == null
                || row.previousValue() == null
                || row.lowerCi95() == null
                || row.upperCi95() == null) {
            return false;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> row.previousValue() > row.upperCi95();
            case LOWER_IS_BETTER -> row.previousValue() < row.lowerCi95();
            default -> false;
        };
    }

    static Map<String, Object> model(
            Snapshot snapshot,
            Geography geography,
            PageRenderer renderer,
            Area icb,
            Optional<Integer> year,
            Indicator chosen) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(icb, ""));
        for (Geography.Member member : geography.footprint(icb.areaCode())) {
            snapshot.area(member.laCode()).ifPresent(la -> columns.add(new Column(la, member.sharePercent())));
        }
        List<GridRow> grid = new ArrayList<>();
        for (Indicator indicator : snapshot.catalogue().indicators()) {
            List<RowView> cells = new ArrayList<>();
            boolean any = false;
            for (Column column : columns) {
                Optional<RowView> cell = PageSupport.primaryRow(
                                snapshot, indicator, column.area().areaCode(), year)
                        .map(row -> RowView.in(snapshot, row));
                any |= cell.isPresent();
                cells.add(cell.orElse(null));
            }
            if (any) {
                grid.add(new GridRow(indicator, Display.partner(indicator.partner()), cells));
            }
        }

        List<IndicatorRow> chartRows = new ArrayList<>();
        for (Column column : columns) {
            // an LA's share of a figure measured for the ICB is no bar of its own
            PageSupport.primaryRow(snapshot, chosen, column.area().areaCode(), year)
                    .filter(row -> !row.isEstimate())
                    .ifPresent(chartRows::add);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        if (!chartRows.isEmpty()) {
            lines.addAll(Charts.line("England", Charts.englandValue(snapshot, chartRows.get(0)), chosen.unit()));
        }
        Map<String, Object> chart = Charts.bars(
                chartRows,
                chosen.unit(),
                icb.areaCode(),
                lines,
                chosen.title() + " for " + icb.areaName() + " and each local authority in it, with 95% confidence"
                        + " intervals and England's value as a line.");
        List<RowView> chartTable = new ArrayList<>();
        chartRows.forEach(row -> chartTable.add(RowView.in(snapshot, row)));

        List<Object> areaCodes = new ArrayList<>();
        columns.forEach(column -> areaCodes.add(column.area().areaCode()));
        String csv = "/export.csv" + PageSupport.query(PageSupport.parameters("area", areaCodes));
        Map<String, Object> model = PageSupport.frame(snapshot, icb.areaName() + ": ICB footprint", csv);
        model.put("icb", icb);
        model.put("columns", columns);
        model.put("grid", grid);
        model.put("chosen", chosen);
        model.put("chartTable", chartTable);
        model.put("indicators", snapshot.catalogue().indicators());
        model.put(
                "chosenCsvUrl",
                "/export.csv" + PageSupport.query(PageSupport.parameters("indicator", chosen.id(), "area", areaCodes)));
        model.put("years", PageSupport.years(snapshot));
        model.put("year", year.orElse(null));
        model.put("legend", HomePage.legend(Benchmark.ENGLAND));
        model.put("chartJson", renderer.scriptJson(Map.of("footprint", chart)));
        List<Inspections> inspections = new ArrayList<>();
        if (snapshot.indicator(WSOA).isPresent() || snapshot.indicator(OUTCOME).isPresent()) {
            for (Column column : columns.subList(1, columns.size())) {
                String code = column.area().areaCode();
                inspections.add(
                        new Inspections(column.area(), latest(snapshot, WSOA, code), latest(snapshot, OUTCOME, code)));
            }
        }
        model.put("inspections", inspections);
        model.put("worsened", worsened(snapshot, columns, year));
        PageSupport.putFindings(model, snapshot, icb, List.of());
        return model;
    }
}
