package org.sendacc.analytics.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.sendacc.contract.warehouse.WarehouseTables;
import org.sendacc.parquet.ColumnCursor;

/**
 * Reads a small warehouse table (a publisher's aggregate, a workforce return: at most one row per area, period and
 * breakdown, a few hundred thousand rows for the largest DfE file) on the driver with Apache Parquet, projected to the
 * columns the recipes use. A Spark job would cost more to plan and start than reading such a table takes; the tables
 * that grow with person-level records are reduced by Spark instead (see {@link WarehouseInputs}).
 */
public final class SmallTables {
    private SmallTables() {}

    public static List<SourceRow> read(
            Path table, Set<String> wanted, Set<String> breakdowns, Configuration configuration) {
        return read(table, wanted, breakdowns, null, configuration);
    }

    /**
     * As {@link #read(Path, Set, Set, Configuration)}, keeping only the rows whose value of each column of {@code
     * where} is one of its values (or empty); every row when {@code where} is null.
     */
    public static List<SourceRow> read(
            Path table,
            Set<String> wanted,
            Set<String> breakdowns,
            Map<String, Set<String>> where,
            Configuration configuration) {
        try {
            List<SourceRow> rows = new ArrayList<>();
            for (FileStatus file : TableScans.files(table, configuration)) {
                readFile(file.getPath(), wanted, breakdowns, where, configuration, rows);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + table, e);
        }
    }

    private static void readFile(
            Path file,
            Set<String> wanted,
            Set<String> breakdowns,
            Map<String, Set<String>> where,
            Configuration configuration,
            List<SourceRow> rows)
            throws IOException {
        List<String> names = new ArrayList<>(wanted);
        if (where != null) {
            where.keySet().stream().filter(column -> !names.contains(column)).forEach(names::add);
        }
        names.remove(WarehouseTables.MISSING_REASONS);
        if (breakdowns != null && !names.contains(WarehouseTables.Ees.BREAKDOWN)) {
            names.add(WarehouseTables.Ees.BREAKDOWN);
        }
        int breakdown = names.indexOf(WarehouseTables.Ees.BREAKDOWN);
        int reasons = names.size();
        names.add(WarehouseTables.MISSING_REASONS);
        List<int[]> filtered = new ArrayList<>(); // {column index} with its allowed values beside, in one order
        List<Set<String>> allowed = new ArrayList<>();
        if (where != null) {
            where.forEach((column, values) -> {
                filtered.add(new int[] {names.indexOf(column)});
                allowed.add(values);
            });
        }
        try (ColumnCursor row = ColumnCursor.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(file, configuration), names)) {
            rows:
            while (row.next()) {
                if (breakdowns != null && !row.isNull(breakdown) && !breakdowns.contains(row.text(breakdown))) {
                    continue;
                }
                for (int f = 0; f < filtered.size(); f++) {
                    int column = filtered.get(f)[0];
                    if (!row.isNull(column) && !allowed.get(f).contains(row.text(column))) {
                        continue rows;
                    }
                }
                Map<String, Object> values = new HashMap<>();
                for (int i = 0; i < reasons; i++) {
                    if (!row.isNull(i) && wanted.contains(names.get(i))) {
                        values.put(names.get(i), row.value(i));
                    }
                }
                rows.add(new SourceRow(values, row.map(reasons)));
            }
        }
    }
}
