package org.sendacc.analytics.input;

import java.io.Serializable;
import java.util.List;
import org.sendacc.parquet.ColumnCursor;

/**
 * How one warehouse table is reduced to counts: the columns read, and the cell each row counts in. Runs in Spark's
 * tasks ({@link TableScans}), so it is serializable and its keys are small serializable values (records).
 *
 * @param <K> a cell's key
 */
public interface TableReduction<K extends Serializable> extends Serializable {
    String table();

    /** The columns read; column {@code i} of the {@link ColumnCursor} is the {@code i}-th. */
    List<String> columns();

    /** The cell this row counts in, or null to leave the row out. */
    K key(ColumnCursor row);

    /** What this row adds to its cell's sum (nothing, unless the reduction sums a column). */
    default double measure(ColumnCursor row) {
        return 0;
    }
}
