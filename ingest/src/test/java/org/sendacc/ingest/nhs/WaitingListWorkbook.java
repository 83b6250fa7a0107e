package org.sendacc.ingest.nhs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a small workbook in the layout of NHS England's community health services waiting-list publication: one
 * sheet per table (Table 4 total, Tables 4a-4g by weeks band), each with its title, notes rows, header and
 * organisation rows, so a test can change one thing (a count, a code, a title) and see what the reader makes of it.
 */
final class WaitingListWorkbook {
    static final String SLT = "(CYP) Therapy interventions: Speech and language";

    /** Each table's sheet name and title as NHS England writes them, before the month. */
    private static final Map<String, String[]> TABLES = tables();

    /** The same with "over 52 weeks" split into 52-104 weeks (Table 4g) and over 104 weeks (Table 4h). */
    private static final Map<String, String[]> SPLIT_TABLES = splitTables();

    private Map<String, String[]> tables = TABLES;

    private final String month;
    private final List<String> services = new ArrayList<>(List.of(SLT));
    private final List<Object[]> organisations = new ArrayList<>();
    private final List<String> leftOut = new ArrayList<>();
    private int notesRows = 3;

    private WaitingListWorkbook(String month) {
        this.month = month;
    }

    static WaitingListWorkbook forMonth(String month) {
        return new WaitingListWorkbook(month);
    }

    private static Map<String, String[]> tables() {
        Map<String, String[]> tables = new LinkedHashMap<>();
        tables.put("total", new String[] {"Table 4", "Total waiting list by service"});
        tables.put("0-1", new String[] {"Table 4a", "Number waiting 0-1 weeks (0-7 days) by service"});
        tables.put("1-2", new String[] {"Table 4b", "Number waiting >1-2 weeks (8-14 days) by service"});
        tables.put("2-4", new String[] {"Table 4c", "Number waiting >2-4 weeks (15-28 days) by service"});
        tables.put("4-12", new String[] {"Table 4d", "Number waiting >4-12 weeks (29-84 days) by service"});
        tables.put("12-18", new String[] {"Table 4e", "Number waiting >12-18 weeks (85-126 days) by service"});
        tables.put("18-52", new String[] {"Table 4f", "Number waiting >18-52 weeks (127-364 days) by service"});
        tables.put("52+", new String[] {"Table 4g", "Number waiting over 52 weeks (over 365 days) by service"});
        return tables;
    }

    private static Map<String, String[]> splitTables() {
        Map<String, String[]> tables = new LinkedHashMap<>(TABLES);
        tables.remove("52+");
        tables.put("52-104", new String[] {"Table 4g", "Number waiting >52-104 weeks (365-728 days) by service"});
        tables.put("104+", new String[] {"Table 4h", "Number waiting over 104 weeks (over 728 days) by service"});
        return tables;
    }

    /** Later editions' tables: nine, counts going total, 0-1 ... 18-52, 52-104, 104+. */
    WaitingListWorkbook splitOverAYear() {
        tables = SPLIT_TABLES;
        return this;
    }

    /** The service columns, as header labels; the default is children's speech and language therapy alone. */
    WaitingListWorkbook services(String... labels) {
        services.clear();
        services.addAll(List.of(labels));
        return this;
    }

    WaitingListWorkbook notesRows(int count) {
        notesRows = count;
        return this;
    }

    /** Leaves out the table of a band ("total", "0-1", ... "52+"). */
    WaitingListWorkbook without(String band) {
        leftOut.add(band);
        return this;
    }

    /**
     * An organisation row. Its counts go table by table (total, 0-1, 1-2, 2-4, 4-12, 12-18, 18-52, 52+), one per
     * service within each table; a number is written as a number, a string as text, null as a blank cell.
     */
    WaitingListWorkbook organisation(String type, String code, String name, Object... counts) {
        if (counts.length != tables.size() * services.size()) {
            throw new IllegalArgumentException(
                    "expected " + tables.size() * services.size() + " counts but got " + counts.length);
        }
        Object[] row = new Object[3 + counts.length];
        row[0] = type;
        row[1] = code;
        row[2] = name;
        System.arraycopy(counts, 0, row, 3, counts.length);
        organisations.add(row);
        return this;
    }

    byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Cover page").createRow(0).createCell(0).setCellValue("Title:");
            int table = 0;
            for (Map.Entry<String, String[]> entry : tables.entrySet()) {
                if (!leftOut.contains(entry.getKey())) {
                    writeTable(workbook.createSheet(entry.getValue()[0]), entry.getValue()[1], table);
                }
                table++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTable(Sheet sheet, String title, int table) {
        sheet.createRow(0).createCell(0).setCellValue(title + ", " + month);
        for (int note = 1; note <= notesRows; note++) {
            sheet.createRow(note)
                    .createCell(0)
                    .setCellValue("Blanks indicate no organisation submitted (note " + note + ")");
        }
        Row header = sheet.createRow(notesRows + 1);
        header.createCell(0).setCellValue("Organisation Type");
        header.createCell(1).setCellValue("Organisation Code");
        header.createCell(2).setCellValue("Organisation Name");
        for (int service = 0; service < services.size(); service++) {
            header.createCell(3 + service).setCellValue(services.get(service));
        }
        int rowIndex = notesRows + 2;
        for (Object[] organisation : organisations) {
            Row row = sheet.createRow(rowIndex++);
            for (int column = 0; column < 3; column++) {
                row.createCell(column).setCellValue((String) organisation[column]);
            }
            for (int service = 0; service < services.size(); service++) {
                Object count = organisation[3 + table * services.size() + service];
                if (count instanceof Number number) {
                    row.createCell(3 + service).setCellValue(number.doubleValue());
                } else if (count instanceof String text) {
                    row.createCell(3 + service).setCellValue(text);
                }
            }
        }
    }
}
