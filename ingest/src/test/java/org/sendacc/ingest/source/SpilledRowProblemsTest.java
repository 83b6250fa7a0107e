package org.sendacc.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.ingest.Processed;
import org.sendacc.reference.ReferenceData;
import org.sendacc.rules.returns.LocalReturnContracts;
import org.sendacc.rules.source.Source;

/**
 * As a Spark task reads a group of files, each file's row problems are written to a file of their own as they are
 * found, not kept in its outcome: a return of millions of bad rows is never held in memory by the task or the driver.
 * What is written is exactly what the run's rejections.csv would list from problems kept in memory.
 */
class SpilledRowProblemsTest {
    private static final String HEADER =
            "record_id,la_code,date_of_birth,request_date,decision_date,decision,plan_issue_date,assessment_outcome,exception";
    private static final Source RECORDS = LocalReturnContracts.all().stream()
            .filter(source -> source.id().equals("local.ehc_assessment_records"))
            .findFirst()
            .orElseThrow();

    @TempDir
    Path folder;

    /** 2,000 records, every third with a request date that is not a date (and so a decision before it). */
    private static String returnWithBadRows() {
        StringBuilder text = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < 2000; i++) {
            String request = i % 3 == 1 ? "10/01/2024 approx" : "2024-01-10";
            text.append("R")
                    .append(10_000 + i)
                    .append(",E06000005,2015-03-02,")
                    .append(request)
                    .append(",2024-02-15,assess,2024-05-20,plan_issued,N\r\n");
        }
        return text.toString();
    }

    @Test
    void writesEachFilesRowProblemsAsTheyAreFoundAndKeepsOnlyTheirCount() throws IOException {
        String content = returnWithBadRows();
        Path bad = Files.writeString(folder.resolve("records_bad.csv"), content);
        Path good = Files.writeString(
                folder.resolve("records_good.csv"),
                HEADER + "\r\n"
                        + "R0001,E06000005,2015-03-02,2024-01-10,2024-02-15,assess,2024-05-20,plan_issued,N\r\n");
        Configuration hadoop = new Configuration();
        String outcomes = folder.resolve("scratch/000000.json").toString();
        FileProcessor processor = new FileProcessor(RECORDS, ReferenceData.bundled(), Processed.RUN_DATE, "test-run");

        Iterator<Row> rows = processor.acceptedRows(
                List.of(
                        new InputFile(bad.toUri().toString(), "records_bad.csv", Files.size(bad)),
                        new InputFile(good.toUri().toString(), "records_good.csv", Files.size(good))),
                hadoop,
                outcomes);
        long accepted = 0;
        while (rows.hasNext()) {
            rows.next();
            accepted++;
        }

        List<FileOutcome> read =
                FileOutcome.readAll(FileSystem.getLocal(hadoop), new org.apache.hadoop.fs.Path(outcomes));
        FileOutcome badOutcome = read.get(0);
        // 667 of the 2,000 (i = 1, 4, ..., 1999) are rejected; the other 1,333 and the good file's row are kept
        assertThat(accepted).isEqualTo(1333 + 1);
        assertThat(badOutcome.rowsRead() - badOutcome.accepted()).isEqualTo(667);
        assertThat(badOutcome.rowProblems()).as("none kept in the outcome").isEmpty();
        assertThat(badOutcome.rowProblemsFile()).isNotNull();
        assertThat(read.get(1).rowProblemsFile())
                .as("no file for a file without rejected rows")
                .isNull();
        assertThat(read.get(1).rowProblemCount()).isZero();

        // the same problems as reading the file in memory finds, printed as rejections.csv prints them
        Processed inMemory = Processed.run(RECORDS, "records_bad.csv", content);
        StringWriter expected = new StringWriter();
        try (CSVPrinter csv = RejectionsCsv.printer(expected, false)) {
            for (Processed.Rejected rejected : inMemory.rejected()) {
                RejectionsCsv.print(csv, "records_bad.csv", rejected.row(), rejected.problem());
            }
        }
        Path spill = Path.of(new org.apache.hadoop.fs.Path(badOutcome.rowProblemsFile())
                .toUri()
                .getPath());
        String spilled = Files.readString(spill);
        assertThat(spilled).isEqualTo(expected.toString());
        assertThat(badOutcome.rowProblemCount()).isEqualTo(inMemory.rejected().size());

        // every third row from row 3 (record i is on line i + 2) to row 2001 is rejected, in file order
        List<Long> rejectedRows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                long row = Long.parseLong(record.get(1));
                if (rejectedRows.isEmpty() || rejectedRows.get(rejectedRows.size() - 1) != row) {
                    rejectedRows.add(row);
                }
            }
        }
        assertThat(rejectedRows).hasSize(667).startsWith(3L, 6L, 9L).endsWith(2001L);
    }
}
