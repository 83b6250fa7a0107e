package org.sendacc.rules.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.Problem;

/**
 * Reads a local return (docs/local-returns.md) as the partner sent it: a CSV in the template, or an Excel workbook
 * (.xlsx) whose first sheet holds the same table, header row first. Which one is decided by the bytes, never by the
 * name: a workbook is a ZIP archive and starts {@code PK\3\4}; anything else is read as UTF-8 text.
 *
 * <p>A cell that a spreadsheet would run as a formula is refused (rule {@link #FORMULA}): in a workbook, any cell that
 * holds one (its cached result is never read); in a CSV, text starting {@code = + - @} that is not a plain number.
 * Nothing is ever evaluated.
 */
public final class LocalReturnReader implements RecordReader {
    public static final String FORMULA = "value.formula";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final DelimitedTableReader CSV = new DelimitedTableReader();

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(ZIP.length);
        byte[] head = buffered.readNBytes(ZIP.length);
        buffered.reset();
        RecordStream records = Arrays.equals(head, ZIP)
                ? CSV.open(fileName, workbookAsCsv(fileName, buffered), contract)
                : CSV.open(fileName, buffered, contract);
        return new WithoutFormulas(records, contract);
    }

    /** True when the bytes start as a ZIP archive does (an .xlsx workbook is one). */
    public static boolean isZip(byte[] head) {
        return head.length >= ZIP.length && Arrays.equals(Arrays.copyOf(head, ZIP.length), ZIP);
    }

    /**
     * The workbook's first sheet as the template's CSV, one line per sheet row (blank rows kept), so that the row
     * numbers the rules report are the ones Excel shows. A line break inside a cell becomes a space: no column of a
     * return allows one, and a quoted break would shift every later row's number.
     */
    private static InputStream workbookAsCsv(String fileName, InputStream in)
            throws IOException, FileRejectedException {
        List<WorkbookSheets.Sheet> sheets = WorkbookSheets.readValues(fileName, in);
        if (sheets.isEmpty() || sheets.get(0).rows().isEmpty()) {
            throw new FileRejectedException("file.empty", fileName + " has no cells on its first sheet");
        }
        WorkbookSheets.Sheet sheet = sheets.get(0);
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                text, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            int last = sheet.rows().lastKey();
            for (int row = 1; row <= last; row++) {
                Map<Integer, String> cells = sheet.rows().get(row);
                if (cells == null || cells.isEmpty()) {
                    csv.println();
                    continue;
                }
                int width = sheet.lastColumn(row) + 1;
                for (int column = 0; column < width; column++) {
                    String value = cells.getOrDefault(column, "");
                    csv.print(value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
                }
                csv.println();
            }
        }
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The records, each holding a formula replaced by a record with that problem. */
    private static final class WithoutFormulas implements RecordStream {
        private final RecordStream records;
        private final Contract contract;

        WithoutFormulas(RecordStream records, Contract contract) {
            this.records = records;
            this.contract = contract;
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public RawRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawRecord record = records.next();
            for (Map.Entry<String, String> cell : record.cells().entrySet()) {
                if (SpreadsheetText.isFormula(cell.getValue())) {
                    String shown = contract.column(cell.getKey())
                            .map(column -> column.shown(cell.getValue()))
                            .orElse(cell.getValue());
                    return RawRecord.broken(
                            record.row(),
                            new Problem(
                                    cell.getKey(),
                                    FORMULA,
                                    shown,
                                    cell.getKey() + " holds a spreadsheet formula: send values only"));
                }
            }
            return record;
        }

        @Override
        public List<Problem> fileProblems() {
            return records.fileProblems();
        }
    }
}
