package org.sendacc.analytics.recipe;

import static java.util.Objects.requireNonNull;

import org.sendacc.contract.snapshot.AreaLevel;

/**
 * A recipe's figure for one breakdown of a published file (topic "Child or young persons age", breakdown "age 10"),
 * as a numerator and denominator, or why the publisher gave none; the breakdowns table is derived from these rows.
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
        String missingReason) {
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
