package org.sendacc.contract.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the published indicators table, in order, with the type each is written as: the one definition the
 * analytics job writes and the dashboard server reads (docs/snapshot.md describes each column). The restricted,
 * unsuppressed table of the area's own analysts has the same columns.
 */
public final class SnapshotColumns {
    /** How a column is stored in Parquet. */
    public enum Kind {
        TEXT,
        DATE,
        DECIMAL,
        /** A 32-bit whole number. */
        INTEGER,
        /** A 64-bit whole number (a count of rows). */
        LONG,
        FLAG
    }

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
    /** The day the publisher released this figure, where the source dates each figure (an inspection's report). */
    public static final String PUBLISHED_DATE = "published_date";
    /** The publisher's page for this figure, where the source links each figure (an inspection's report). */
    public static final String EVIDENCE_URL = "evidence_url";
    /**
     * The same measure for pupils or young people with no SEN in the same area and period, where the source gives it
     * (KS4, NEET, absence); on the value's scale.
     */
    public static final String NO_SEN_VALUE = "no_sen_value";
    /** {@code value - no_sen_value}: points, or percentage points for a percentage. */
    public static final String GAP_TO_NO_SEN = "gap_to_no_sen";

    public static final String PARTNER = "partner";
    public static final String UNIT = "unit";
    public static final String POLARITY = "polarity";
    public static final String REGION_CODE = "region_code";
    public static final String ICB_CODE = "icb_code";
    public static final String NEIGHBOURS_INCLUDED = "neighbours_included";
    public static final String SNAPSHOT_ID = "snapshot_id";

    /** Every column, in the order they are written, with its kind. */
    public static final Map<String, Kind> KINDS = kinds();

    /** Every column, in the order they are written. */
    public static final List<String> ALL = List.copyOf(KINDS.keySet());

    /** Columns that hold a value in every row. */
    public static final List<String> REQUIRED = List.of(
            INDICATOR_ID,
            AREA_CODE,
            AREA_NAME,
            AREA_LEVEL,
            PERIOD,
            PERIOD_LABEL,
            PERIOD_START,
            SOURCE,
            APPORTIONED,
            BREAK_IN_SERIES,
            SUPPRESSED,
            PARTNER,
            UNIT,
            POLARITY,
            SNAPSHOT_ID);

    /**
     * Columns added to the contract after snapshots had been published without them: a reader takes them as empty
     * when an older snapshot lacks them, so that it can still be read and compared (docs/snapshot.md "Changes").
     */
    public static final List<String> ADDED_LATER = List.of(PUBLISHED_DATE, EVIDENCE_URL, NO_SEN_VALUE, GAP_TO_NO_SEN);

    private SnapshotColumns() {}

    public static Kind kind(String column) {
        Kind kind = KINDS.get(column);
        if (kind == null) {
            throw new IllegalArgumentException("no snapshot column " + column);
        }
        return kind;
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put(INDICATOR_ID, Kind.TEXT);
        kinds.put(AREA_CODE, Kind.TEXT);
        kinds.put(AREA_NAME, Kind.TEXT);
        kinds.put(AREA_LEVEL, Kind.TEXT);
        kinds.put(PERIOD, Kind.TEXT);
        kinds.put(PERIOD_LABEL, Kind.TEXT);
        kinds.put(PERIOD_START, Kind.DATE);
        for (String decimal : List.of(
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
                ICB_VALUE)) {
            kinds.put(decimal, Kind.DECIMAL);
        }
        for (String text : List.of(COMPARISON_ENGLAND, COMPARISON_REGION, COMPARISON_NEIGHBOURS, COMPARISON_ICB)) {
            kinds.put(text, Kind.TEXT);
        }
        kinds.put(RANK, Kind.INTEGER);
        kinds.put(RANKED_AREAS, Kind.LONG);
        kinds.put(QUARTILE, Kind.INTEGER);
        kinds.put(PREVIOUS_VALUE, Kind.DECIMAL);
        kinds.put(TREND, Kind.TEXT);
        kinds.put(TREND_JUDGEMENT, Kind.TEXT);
        kinds.put(TREND_POINTS, Kind.INTEGER);
        kinds.put(SOURCE, Kind.TEXT);
        kinds.put(APPORTIONED, Kind.FLAG);
        kinds.put(BREAK_IN_SERIES, Kind.FLAG);
        kinds.put(SUPPRESSED, Kind.FLAG);
        kinds.put(NO_VALUE_REASON, Kind.TEXT);
        kinds.put(PUBLISHED_DATE, Kind.DATE);
        kinds.put(EVIDENCE_URL, Kind.TEXT);
        kinds.put(NO_SEN_VALUE, Kind.DECIMAL);
        kinds.put(GAP_TO_NO_SEN, Kind.DECIMAL);
        kinds.put(PARTNER, Kind.TEXT);
        kinds.put(UNIT, Kind.TEXT);
        kinds.put(POLARITY, Kind.TEXT);
        kinds.put(REGION_CODE, Kind.TEXT);
        kinds.put(ICB_CODE, Kind.TEXT);
        kinds.put(NEIGHBOURS_INCLUDED, Kind.LONG);
        kinds.put(SNAPSHOT_ID, Kind.TEXT);
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
