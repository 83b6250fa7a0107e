package org.sendacc.server.snapshot;

import java.nio.file.Path;
import java.util.List;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.BreakdownColumns;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.server.DashboardException;

/**
 * Reads one Parquet file of the breakdowns table into rows ({@link ParquetColumns} reads the columns, by position in
 * {@link BreakdownColumns#ALL}).
 */
final class BreakdownParquetFile {
    private BreakdownParquetFile() {}

    /** Appends the file's rows to {@code rows}. */
    static void read(Path file, List<BreakdownRow> rows) {
        ParquetColumns table = new ParquetColumns(file, BreakdownColumns.KINDS, List.of());
        table.read((values, rowNumber) -> {
            String levelName = (String) table.required(values, 3, rowNumber);
            AreaLevel level = AreaLevel.fromSnapshotName(levelName)
                    .orElseThrow(() -> ParquetColumns.invalid(file + " row " + rowNumber + " has unknown area_level "
                            + DashboardException.quote(levelName)));
            rows.add(new BreakdownRow(
                    (String) table.required(values, 0, rowNumber),
                    (String) table.required(values, 1, rowNumber),
                    (String) values[2],
                    level,
                    (String) table.required(values, 4, rowNumber),
                    (String) values[5],
                    (String) table.required(values, 6, rowNumber),
                    (String) table.required(values, 7, rowNumber),
                    (String) table.required(values, 8, rowNumber),
                    (Double) values[9],
                    (Double) values[10],
                    (Double) values[11],
                    (Double) values[12],
                    (Double) values[13],
                    (Double) values[14],
                    (Double) values[15],
                    (Double) values[16],
                    table.token(Comparison.class, values, 17, rowNumber),
                    Boolean.TRUE.equals(values[18]),
                    (String) values[19],
                    table.requiredToken(Unit.class, values, 20, rowNumber),
                    table.requiredToken(Polarity.class, values, 21, rowNumber),
                    (String) values[22]));
        });
    }
}
