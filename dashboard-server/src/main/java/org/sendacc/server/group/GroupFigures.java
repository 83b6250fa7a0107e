package org.sendacc.server.group;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.statistics.Comparisons;
import org.sendacc.statistics.Interval;

/** A comparison group's figures and each area's comparison with them (docs/api.md "Comparison groups"). */
public final class GroupFigures {
    private GroupFigures() {}

    /** The group's figure for each source among the rows (one indicator and period), in the rows' source order. */
    public static Map<String, GroupFigure> of(ComparisonGroup group, List<IndicatorRow> rows) {
        Set<String> members = new HashSet<>(group.codes());
        Map<String, List<IndicatorRow>> bySource = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            List<IndicatorRow> sourceRows = bySource.computeIfAbsent(row.source(), source -> new ArrayList<>());
            if (row.areaLevel() == AreaLevel.LA
                    && members.contains(row.areaCode())
                    && row.value() != null
                    && !row.suppressed()) {
                sourceRows.add(row);
            }
        }
        Map<String, GroupFigure> figures = new LinkedHashMap<>();
        bySource.forEach((source, included) -> figures.put(source, figure(source, included, members.size())));
        return figures;
    }

    private static GroupFigure figure(String source, List<IndicatorRow> included, int members) {
        if (included.isEmpty()) {
            return new GroupFigure(source, null, null, null, "pooled", 0, members);
        }
        Unit unit = included.get(0).unit();
        if (unit == Unit.COUNT) {
            double sum = included.stream().mapToDouble(IndicatorRow::value).sum();
            return new GroupFigure(source, sum, sum, null, "sum", included.size(), members);
        }
        boolean counted = included.stream().allMatch(row -> row.numerator() != null && row.denominator() != null);
        if (counted) {
            double numerator =
                    included.stream().mapToDouble(IndicatorRow::numerator).sum();
            double denominator =
                    included.stream().mapToDouble(IndicatorRow::denominator).sum();
            Double value = denominator > 0 ? numerator / denominator * unit.multiplier() : null;
            return new GroupFigure(source, value, numerator, denominator, "pooled", included.size(), members);
        }
        double mean =
                included.stream().mapToDouble(IndicatorRow::value).average().orElseThrow();
        return new GroupFigure(source, mean, null, null, "mean", included.size(), members);
    }

    /**
     * The area's comparison with the group's figure, as with England's: by its 95% and 99.8% intervals and the
     * indicator's polarity; not compared without intervals, a figure or a group figure, and for a count.
     */
    public static Comparison comparison(IndicatorRow row, GroupFigure figure) {
        if (row.unit() == Unit.COUNT) {
            // a count against the group's total says nothing, as against England's
            return Comparison.NOT_COMPARED;
        }
        Interval ci95 = row.lowerCi95() == null || row.upperCi95() == null
                ? null
                : new Interval(row.lowerCi95(), row.upperCi95());
        Interval ci998 = row.lowerCi998() == null || row.upperCi998() == null
                ? null
                : new Interval(row.lowerCi998(), row.upperCi998());
        return Comparisons.compareOrNotCompared(
                row.suppressed() ? null : row.value(),
                ci95,
                ci998,
                figure == null ? null : figure.value(),
                row.polarity());
    }

    /**
     * The rows with the group's value and each one's comparison with it, and the group's summary; the link is the
     * indicator page that shows the same view.
     */
    public static Grouped group(ComparisonGroup group, List<IndicatorRow> rows, String link) {
        Map<String, GroupFigure> figures = of(group, rows);
        List<GroupedRow> grouped = new ArrayList<>(rows.size());
        for (IndicatorRow row : rows) {
            GroupFigure figure = figures.get(row.source());
            grouped.add(new GroupedRow(row, figure == null ? null : figure.value(), comparison(row, figure)));
        }
        return new Grouped(grouped, GroupView.of(group, new ArrayList<>(figures.values()), link));
    }

    /** Rows with their group comparisons, and the group. */
    public record Grouped(List<GroupedRow> rows, GroupView group) {}
}
