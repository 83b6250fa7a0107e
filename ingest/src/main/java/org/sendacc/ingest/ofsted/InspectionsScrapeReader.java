package org.sendacc.ingest.ofsted;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspectionsScrape;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordReader;
import org.sendacc.rules.read.RecordStream;
import org.sendacc.rules.read.WorkbookSheets;

/**
 * Reads the LA analysts' network (Data to Insight) scrape of Ofsted's area SEND reports under the 2023 framework
 * ({@code ofsted_csc_send_overview.xlsx}): the sheet whose header row starts "urn", columns by name. Every cell of the
 * scrape is text: grades are written "1.0", dates dd/mm/yy. The reader turns grades into whole numbers and dates into
 * ISO dates (20yy), and passes the scrape's own symbols ("nan", "None", 01/01/1900) on for the contract's legend.
 */
public final class InspectionsScrapeReader implements RecordReader {
    private static final Pattern GRADE = Pattern.compile("([123])(?:\\.0+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{2}|\\d{4})");
    private static final List<String> COLUMNS = List.of(
            AreaSendInspectionsScrape.URN,
            AreaSendInspectionsScrape.LA_NUMBER,
            AreaSendInspectionsScrape.LOCAL_AUTHORITY,
            AreaSendInspectionsScrape.INSPECTION_LINK,
            AreaSendInspectionsScrape.OUTCOME_GRADE,
            AreaSendInspectionsScrape.PREVIOUS_INSPECTION,
            AreaSendInspectionsScrape.INSPECTION_START,
            AreaSendInspectionsScrape.INSPECTION_END,
            AreaSendInspectionsScrape.PUBLISHED,
            AreaSendInspectionsScrape.NEXT_INSPECTION);
    private static final List<String> DATES = List.of(
            AreaSendInspectionsScrape.PREVIOUS_INSPECTION,
            AreaSendInspectionsScrape.INSPECTION_START,
            AreaSendInspectionsScrape.INSPECTION_END,
            AreaSendInspectionsScrape.PUBLISHED);

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        for (WorkbookSheets.Sheet sheet : WorkbookSheets.read(fileName, in)) {
            var header = sheet.findRowStartingWith(AreaSendInspectionsScrape.URN, 1);
            if (header.isEmpty()) {
                continue;
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int column = 0; column <= sheet.lastColumn(header.get()); column++) {
                columns.putIfAbsent(sheet.text(header.get(), column).toLowerCase(java.util.Locale.ROOT), column);
            }
            List<String> missing =
                    COLUMNS.stream().filter(name -> !columns.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                throw new FileRejectedException(
                        "file.layout",
                        fileName + ": sheet '" + sheet.name() + "' lacks columns " + String.join(", ", missing));
            }
            List<RawRecord> records = new java.util.ArrayList<>();
            for (int row : sheet.rows().tailMap(header.get(), false).keySet()) {
                if (sheet.isBlank(row)) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (String name : COLUMNS) {
                    String text = sheet.text(row, columns.get(name));
                    if (name.equals(AreaSendInspectionsScrape.OUTCOME_GRADE)) {
                        Matcher grade = GRADE.matcher(text);
                        text = grade.matches() ? grade.group(1) : text;
                    } else if (DATES.contains(name) && !text.equals("01/01/1900")) {
                        Matcher date = DATE.matcher(text);
                        if (date.matches()) {
                            String year = date.group(3).length() == 2 ? "20" + date.group(3) : date.group(3);
                            text = year + "-" + date.group(2) + "-" + date.group(1);
                        }
                    }
                    cells.put(name, text);
                }
                records.add(RawRecord.of(row, cells));
            }
            return RecordStream.of(records, List.of());
        }
        throw new FileRejectedException("file.layout", fileName + " has no sheet with a header row starting 'urn'");
    }
}
