package org.sendacc.analytics.indicators;

import java.util.List;

/**
 * The columns of the published indicators table, in order: the contract between the analytics job and the
 * dashboard server (docs/snapshot.md describes each).
 */
public final class IndicatorColumns {
    public static final String VALUE = "value";
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
    public static final String BREAK_IN_SERIES = "break_in_series";
    public static final String SUPPRESSED = "suppressed";
    public static final String NO_VALUE_REASON = "no_value_reason";
    public static final String SNAPSHOT_ID = "snapshot_id";
    public static final String PARTNER = "partner";
    public static final String UNIT = "unit";
    public static final String POLARITY = "polarity";
    public static final String NEIGHBOURS_INCLUDED = "neighbours_included";

    /** Every column of the published table, in order. */
    public static final List<String> ALL = List.of(
            BaseRows.INDICATOR_ID,
            BaseRows.AREA_CODE,
            Areas.AREA_NAME,
            BaseRows.AREA_LEVEL,
            BaseRows.PERIOD,
            BaseRows.PERIOD_LABEL,
            BaseRows.PERIOD_START,
            VALUE,
            BaseRows.NUMERATOR,
            BaseRows.DENOMINATOR,
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
            BaseRows.SOURCE,
            BaseRows.APPORTIONED,
            BREAK_IN_SERIES,
            SUPPRESSED,
            NO_VALUE_REASON,
            PARTNER,
            UNIT,
            POLARITY,
            Areas.REGION_CODE,
            Areas.ICB_CODE,
            NEIGHBOURS_INCLUDED,
            SNAPSHOT_ID);

    private IndicatorColumns() {}
}
