package org.sendacc.server.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;

/**
 * An LA beside its ten DfE statistical neighbours, as LAIT shows them: for each indicator the eleven sorted by value,
 * best first by polarity, the LA highlighted, its place among them ("ranks 10th of 11") and the neighbours' average. A
 * figure measured per ICB is left out: its LAs' figures are shares of their ICBs', not comparable measurements.
 */
final class NeighboursPage {
    private NeighboursPage() {}

    /** One of the eleven areas' figures; {@code position} 0 where it has no value. */
    record Line(Area area, RowView view, int position, boolean chosen) {}

    /** One indicator's comparison: the lines best first, the LA's place and the neighbours' average. */
    record Comparison(
            Indicator indicator,
            String periodLabel,
            String sourceLabel,
            List<Line> lines,
            String place,
            String averageText,
            String averageMethod) {}

    static Map<String, Object> model(Snapshot snapshot, Geography geography, Area area, Optional<Integer> year) {
        List<Area> neighbours = new ArrayList<>();
        for (String code : geography.neighbours(area.areaCode())) {
            snapshot.area(code).ifPresent(neighbours::add);
        }
        List<Comparison> comparisons = new ArrayList<>();
        List<Indicator> measuredPerIcb = new ArrayList<>();
        for (Indicator indicator : snapshot.catalogue().indicators()) {
            Optional<IndicatorRow> own = PageSupport.primaryRow(snapshot, indicator, area.areaCode(), year);
            if (own.isEmpty()) {
                continue;
            }
            IndicatorRow row = own.get();
            if (row.isEstimate()) {
                measuredPerIcb.add(indicator);
                continue;
            }
            comparisons.add(comparison(snapshot, indicator, row, area, neighbours));
        }
        String csv = "/export.csv" + PageSupport.query(PageSupport.parameters("area", codes(area, neighbours)));
        Map<String, Object> model =
                PageSupport.frame(snapshot, area.areaName() + " and its statistical neighbours", csv);
        model.put("area", area);
        model.put("neighbours", neighbours);
        model.put("comparisons", comparisons);
        model.put("measuredPerIcb", measuredPerIcb);
        model.put("year", year.orElse(null));
        model.put("years", PageSupport.years(snapshot));
        return model;
    }

    private static List<Object> codes(Area area, List<Area> neighbours) {
        List<Object> codes = new ArrayList<>();
        codes.add(area.areaCode());
        neighbours.forEach(neighbour -> codes.add(neighbour.areaCode()));
        return codes;
    }

    static Comparison comparison(
            Snapshot snapshot, Indicator indicator, IndicatorRow own, Area area, List<Area> neighbours) {
        List<IndicatorRow> rows = new ArrayList<>();
        rows.add(own);
        List<Double> neighbourValues = new ArrayList<>();
        for (Area neighbour : neighbours) {
            snapshot.series(indicator.id(), own.source(), neighbour.areaCode()).stream()
                    .filter(row -> row.period().equals(own.period()))
                    .findFirst()
                    .ifPresent(row -> {
                        rows.add(row);
                        if (row.value() != null && !row.suppressed()) {
                            neighbourValues.add(row.value());
                        }
                    });
        }
        Comparator<IndicatorRow> best = Comparator.comparingDouble(row -> order(row, indicator.polarity()));
        List<IndicatorRow> valued = rows.stream()
                .filter(row -> row.value() != null && !row.suppressed())
                .sorted(best.thenComparing(IndicatorRow::areaName))
                .toList();
        List<Line> lines = new ArrayList<>();
        int position = 0;
        int chosenPosition = 0;
        Double previous = null;
        for (int index = 0; index < valued.size(); index++) {
            IndicatorRow row = valued.get(index);
            if (previous == null || !previous.equals(row.value())) {
                position = index + 1; // tied values share the better place
            }
            previous = row.value();
            boolean chosen = row.areaCode().equals(area.areaCode());
            if (chosen) {
                chosenPosition = position;
            }
            lines.add(new Line(snapshot.area(row.areaCode()).orElseThrow(), RowView.of(row), position, chosen));
        }
        for (IndicatorRow row : rows) {
            if (!valued.contains(row)) {
                lines.add(new Line(
                        snapshot.area(row.areaCode()).orElseThrow(),
                        RowView.of(row),
                        0,
                        row.areaCode().equals(area.areaCode())));
            }
        }
        String place = chosenPosition == 0
                ? area.areaName() + " has no figure for " + own.periodLabel() + "."
                : area.areaName() + " ranks " + ordinal(chosenPosition) + " of " + valued.size() + " ("
                        + (indicator.polarity() == Polarity.NO_JUDGEMENT ? "highest first" : "best first")
                        + ").";
        String averageText;
        String averageMethod;
        if (own.neighboursValue() != null) {
            averageText = Display.value(own.neighboursValue(), own.unit());
            averageMethod = "pooled: the " + own.neighboursIncluded() + " neighbours' counts added up";
        } else if (!neighbourValues.isEmpty()) {
            double mean = neighbourValues.stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElseThrow();
            averageText = Display.value(mean, own.unit());
            averageMethod = "the mean of the " + neighbourValues.size() + " neighbours' values";
        } else {
            averageText = "";
            averageMethod = "no neighbour has a figure";
        }
        return new Comparison(
                indicator, own.periodLabel(), Display.source(own.source()), lines, place, averageText, averageMethod);
    }

    /** The ascending sort key: the value where lower is better, its negation otherwise (highest first). */
    private static double order(IndicatorRow row, Polarity polarity) {
        return polarity == Polarity.LOWER_IS_BETTER ? row.value() : -row.value();
    }

    private static String ordinal(int number) {
        return Display.ordinal(number);
    }
}
