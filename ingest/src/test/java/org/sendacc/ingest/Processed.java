package org.sendacc.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.sendacc.ingest.source.FileOutcome;
import org.sendacc.ingest.source.FileProcessor;
import org.sendacc.ingest.source.Provenance;
import org.sendacc.reference.ReferenceData;
import org.sendacc.rules.contract.Problem;
import org.sendacc.rules.source.Source;

/**
 * A file run through its source's reader and contract without Spark: the accepted rows and the problems found, by
 * source row. Lets a test state "row 3 is rejected for rule R, rows 2 and 4 are kept" in a few milliseconds.
 */
public record Processed(List<Row> accepted, List<Rejected> rejected, List<Problem> fileProblems, Source source) {
    /** The date every test run counts as today, so "future" means the same thing whenever the tests run. */
    public static final LocalDate RUN_DATE = LocalDate.ofInstant(TestRuns.CLOCK.instant(), java.time.ZoneOffset.UTC);

    public record Rejected(long row, Problem problem) {}

    public static Processed run(Source source, String fileName, String content) {
        return run(source, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Processed run(Source source, String fileName, byte[] content) {
        FileProcessor processor = new FileProcessor(source, ReferenceData.bundled(), RUN_DATE, "test-run");
        List<Row> accepted = new ArrayList<>();
        try {
            FileProcessor.AcceptedRows rows =
                    processor.acceptedRows(fileName, new ByteArrayInputStream(content), content.length);
            rows.forEachRemaining(accepted::add);
            FileOutcome outcome = rows.outcome();
            List<Rejected> rejected = outcome.rowProblems().stream()
                    .map(problem -> new Rejected(problem.row(), problem.problem()))
                    .toList();
            return new Processed(accepted, rejected, outcome.fileProblems(), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules broken, as "row:rule" strings, in file order. */
    public List<String> rules() {
        return rejected.stream().map(r -> r.row() + ":" + r.problem().rule()).toList();
    }

    public List<String> fileRules() {
        return fileProblems.stream().map(Problem::rule).toList();
    }

    /** The source rows of the accepted rows. */
    public List<Long> acceptedRows() {
        int width = Provenance.tableSchema(source.contract()).size();
        return accepted.stream().map(row -> row.getLong(width - 2)).toList();
    }

    public Object value(int acceptedIndex, String column) {
        return accepted.get(acceptedIndex)
                .get(Provenance.tableSchema(source.contract()).fieldIndex(column));
    }
}
