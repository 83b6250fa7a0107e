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
        table.read((columns, index, rowNumber) -> {
            String levelName = (String) table.required(columns, 3, index, rowNumber);
            AreaLevel level = AreaLevel.fromSnapshotName(levelName)
                    .orElseThrow(() -> ParquetColumns.invalid(file + " row " + rowNumber + " has unknown area_level "
                            + DashboardException.quote(levelName)));
            rows.add(new BreakdownRow(
                    (String) table.required(columns, 0, index, rowNumber),
                    (String) table.required(columns, 1, index, rowNumber),
                    (String) columns[2][index],
                    level,
                    (String) table.required(columns, 4, index, rowNumber),
                    (String) columns[5][index],
                    (String) table.required(columns, 6, index, rowNumber),
                    (String) table.required(columns, 7, index, rowNumber),
                    (String) table.required(columns, 8, index, rowNumber),
                    (Double) columns[9][index],
                    (Double) columns[10][index],
                    (Double) columns[11][index],
                    (Double) columns[12][index],
                    (Double) columns[13][index],
                    (Double) columns[14][index],
                    (Double) columns[15][index],
                    (Double) columns[16][index],
                    table.token(Comparison.class, columns, 17, index, rowNumber),
                    Boolean.TRUE.equals(columns[18][index]),
                    (String) columns[19][index],
                    table.requiredToken(Unit.class, columns, 20, index, rowNumber),
                    table.requiredToken(Polarity.class, columns, 21, index, rowNumber),
                    (String) columns[22][index]));
        });
    }
}
