package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Comparison;

/**
 * One row of the published breakdowns table (docs/snapshot.md "Breakdowns"): an indicator's figure for one breakdown
 * (topic "Child or young persons age", breakdown "age 10") of an area and period, with its intervals and its
 * comparison with England's figure for the same breakdown. Named as the contract's columns, in their order.
 */
public record BreakdownRow(
        String indicatorId,
        String areaCode,
        String areaName,
        AreaLevel areaLevel,
        String period,
        String periodLabel,
        String source,
        String breakdownTopic,
        String breakdown,
        Double value,
        Double numerator,
        Double denominator,
        Double lowerCi95,
        Double upperCi95,
        Double lowerCi998,
        Double upperCi998,
        Double englandValue,
        Comparison comparisonEngland,
        boolean suppressed,
        String noValueReason,
        Unit unit,
        Polarity polarity,
        String snapshotId) {
    public BreakdownRow {
        requireNonNull(indicatorId, "indicatorId is null");
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(areaLevel, "areaLevel is null");
        requireNonNull(period, "period is null");
        requireNonNull(source, "source is null");
        requireNonNull(breakdownTopic, "breakdownTopic is null");
        requireNonNull(breakdown, "breakdown is null");
    }
}
