package org.sendacc.server.indicator;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.server.group.GroupView;
import org.sendacc.server.snapshot.Period;

/**
 * The body of {@code GET /api/indicators/{id}}: every area's row for one indicator and period (England, regions, ICB
 * footprints, LAs), from every source or the one asked for.
 *
 * @param period the period shown, or null when the indicator has no rows at all
 * @param source the source asked for, or null for every source
 * @param periods every period the indicator has rows for, oldest first, to choose another
 * @param rows the rows, each with {@code group_value} and {@code comparison_group} where a group is asked for
 * @param group the comparison group asked for ({@code group=}), or null
 */
public record IndicatorFigures(
        String snapshotId,
        boolean synthetic,
        Indicator indicator,
        String period,
        String periodLabel,
        String source,
        List<Period> periods,
        List<String> sources,
        List<?> rows,
        GroupView group) {
    public IndicatorFigures {
        requireNonNull(snapshotId, "snapshotId is null");
        requireNonNull(indicator, "indicator is null");
        periods = List.copyOf(requireNonNull(periods, "periods is null"));
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }
}
