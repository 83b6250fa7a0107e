package org.sendacc.rules.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.warehouse.WarehouseTables.Ees;
import org.sendacc.rules.contract.Contract;

/**
 * Reads a table in DfE's open data standard whether it comes as the CSV EES serves or as a workbook holding the same
 * columns (DfE's older releases and its dashboards' data): a {@code .xlsx} file is read from its first sheet whose
 * header row starts {@code time_period}, with the same header check and the same cells by name as the CSV, and its
 * row numbers are the sheet's; anything else is read by {@link DelimitedTableReader}.
 */
public final class TidyTableReader implements RecordReader {
    private final DelimitedTableReader csv = new DelimitedTableReader();

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return csv.open(fileName, in, contract);
        }
        for (WorkbookSheets.Sheet sheet : WorkbookSheets.read(fileName, in)) {
            Optional<Integer> header = sheet.findRowStartingWith(Ees.TIME_PERIOD, 0);
            if (header.isEmpty()) {
                continue;
            }
            Map<String, Integer> positions = new LinkedHashMap<>();
            for (int column = 0; column <= sheet.lastColumn(header.get()); column++) {
                String name = sheet.text(header.get(), column);
                if (!name.isEmpty()) {
                    positions.putIfAbsent(name, column);
                }
            }
            List<String> missing = contract.headerColumns().stream()
                    .filter(name -> !positions.containsKey(name))
                    .toList();
            if (!missing.isEmpty()) {
                throw new FileRejectedException(
                        "file.missing_columns",
                        fileName + ": sheet '" + sheet.name() + "' lacks required column"
                                + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
            }
            List<RawRecord> records = new ArrayList<>();
            for (int row : sheet.rows().tailMap(header.get(), false).keySet()) {
                if (sheet.isBlank(row)) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                positions.forEach((name, column) -> cells.put(name, sheet.text(row, column)));
                records.add(RawRecord.of(row, cells));
            }
            return RecordStream.of(records, List.of());
        }
        throw new FileRejectedException(
                "file.layout", fileName + " has no sheet with a header row starting '" + Ees.TIME_PERIOD + "'");
    }
}
