package org.sendacc.server.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.contract.catalogue.Pathway;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.server.group.ComparisonGroup;
import org.sendacc.server.group.GroupFigure;
import org.sendacc.server.group.GroupFigures;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;

/**
 * The local area profile: the joint scorecard grouped by accountable partner, then the outcomes, a spine chart of every indicator
 * against England's range, and for each indicator its figures from every source, comparisons, trend, trend chart,
 * definition and caveats.
 */
final class AreaPage {

    private AreaPage() {}

    /** One indicator of the scorecard: its definition, its rows (one per source) and where its charts are. */
    record Card(
            Indicator indicator,
            String partnerLabel,
            List<RowView> rows,
            SpineView spine,
            String trendChart,
            Map<String, Object> trend) {
        /** Which direction is better, in words. */
        public String betterIs() {
            return Display.betterIs(indicator.polarity());
        }

        /** How the confidence intervals are found, in words. */
        public String confidenceInterval() {
            return Display.confidenceInterval(indicator.ciMethod());
        }

        /** The indicator's disclosure control in words, or null when the catalogue does not say. */
        public String disclosure() {
            return indicator.disclosure() == null ? null : Display.disclosure(indicator.disclosure());
        }
    }

    /** The spine row of an indicator in words, for the scorecard table beside the chart. */
    record SpineView(String england, String worst, String best, String lowerQuartile, String upperQuartile) {}

    /**
     * A section of indicators: a partner's (its id the partner's token), or the outcomes (id {@code outcomes}), whichever
     * partner leads them; {@code empty} says why a section has none.
     */
    record Group(String partner, String heading, String label, List<Card> cards, String empty) {
        /** True for the section of outcome indicators. */
        public boolean outcomes() {
            return partner.equals(Pathway.OUTCOMES.token());
        }
    }

    /**
     * The sections in the order the scorecard shows them: each partner's, then the outcomes. An outcome indicator is
     * shown there, whichever partner leads it.
     */
    private record Section(Partner partner) {
        static final Section OUTCOMES = new Section(null);

        static List<Section> all() {
            List<Section> sections = new ArrayList<>();
            for (Partner partner : Partner.values()) {
                sections.add(new Section(partner));
            }
            sections.add(OUTCOMES);
            return sections;
        }

        static Section of(Indicator indicator) {
            return indicator.pathway() == Pathway.OUTCOMES ? OUTCOMES : new Section(indicator.partner());
        }

        String id() {
            return partner == null ? Pathway.OUTCOMES.token() : partner.token();
        }
    }

    /** A scorecard row's comparison group: the group's figure and the row's comparison with it. */
    record GroupCell(String valueText, ComparisonView comparison) {}

