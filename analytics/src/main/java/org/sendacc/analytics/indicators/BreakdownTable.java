package org.sendacc.analytics.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.areas.Area;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.recipe.BreakdownRow;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.SeriesSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.BreakdownColumns;
import org.sendacc.contract.snapshot.Comparison;

/**
 * The breakdowns table (docs/snapshot.md "Breakdowns"): each recipe's figure for one breakdown of a published file,
 * with the same value, confidence intervals and disclosure rule as the indicators table, and its comparison with
 * England's figure for the same breakdown. Breakdowns come from published files only; a breakdown of an unpublished
 * local return would need its own secondary suppression, and none is computed.
 */
public final class BreakdownTable {
    private final List<Object[]> values;

    private BreakdownTable(List<Object[]> values) {
        this.values = values;
    }

    public static BreakdownTable build(List<BreakdownRow> base, Catalogue catalogue, Areas areas, String snapshotId) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        catalogue.indicators().forEach(indicator -> indicators.put(indicator.id(), indicator));
        record Computed(BreakdownRow base, IndicatorRow row) {}
        List<Computed> computed = new ArrayList<>();
        Map<String, Double> england = new HashMap<>();
        for (BreakdownRow breakdown : base) {
            Indicator indicator = indicators.get(breakdown.indicatorId());
            if (indicator == null
                    || !SeriesSource.fromCatalogue(breakdown.source()).isPublished()) {
                continue;
            }
            if (breakdown.isShare()) {
                indicator = indicator.asShare();
            }
            IndicatorRow row = new IndicatorRow(
                    indicator,
                    breakdown.source(),
                    breakdown.areaCode(),
                    breakdown.level(),
                    breakdown.period().key(),
                    breakdown.period().label(),
                    breakdown.period().start(),
                    breakdown.numerator(),
                    breakdown.denominator(),
                    false,
                    breakdown.missingReason());
            row.value = ValuesAndIntervals.value(row);
            ValuesAndIntervals.intervals(row);
            row.isSuppressed = SmallCounts.isDisclosive(row);
            computed.add(new Computed(breakdown, row));
            if (breakdown.level() == AreaLevel.ENGLAND && !row.isSuppressed) {
                england.put(key(breakdown), row.value);
            }
        }
        List<Object[]> values = new ArrayList<>(computed.size());
        for (Computed entry : computed) {
            IndicatorRow row = entry.row();
            BreakdownRow breakdown = entry.base();
            Double englandValue = england.get(key(breakdown));
            String comparison = row.isSuppressed || row.level == AreaLevel.ENGLAND
                    ? Comparison.NOT_COMPARED.token()
                    : Benchmarks.comparison(row, englandValue, row.indicator.polarity());
            String name = areas.area(breakdown.areaCode()).map(Area::name).orElse(breakdown.areaCode());
            boolean shown = !row.isSuppressed;
            Object[] line = new Object[BreakdownColumns.ALL.size()];
            int i = 0;
            line[i++] = breakdown.indicatorId();
            line[i++] = breakdown.areaCode();
            line[i++] = name;
            line[i++] = breakdown.level().snapshotName();
            line[i++] = row.period;
            line[i++] = row.periodLabel;
            line[i++] = breakdown.source();
            line[i++] = breakdown.topic();
            line[i++] = breakdown.breakdown();
            line[i++] = shown ? row.value : null;
            line[i++] = shown ? row.numerator : null;
            line[i++] = shown ? row.denominator : null;
            line[i++] = shown ? row.lowerCi95 : null;
            line[i++] = shown ? row.upperCi95 : null;
            line[i++] = shown ? row.lowerCi998 : null;
            line[i++] = shown ? row.upperCi998 : null;
            line[i++] = englandValue;
            line[i++] = comparison;
            line[i++] = row.isSuppressed;
            line[i++] = IndicatorTable.noValueReason(row);
            line[i++] = row.indicator.unit().token();
            line[i++] = row.indicator.polarity().token();
            line[i] = snapshotId;
            values.add(line);
        }
        return new BreakdownTable(values);
    }

    private static String key(BreakdownRow row) {
        return row.indicatorId()
                + '\u0000'
                + row.source()
                + '\u0000'
                + row.period().key()
                + '\u0000'
                + row.topic()
                + '\u0000'
                + row.breakdown();
    }

    /** The rows' values in {@link BreakdownColumns#ALL} order. */
    public List<Object[]> values() {
        return values;
    }
}
