package org.sendacc.analytics.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sendacc.analytics.input.SmallTables;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.ComparedRow;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.contract.snapshot.SnapshotColumns;

/**
 * A published indicators row as the comparison of two snapshots reads it ({@link ComparedRow}): from the values the
 * job is about to write, or from a published snapshot's table.
 */
public record PublishedRow(
        String indicatorId,
        String source,
        String areaCode,
        String areaName,
        AreaLevel areaLevel,
        String period,
        String periodLabel,
        LocalDate periodStart,
        Double value,
        boolean suppressed,
        Comparison comparisonEngland)
        implements ComparedRow {

    private static final List<String> COLUMNS = List.of(
            SnapshotColumns.INDICATOR_ID,
            SnapshotColumns.SOURCE,
            SnapshotColumns.AREA_CODE,
            SnapshotColumns.AREA_NAME,
            SnapshotColumns.AREA_LEVEL,
            SnapshotColumns.PERIOD,
            SnapshotColumns.PERIOD_LABEL,
            SnapshotColumns.PERIOD_START,
            SnapshotColumns.VALUE,
            SnapshotColumns.SUPPRESSED,
            SnapshotColumns.COMPARISON_ENGLAND);

    /** The rows from values in {@link SnapshotColumns#ALL} order, as {@link SnapshotTableWriter} takes them. */
    public static List<PublishedRow> of(List<Object[]> rows) {
        int[] at = COLUMNS.stream().mapToInt(SnapshotColumns.ALL::indexOf).toArray();
        List<PublishedRow> published = new ArrayList<>(rows.size());
        for (Object[] values : rows) {
            Object[] picked = new Object[at.length];
            for (int i = 0; i < at.length; i++) {
                picked[i] = values[at[i]];
            }
            published.add(from(picked));
        }
        return published;
    }

    /** The rows of a published indicators table (a folder of Parquet files). */
    public static List<PublishedRow> read(Path table, Configuration configuration) {
        List<PublishedRow> published = new ArrayList<>();
        for (SourceRow row : SmallTables.read(table, Set.copyOf(COLUMNS), null, configuration)) {
            Object[] picked = new Object[COLUMNS.size()];
            for (int i = 0; i < picked.length; i++) {
                picked[i] = row.values().get(COLUMNS.get(i));
            }
            published.add(from(picked));
        }
        return published;
    }

    private static PublishedRow from(Object[] values) {
        String level = (String) values[4];
        return new PublishedRow(
                (String) values[0],
                (String) values[1],
                (String) values[2],
                (String) values[3],
                AreaLevel.fromSnapshotName(level)
                        .orElseThrow(() -> new IllegalArgumentException("unknown area_level " + level)),
                (String) values[5],
                (String) values[6],
                (LocalDate) values[7],
                (Double) values[8],
                Boolean.TRUE.equals(values[9]),
                values[10] == null ? null : Comparison.fromToken((String) values[10]));
    }
}
