package org.sendacc.analytics.recipe;

import static java.util.Objects.requireNonNull;

import org.sendacc.contract.snapshot.AreaLevel;

/**
 * A recipe's figure for one breakdown of a published file (topic "Child or young persons age", breakdown "age 10"),
 * as a numerator and denominator, or why the publisher gave none; the breakdowns table is derived from these rows.
 *
 * @param isShare true where the figure is the breakdown's share of the area's headline count (autism's share of all EHC
 *     plans), a percentage with a Wilson interval, not the indicator's rate: a rate per resident of a group would need
 *     the group's population, which we do not hold (docs/snapshot.md "Breakdowns")
 */
public record BreakdownRow(
        String indicatorId,
        String source,
        String areaCode,
        AreaLevel level,
        BaseRow.Period period,
        String topic,
        String breakdown,
        Double numerator,
        Double denominator,
        String missingReason,
        boolean isShare) {
    public BreakdownRow {
        requireNonNull(indicatorId, "indicatorId is null");
        requireNonNull(source, "source is null");
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(level, "level is null");
        requireNonNull(period, "period is null");
        requireNonNull(topic, "topic is null");
        requireNonNull(breakdown, "breakdown is null");
    }
}
