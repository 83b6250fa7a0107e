package org.sendacc.ingest.dfe;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendacc.contract.warehouse.WarehouseTables.DsgBalance;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordReader;
import org.sendacc.rules.read.RecordStream;
import org.sendacc.rules.read.WorkbookSheets;

/**
 * Reads DfE's derived DSG balances ({@code dsg_deficit_derived.xlsx}): the sheet whose header row starts
 * "time_period", columns by name, as DfE writes them: {@code time_period}, {@code geographic_level}, {@code
 * region_name}, {@code la_name}, the signed "DSG cumulative balance as a % of the total income" and {@code
 * financial_year}. The unsigned {@code deficit} column says the same with the sign turned, and is not read.
 */
public final class DsgBalanceReader implements RecordReader {
    static final String BALANCE_HEADER = "dsg cumulative balance as a % of the total income";
    private static final Map<String, String> COLUMNS = Map.of(
            "time_period",
            DsgBalance.TIME_PERIOD,
            "geographic_level",
            DsgBalance.GEOGRAPHIC_LEVEL,
            "region_name",
            DsgBalance.REGION_NAME,
            "la_name",
            DsgBalance.LA_NAME,
            BALANCE_HEADER,
            DsgBalance.BALANCE_PCT,
            "financial_year",
            DsgBalance.FINANCIAL_YEAR);

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        for (WorkbookSheets.Sheet sheet : WorkbookSheets.read(fileName, in)) {
            var header = sheet.findRowStartingWith("time_period", 0);
            if (header.isEmpty()) {
                continue;
            }
            Map<String, Integer> positions = new HashMap<>();
            for (int column = 0; column <= sheet.lastColumn(header.get()); column++) {
                positions.putIfAbsent(sheet.text(header.get(), column).strip().toLowerCase(Locale.ROOT), column);
            }
            List<String> missing = COLUMNS.keySet().stream()
                    .filter(name -> !positions.containsKey(name))
                    .sorted()
                    .toList();
            if (!missing.isEmpty()) {
                throw new FileRejectedException(
                        "file.layout",
                        fileName + ": sheet '" + sheet.name() + "' lacks columns " + String.join(", ", missing));
            }
            List<RawRecord> records = new ArrayList<>();
            for (int row : sheet.rows().tailMap(header.get(), false).keySet()) {
                if (sheet.isBlank(row)) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                COLUMNS.forEach((header2, column) -> cells.put(column, sheet.text(row, positions.get(header2))));
                records.add(RawRecord.of(row, cells));
            }
            return RecordStream.of(records, List.of());
        }
        throw new FileRejectedException(
                "file.layout", fileName + " has no sheet with a header row starting 'time_period'");
    }
}
