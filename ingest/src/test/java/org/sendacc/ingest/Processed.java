package org.sendacc.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.sendacc.ingest.contract.Problem;
import org.sendacc.ingest.source.FileProcessor;
import org.sendacc.ingest.source.Source;
import org.sendacc.ingest.source.Staging;
import org.sendacc.reference.ReferenceData;

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
        List<Rejected> rejected = new ArrayList<>();
        List<Problem> fileProblems = new ArrayList<>();
        int width = Staging.tableSchema(source.contract()).size();
        try {
            Iterator<Row> rows = processor.process(fileName, new ByteArrayInputStream(content));
            while (rows.hasNext()) {
                Row row = rows.next();
                String kind = row.getString(width);
                List<Row> problems = row.getList(width + 1);
                if (kind.equals(Staging.KIND_FILE)) {
                    problems.forEach(problem -> fileProblems.add(toProblem(problem)));
                } else if (problems.isEmpty()) {
                    accepted.add(row);
                } else {
                    long sourceRow = row.getLong(width - 2);
                    problems.forEach(problem -> rejected.add(new Rejected(sourceRow, toProblem(problem))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Processed(accepted, rejected, fileProblems, source);
    }

    private static Problem toProblem(Row row) {
        return new Problem(row.getString(0), row.getString(1), row.getString(2), row.getString(3));
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
        int width = Staging.tableSchema(source.contract()).size();
        return accepted.stream().map(row -> row.getLong(width - 2)).toList();
    }

    public Object value(int acceptedIndex, String column) {
        return accepted.get(acceptedIndex)
                .get(Staging.tableSchema(source.contract()).fieldIndex(column));
    }
}
