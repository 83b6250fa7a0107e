package org.sendacc.analytics.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.recipe.BaseRow;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.catalogue.CiMethod;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Comparison;

/**
 * Builds the indicators table from the recipes' base rows, in plain Java: fills in the levels a source lacks by adding
 * LAs up, computes values and confidence intervals, benchmarks against England, region, ICB footprint and statistical
 * neighbours, ranks LAs, tests the trend, flags breaks in series, and marks small counts for suppression. Each step
 * is one pass over the rows (tens of thousands), in the order {@link #build} calls them, and each pass is its own class:
 * {@link Levels}, {@link ValuesAndIntervals}, {@link SmallCounts} and {@link SecondarySuppression}, {@link Benchmarks},
 * {@link Ranks}, {@link Trends}, {@link Citations}. None costs more for another indicator in the catalogue than the
 * rows it adds.
 */
public final class IndicatorTable {
    static final String NOT_IN_SOURCE = "no figure in the source for this area and period";
    static final String SUPPRESSED_REASON = "suppressed to protect confidentiality (a count between 1 and 4)";
    static final String NO_DENOMINATOR = "no denominator for this area (a predecessor LA has no population of its own)";

    private final List<IndicatorRow> rows;

    private IndicatorTable(List<IndicatorRow> rows) {
        this.rows = rows;
    }

    /** The full table, before suppression is applied (for the area's own analysts). */
    public static IndicatorTable build(List<BaseRow> base, Catalogue catalogue, Areas areas, String snapshotId) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        catalogue.indicators().forEach(indicator -> indicators.put(indicator.id(), indicator));
        List<IndicatorRow> rows = new ArrayList<>();
        for (BaseRow row : Levels.withAggregates(base, areas)) {
            Indicator indicator = indicators.get(row.indicatorId());
            if (indicator != null) {
                IndicatorRow indicatorRow = new IndicatorRow(
                        indicator,
                        row.source(),
                        row.areaCode(),
                        row.level(),
                        row.period().key(),
                        row.period().label(),
                        row.period().start(),
                        row.numerator(),
                        row.denominator(),
                        row.isApportioned(),
                        row.missingReason());
                indicatorRow.publishedDate = row.published();
                indicatorRow.evidenceUrl = row.link();
                indicatorRow.lowerCi95 = row.publishedLower95();
                indicatorRow.upperCi95 = row.publishedUpper95();
                indicatorRow.noSenValue = row.noSenValue();
                indicatorRow.publishedValue = row.publishedValue();
                rows.add(indicatorRow);
            }
        }
        Levels.withEveryCurrentLa(rows, areas);
        for (IndicatorRow row : rows) {
            areas.area(row.areaCode).ifPresent(area -> {
                row.areaName = area.name();
                row.regionCode = area.regionCode();
                row.icbCode = area.icbCode();
            });
            ValuesAndIntervals.wholeCounts(row);
            row.value = ValuesAndIntervals.value(row);
            ValuesAndIntervals.intervals(row);
            row.gapToNoSen = row.value == null || row.noSenValue == null ? null : row.value - row.noSenValue;
            row.isSuppressed = SmallCounts.isDisclosive(row);
            row.snapshotId = snapshotId;
        }
        SecondarySuppression.apply(rows, areas);
        Benchmarks.withBenchmarks(rows, areas);
        for (IndicatorRow row : rows) {
            Polarity polarity = row.indicator.polarity();
            row.comparisonEngland = Benchmarks.comparison(row, row.englandValue, polarity);
            row.comparisonRegion = Benchmarks.comparison(row, row.regionValue, polarity);
            row.comparisonNeighbours = Benchmarks.comparison(row, row.neighboursValue, polarity);
            row.comparisonIcb = Benchmarks.comparison(row, row.icbValue, polarity);
        }
        Ranks.withRanks(rows);
        Trends.withTrendsAndBreaks(rows, areas);
        for (IndicatorRow row : rows) {
            row.noValueReason = noValueReason(row);
        }
        Citations.withCitations(rows, catalogue);
        rows.sort(Comparator.<IndicatorRow, String>comparing(row -> row.indicator.id())
                .thenComparing(row -> row.source)
                .thenComparing(row -> row.level)
                .thenComparing(row -> row.areaCode)
                .thenComparing(row -> row.periodStart)
                .thenComparing(row -> row.period));
        return new IndicatorTable(rows);
    }

    /**
     * The published table: suppressed rows keep their place and reason, but no figure that could disclose. Indicators
     * without a confidence interval (yes/no answers, workforce ratios) publish their value only: their numerators and
     * denominators (an LA's "1 of 1", FTE counts) are inputs with no statistical use here, kept in the restricted table.
     * A yes or no answer above LA level keeps its counts: "45 of 82 LAs" says what England's share means. Estimates
     * (an LA's share of its ICB's figures) publish no counts either: "1,019.7 of 2,189.3 children" would read as a
     * measurement; an estimated count is published as a whole number.
     */
    public IndicatorTable published() {
        List<IndicatorRow> published = new ArrayList<>(rows.size());
        for (IndicatorRow full : rows) {
            IndicatorRow row = full.copy();
            boolean countsOfLas = row.indicator.unit() == Unit.YES_NO && row.level != AreaLevel.LA;
            CiMethod method = row.indicator.ciMethod();
            if ((method == CiMethod.NONE && !countsOfLas) || method == CiMethod.PUBLISHED || row.isEstimate()) {
                row.numerator = null;
                row.denominator = null;
            }
            if (row.isEstimate() && row.value != null && row.indicator.unit() == Unit.COUNT) {
                row.value = (double) Math.round(row.value); // an estimated number of children is a whole number
            }
            if (row.isSuppressed) {
                row.value = null;
                row.numerator = null;
                row.denominator = null;
                row.lowerCi95 = null;
                row.upperCi95 = null;
                row.lowerCi998 = null;
                row.upperCi998 = null;
                row.noSenValue = null;
                row.gapToNoSen = null;
                String notCompared = Comparison.NOT_COMPARED.token();
                row.comparisonEngland = notCompared;
                row.comparisonRegion = notCompared;
                row.comparisonNeighbours = notCompared;
                row.comparisonIcb = notCompared;
            }
            published.add(row);
        }
        return new IndicatorTable(published);
    }

    /** Each row's values in the order of the snapshot's columns. */
    public List<Object[]> values() {
        return rows.stream().map(IndicatorRow::values).toList();
    }

    /** The rows, for this package's tests. */
    List<IndicatorRow> rows() {
        return rows;
    }

    public long rowCount() {
        return rows.size();
    }

    public long suppressedRows() {
        return rows.stream().filter(row -> row.isSuppressed).count();
    }

    public long indicators() {
        return rows.stream().map(row -> row.indicator.id()).distinct().count();
    }

    public long areas() {
        return rows.stream().map(row -> row.areaCode).distinct().count();
    }

    public long periods() {
        return rows.stream().map(row -> row.period).distinct().count();
    }

    static String noValueReason(IndicatorRow row) {
        if (row.isSuppressed) {
            return row.isSecondarySuppression ? SecondarySuppression.REASON : SUPPRESSED_REASON;
        }
        if (row.value != null) {
            return null;
        }
        if (row.missingReason != null) {
            return row.missingReason;
        }
        if (row.numerator != null && row.denominator == null) {
            return NO_DENOMINATOR;
        }
        return NOT_IN_SOURCE;
    }
}
