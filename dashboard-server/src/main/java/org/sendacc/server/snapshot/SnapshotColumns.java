package org.sendacc.server.snapshot;

import java.util.List;

/**
 * The columns of the published indicators table, as docs/snapshot.md lists them. The analytics module defines the
 * same names for writing; the server keeps its own copy because it must not depend on the Spark modules, and the
 * reader fails loudly when a published file lacks one of them.
 */
public final class SnapshotColumns {
    public static final String INDICATOR_ID = "indicator_id";
    public static final String AREA_CODE = "area_code";
    public static final String AREA_NAME = "area_name";
    public static final String AREA_LEVEL = "area_level";
    public static final String PERIOD = "period";
    public static final String PERIOD_LABEL = "period_label";
    public static final String PERIOD_START = "period_start";
    public static final String VALUE = "value";
    public static final String NUMERATOR = "numerator";
    public static final String DENOMINATOR = "denominator";
    public static final String LOWER_CI95 = "lower_ci95";
    public static final String UPPER_CI95 = "upper_ci95";
    public static final String LOWER_CI998 = "lower_ci998";
    public static final String UPPER_CI998 = "upper_ci998";
    public static final String ENGLAND_VALUE = "england_value";
    public static final String REGION_VALUE = "region_value";
    public static final String NEIGHBOURS_VALUE = "neighbours_value";
    public static final String ICB_VALUE = "icb_value";
    public static final String COMPARISON_ENGLAND = "comparison_england";
    public static final String COMPARISON_REGION = "comparison_region";
    public static final String COMPARISON_NEIGHBOURS = "comparison_neighbours";
    public static final String COMPARISON_ICB = "comparison_icb";
    public static final String RANK = "rank";
    public static final String RANKED_AREAS = "ranked_areas";
    public static final String QUARTILE = "quartile";
    public static final String PREVIOUS_VALUE = "previous_value";
    public static final String TREND = "trend";
    public static final String TREND_JUDGEMENT = "trend_judgement";
    public static final String TREND_POINTS = "trend_points";
    public static final String SOURCE = "source";
    public static final String APPORTIONED = "apportioned";
    public static final String BREAK_IN_SERIES = "break_in_series";
    public static final String SUPPRESSED = "suppressed";
    public static final String NO_VALUE_REASON = "no_value_reason";
    public static final String PARTNER = "partner";
    public static final String UNIT = "unit";
    public static final String POLARITY = "polarity";
    public static final String REGION_CODE = "region_code";
    public static final String ICB_CODE = "icb_code";
    public static final String NEIGHBOURS_INCLUDED = "neighbours_included";
    public static final String SNAPSHOT_ID = "snapshot_id";

    /** Every column, in the order the analytics job writes them. */
    public static final List<String> ALL = List.of(
            INDICATOR_ID,
            AREA_CODE,
            AREA_NAME,
            AREA_LEVEL,
            PERIOD,
            PERIOD_LABEL,
            PERIOD_START,
            VALUE,
            NUMERATOR,
            DENOMINATOR,
            LOWER_CI95,
            UPPER_CI95,
            LOWER_CI998,
            UPPER_CI998,
            ENGLAND_VALUE,
            REGION_VALUE,
            NEIGHBOURS_VALUE,
            ICB_VALUE,
            COMPARISON_ENGLAND,
            COMPARISON_REGION,
            COMPARISON_NEIGHBOURS,
            COMPARISON_ICB,
            RANK,
            RANKED_AREAS,
            QUARTILE,
            PREVIOUS_VALUE,
            TREND,
            TREND_JUDGEMENT,
            TREND_POINTS,
            SOURCE,
            APPORTIONED,
            BREAK_IN_SERIES,
            SUPPRESSED,
            NO_VALUE_REASON,
            PARTNER,
            UNIT,
            POLARITY,
            REGION_CODE,
            ICB_CODE,
            NEIGHBOURS_INCLUDED,
            SNAPSHOT_ID);

    private SnapshotColumns() {}
}
