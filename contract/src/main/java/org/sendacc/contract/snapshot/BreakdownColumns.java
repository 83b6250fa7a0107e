package org.sendacc.contract.snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.contract.snapshot.SnapshotColumns.Kind;

/**
 * The columns of the published breakdowns table (docs/snapshot.md "Breakdowns"): an indicator's figure for one
 * breakdown of a published file (an age, a sex, an ethnic group) for an area and period, with its confidence
 * intervals and its comparison with England's figure for the same breakdown. Names shared with the indicators table
 * are the same columns; the analytics job writes them in this order and the dashboard server reads them by name.
 */
public final class BreakdownColumns {
    public static final String BREAKDOWN_TOPIC = "breakdown_topic";
    public static final String BREAKDOWN = "breakdown";

    /** Every column, in the order they are written, with its kind. */
    public static final Map<String, Kind> KINDS = kinds();

    /** Every column, in the order they are written. */
    public static final List<String> ALL = List.copyOf(KINDS.keySet());

    private BreakdownColumns() {}

    private static Map<String, Kind> kinds() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (String column : List.of(
                SnapshotColumns.INDICATOR_ID,
                SnapshotColumns.AREA_CODE,
                SnapshotColumns.AREA_NAME,
                SnapshotColumns.AREA_LEVEL,
                SnapshotColumns.PERIOD,
                SnapshotColumns.PERIOD_LABEL,
                SnapshotColumns.SOURCE)) {
            kinds.put(column, Kind.TEXT);
        }
        kinds.put(BREAKDOWN_TOPIC, Kind.TEXT);
        kinds.put(BREAKDOWN, Kind.TEXT);
        for (String column : List.of(
                SnapshotColumns.VALUE,
                SnapshotColumns.NUMERATOR,
                SnapshotColumns.DENOMINATOR,
                SnapshotColumns.LOWER_CI95,
                SnapshotColumns.UPPER_CI95,
                SnapshotColumns.LOWER_CI998,
                SnapshotColumns.UPPER_CI998,
                SnapshotColumns.ENGLAND_VALUE)) {
            kinds.put(column, Kind.DECIMAL);
        }
        kinds.put(SnapshotColumns.COMPARISON_ENGLAND, Kind.TEXT);
        kinds.put(SnapshotColumns.SUPPRESSED, Kind.FLAG);
        kinds.put(SnapshotColumns.NO_VALUE_REASON, Kind.TEXT);
        kinds.put(SnapshotColumns.UNIT, Kind.TEXT);
        kinds.put(SnapshotColumns.POLARITY, Kind.TEXT);
        kinds.put(SnapshotColumns.SNAPSHOT_ID, Kind.TEXT);
        return Collections.unmodifiableMap(kinds);
    }
}
