package org.sendacc.ingest.ofsted;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspections2016;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordReader;
import org.sendacc.rules.read.RecordStream;
import org.sendacc.rules.read.WorkbookSheets;

/**
 * Reads Ofsted's official statistics of area SEND inspections under the 2016-2022 framework (.ods): the sheet whose
 * header row starts "Web link to Ofsted local authority webpage", below its title and notes, one row per local area.
 * Columns are found by their titles (which begin "Local authority code", "Inspection outcome: written statement of
 * action required?", "Revisit outcome: ..." and so on), never by position; a file without that sheet or one of those
 * columns is rejected by name with the reason.
 */
public final class AreaSendInspectionsReader implements RecordReader {
    private static final String HEADER_START = "Web link to Ofsted local authority webpage";

    /** Our column for each title's beginning, as Ofsted words them. */
    private static final Map<String, String> TITLES = titles();

    private static Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("local authority code", AreaSendInspections2016.LA_ONS_CODE);
        titles.put("area name", AreaSendInspections2016.AREA_NAME);
        titles.put("ofsted region", AreaSendInspections2016.OFSTED_REGION);
        titles.put("inspection start date", AreaSendInspections2016.INSPECTION_START);
        titles.put("inspection publication date", AreaSendInspections2016.INSPECTION_PUBLISHED);
        titles.put("inspection outcome: written statement of action required", AreaSendInspections2016.WSOA_REQUIRED);
        titles.put("number significant weaknesses identified", AreaSendInspections2016.SIGNIFICANT_WEAKNESSES);
        titles.put("revisit start date", AreaSendInspections2016.REVISIT_START);
        titles.put("revisit publication date", AreaSendInspections2016.REVISIT_PUBLISHED);
        titles.put("revisit outcome", AreaSendInspections2016.REVISIT_OUTCOME);
        titles.put(
                "number significant weaknesses where sufficient progress has been made",
                AreaSendInspections2016.WEAKNESSES_PROGRESSED);
        titles.put(
                "number significant weaknesses where sufficient progress has not been made",
                AreaSendInspections2016.WEAKNESSES_NOT_PROGRESSED);
        return titles;
    }

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        // The guidance sheet lists the same titles down a column, so a sheet counts only if its row has them all.
        FileRejectedException firstProblem = null;
        for (WorkbookSheets.Sheet sheet : WorkbookSheets.readOds(fileName, in)) {
            var header = sheet.findRowStartingWith(HEADER_START, 1);
            if (header.isPresent()) {
                try {
                    return RecordStream.of(records(fileName, sheet, header.get()), List.of());
                } catch (FileRejectedException e) {
                    firstProblem = firstProblem == null ? e : firstProblem;
                }
            }
        }
        if (firstProblem != null) {
            throw firstProblem;
        }
        throw new FileRejectedException(
                "file.layout", fileName + " has no sheet with a header row starting '" + HEADER_START + "'");
    }

    private static List<RawRecord> records(String fileName, WorkbookSheets.Sheet sheet, int header)
            throws FileRejectedException {
        Map<String, Integer> columns = new HashMap<>();
        for (int column = 0; column <= sheet.lastColumn(header); column++) {
            String title = sheet.text(header, column).toLowerCase(Locale.UK);
            // the longest title beginning wins: "revisit outcome" must not take the progress counts' columns
            String best = null;
            for (String start : TITLES.keySet()) {
                if (title.startsWith(start) && (best == null || start.length() > best.length())) {
                    best = start;
                }
            }
            if (best != null) {
                columns.putIfAbsent(TITLES.get(best), column);
            }
        }
        List<String> missing = TITLES.values().stream()
                .filter(name -> !columns.containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            throw new FileRejectedException(
                    "file.layout",
                    fileName + ": sheet '" + sheet.name() + "' header row " + header + " lacks the columns for "
                            + String.join(", ", missing));
        }
        List<RawRecord> records = new java.util.ArrayList<>();
        for (int row : sheet.rows().tailMap(header, false).keySet()) {
            if (sheet.isBlank(row)) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            columns.forEach((name, column) -> cells.put(name, sheet.text(row, column)));
            records.add(RawRecord.of(row, cells));
        }
        return records;
    }
}
