package org.sendacc.ingest.source;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sendacc.rules.contract.Problem;
import org.sendacc.rules.read.SpreadsheetText;

/**
 * A run's {@code rejections.csv}: its columns, and a problem as one record. The tasks write their files' row
 * problems as such records while they read (so no task or driver holds every problem of a file of millions of bad
 * rows), and the driver copies them into the run's file; both write a record the same way, here.
 */
public final class RejectionsCsv {
    public static final List<String> HEADER = List.of("file", "row", "column", "rule", "value", "message");

    private RejectionsCsv() {}

    /** A printer of records to {@code out}, with the header line first when {@code header} is true. */
    public static CSVPrinter printer(Writer out, boolean header) throws IOException {
        CSVFormat.Builder format = CSVFormat.RFC4180.builder();
        if (header) {
            format.setHeader(HEADER.toArray(String[]::new));
        }
        return format.get().print(out);
    }

    /** One problem of {@code file}: of its row {@code row}, or of the file as a whole when {@code row} is 0. */
    public static void print(CSVPrinter csv, String file, long row, Problem problem) throws IOException {
        csv.printRecord(
                SpreadsheetText.safe(file),
                row == 0 ? "" : Long.toString(row),
                problem.column(),
                problem.rule(),
                SpreadsheetText.safe(problem.value()),
                SpreadsheetText.safe(problem.message()));
    }
}