    static Map<String, Object> model(
            Snapshot snapshot,
            Geography geography,
            PageRenderer renderer,
            Area area,
            Optional<Integer> year,
            Optional<String> inequality,
            Optional<ComparisonGroup> group) {
        Map<String, Map<String, Object>> charts = new LinkedHashMap<>();
        Map<String, GroupCell> groupCells = new HashMap<>();
        List<Map<String, Object>> spineRows = new ArrayList<>();
        Map<Section, List<Card>> cardsBySection = new LinkedHashMap<>();
        Section.all().forEach(section -> cardsBySection.put(section, new ArrayList<>()));
        for (Indicator indicator : snapshot.catalogue().indicators()) {
            List<RowView> rows = new ArrayList<>();
            for (String source : snapshot.sources(indicator.id())) {
                // an LA's share of figures measured per ICB appears once, as the ICB's figure
                PageSupport.pick(snapshot, indicator.id(), source, area.areaCode(), year)
                        .flatMap(snapshot::measured)
                        .ifPresent(row -> rows.add(RowView.in(snapshot, row)));
            }
            if (rows.isEmpty()) {
                continue;
            }
            IndicatorRow primary = rows.get(0).row();
            group.ifPresent(chosen -> {
                for (RowView view : rows) {
                    IndicatorRow row = view.row();
                    List<IndicatorRow> sameSource = snapshot.rows(indicator.id(), row.period()).stream()
                            .filter(other -> other.source().equals(row.source()))
                            .toList();
                    GroupFigure figure = GroupFigures.of(chosen, sameSource).get(row.source());
                    groupCells.put(
                            row.indicatorId() + "/" + row.source(),
                            new GroupCell(
                                    Display.value(figure == null ? null : figure.value(), indicator.unit()),
                                    Display.comparison(GroupFigures.comparison(row, figure), Benchmark.GROUP)));
                }
            });
            // the spine places an area among LAs: an ICB's figure has no place there
            Optional<Spine> spine =
                    primary.areaLevel() == area.areaLevel() ? Charts.spine(snapshot, primary) : Optional.empty();
            SpineView spineView = spine.map(value -> new SpineView(
                            Display.value(value.englandShown() ? value.centre() : null, indicator.unit()),
                            Display.value(value.worst(), indicator.unit()),
                            Display.value(value.best(), indicator.unit()),
                            Display.value(value.lowerQuartile(), indicator.unit()),
                            Display.value(value.upperQuartile(), indicator.unit())))
                    .orElse(null);
            spine.ifPresent(value -> spineRows.add(spineRow(indicator, rows.get(0), value)));
            List<IndicatorRow> series = snapshot.series(primary);
            String chartId = "trend-" + indicator.id();
            Map<String, Object> trend = Charts.trend(snapshot, indicator, series, primary.areaName());
            charts.put(chartId, trend);
            cardsBySection
                    .get(Section.of(indicator))
                    .add(new Card(
                            indicator,
                            Display.partner(indicator.partner()),
                            rows,
                            spineView,
                            chartId,
                            trendTable(series, trend)));
        }
        charts.put(
                "spine",
                Map.of(
                        "type",
                        "spine",
                        "rows",
                        spineRows,
                        "description",
                        "Spine chart: for each indicator, England's range of local authority values with the worst"
                                + " on the left and the best on the right, the middle half darker, England's value as"
                                + " the centre line and " + area.areaName() + "'s value as a marker coloured by its"
                                + " comparison with England."));

        List<Group> groups = new ArrayList<>();
        String inYear = year.map(chosen -> " in " + chosen).orElse("");
        cardsBySection.forEach((section, cards) -> groups.add(
                section.partner() == null
                        ? new Group(
                                section.id(),
                                "Outcomes: how children and young people with SEND do",
                                "Outcomes",
                                cards,
                                "No outcome figure has been published for " + area.areaName() + inYear + ".")
                        : new Group(
                                section.id(),
                                Display.partnerHeading(section.partner()),
                                Display.partner(section.partner()),
                                cards,
                                "No indicator led by this partner has figures for " + area.areaName() + inYear + ".")));
        List<Area> neighbours = new ArrayList<>();
        for (String code : geography.neighbours(area.areaCode())) {
            snapshot.area(code).ifPresent(neighbours::add);
        }

        String csv = "/export.csv" + PageSupport.query(PageSupport.parameters("area", area.areaCode()));
        Map<String, Object> model = PageSupport.frame(snapshot, area.areaName() + ": SEND area profile", csv);
        model.put("area", area);
        model.put("levelName", area.areaLevel().geographicLevel());
        model.put("groups", groups);
        model.put("neighbours", neighbours);
        model.put("years", PageSupport.years(snapshot));
        model.put("year", year.orElse(null));
        model.put("legend", HomePage.legend(Benchmark.ENGLAND));
        model.putAll(Inequalities.model(snapshot, area, inequality, year, charts));
        model.put("namedGroups", snapshot.groups());
        model.put("chosenGroup", group.orElse(null));
        model.put("hasGroup", group.isPresent());
        model.put("groupCells", groupCells);
        model.put("chartJson", renderer.scriptJson(charts));
        PageSupport.putFindings(model, snapshot, area, geography.neighbours(area.areaCode()));
        return model;
    }

    private static Map<String, Object> spineRow(Indicator indicator, RowView view, Spine spine) {
        IndicatorRow row = view.row();
        Map<String, Object> spineRow = new HashMap<>();
        double[] range = spine.range();
        double[] middle = spine.middleHalf();
        spineRow.put("name", indicator.title());
        spineRow.put("range", List.of(range[0], range[1]));
        spineRow.put("middle", List.of(middle[0], middle[1]));
        spineRow.put("marker", row.value() == null ? null : spine.position(row.value()));
        spineRow.put("category", view.england().category());
        spineRow.put("value", view.shownValue());
        spineRow.put("comparison", view.england().description());
        spineRow.put("england", spine.englandShown() ? Display.value(spine.centre(), indicator.unit()) : "");
        spineRow.put("worst", Display.value(spine.worst(), indicator.unit()));
        spineRow.put("best", Display.value(spine.best(), indicator.unit()));
        spineRow.put("period", row.periodLabel());
        return spineRow;
    }

    /** The trend chart's figures as table rows: period, value, CI, England, region, neighbours. */
    private static Map<String, Object> trendTable(List<IndicatorRow> series, Map<String, Object> chart) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (IndicatorRow row : series) {
            RowView view = RowView.of(row);
            Map<String, String> line = new HashMap<>();
            line.put("period", row.periodLabel());
            line.put("value", view.shownValue());
            line.put("ci", view.ciText());
            line.put("england", view.englandText());
            line.put("region", view.regionText());
            line.put("neighbours", view.neighboursText());
            rows.add(line);
        }
        return Map.of("rows", rows, "breakNote", chart.get("breakNote"));
    }
}
