package org.sendacc.ingest.source;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.sendacc.ingest.contract.Contract;
import org.sendacc.ingest.contract.Problem;
import org.sendacc.ingest.contract.RuleContext;
import org.sendacc.ingest.contract.ValidatedRow;
import org.sendacc.ingest.read.FileRejectedException;
import org.sendacc.ingest.read.RawRecord;
import org.sendacc.ingest.read.RecordStream;
import org.sendacc.reference.ReferenceData;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads and validates one source file inside a Spark task, streaming its rows as staging rows (see {@link
 * Staging}). Runs on executors, so it holds only serializable state and opens the file through Hadoop's file
 * system API: the input may be a local folder or any Hadoop-compatible URI.
 */
public final class FileProcessor implements Serializable {
    private final Source source;
    private final ReferenceData reference;
    private final LocalDate runDate;
    private final String runId;

    public FileProcessor(Source source, ReferenceData reference, LocalDate runDate, String runId) {
        this.source = requireNonNull(source, "source is null");
        this.reference = requireNonNull(reference, "reference is null");
        this.runDate = requireNonNull(runDate, "runDate is null");
        this.runId = requireNonNull(runId, "runId is null");
    }

    /** The staging rows of one file: one per record, then the file's closing row. */
    public Iterator<Row> process(InputFile file) throws IOException {
        Path path = new Path(file.uri());
        FileSystem fileSystem = path.getFileSystem(new Configuration());
        return process(file.relativePath(), fileSystem.open(path));
    }

    /**
     * The accepted rows of one file, in the warehouse table's shape ({@link Staging#tableSchema}); once the last is
     * taken, the file's {@link FileOutcome} (checksum, counts, every problem) is written to {@code outcome}. One pass
     * over the file gives both.
     */
    public Iterator<Row> acceptedRows(InputFile file, String outcome) throws IOException {
        Iterator<Row> staged = process(file);
        int width = Staging.tableSchema(source.contract()).size();
        int kind = width;
        int problemsAt = width + 1;
        return new Iterator<>() {
            private final List<FileOutcome.RowProblem> rowProblems = new ArrayList<>();
            private long rowsRead;
            private long accepted;
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && staged.hasNext()) {
                    Row row = staged.next();
                    List<Row> problems = row.getList(problemsAt);
                    if (row.getString(kind).equals(Staging.KIND_FILE)) {
                        finish(row, problems);
                    } else if (problems.isEmpty()) {
                        rowsRead++;
                        accepted++;
                        Object[] values = new Object[width];
                        for (int i = 0; i < width; i++) {
                            values[i] = row.get(i);
                        }
                        next = RowFactory.create(values);
                    } else {
                        rowsRead++;
                        long number = row.getLong(width - Provenance.FIELDS.size() + 1);
                        for (Row problem : problems) {
                            rowProblems.add(new FileOutcome.RowProblem(number, problem(problem)));
                        }
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }

            private void finish(Row fileRow, List<Row> problems) {
                Path path = new Path(outcome);
                try {
                    new FileOutcome(
                                    file.relativePath(),
                                    fileRow.getString(problemsAt + 1),
                                    fileRow.getLong(problemsAt + 2),
                                    rowsRead,
                                    accepted,
                                    problems.stream()
                                            .map(FileProcessor::problem)
                                            .toList(),
                                    rowProblems)
                            .writeTo(path.getFileSystem(new Configuration()), path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + outcome, e);
                }
            }
        };
    }

    private static Problem problem(Row row) {
        return new Problem(row.getString(0), row.getString(1), row.getString(2), row.getString(3));
    }

    /** The same, from an open stream (which this closes); for tests and for callers that hold the bytes. */
    public Iterator<Row> process(String relativePath, InputStream in) throws IOException {
        HashingInputStream hashing = new HashingInputStream(in);
        Contract contract = source.contract();
        RuleContext context = new RuleContext(reference, runDate);
        RecordStream records;
        try {
            records = source.reader().open(relativePath, new CloseShield(hashing), contract);
        } catch (FileRejectedException e) {
            return List.of(closingRow(relativePath, hashing, List.of(e.problem())))
                    .iterator();
        } catch (RuntimeException | IOException e) {
            hashing.close();
            throw e;
        }
        return new Iterator<>() {
            private boolean closed;

            @Override
            public boolean hasNext() {
                return !closed;
            }

            @Override
            public Row next() {
                if (closed) {
                    throw new NoSuchElementException();
                }
                if (records.hasNext()) {
                    return toRow(relativePath, records.next(), contract, context);
                }
                closed = true;
                return closingRow(relativePath, hashing, records.fileProblems());
            }
        };
    }

    private Row toRow(String relativePath, RawRecord record, Contract contract, RuleContext context) {
        int dataWidth = contract.schema().size();
        Object[] values;
        List<Problem> problems;
        if (!record.problems().isEmpty()) {
            values = new Object[dataWidth];
            problems = record.problems();
        } else {
            ValidatedRow validated = contract.validate(record.cells(), context);
            problems = validated.problems();
            values = problems.isEmpty() ? contract.toValues(validated) : new Object[dataWidth];
        }
        return stagingRow(values, relativePath, record.row(), Staging.KIND_ROW, problems, null, null);
    }

    private Row closingRow(String relativePath, HashingInputStream hashing, List<Problem> problems) {
        String sha256;
        try (hashing) {
            sha256 = hashing.drainAndHash();
        } catch (IOException e) {
            throw new UncheckedIOException("could not finish reading " + relativePath, e);
        }
        Object[] values = new Object[source.contract().schema().size()];
        return stagingRow(values, relativePath, 0L, Staging.KIND_FILE, problems, sha256, hashing.bytes());
    }

    private Row stagingRow(
            Object[] data, String file, long row, String kind, List<Problem> problems, String sha256, Long bytes) {
        Object[] all = new Object[data.length + 7];
        System.arraycopy(data, 0, all, 0, data.length);
        int i = data.length;
        all[i++] = file;
        all[i++] = row;
        all[i++] = runId;
        all[i++] = kind;
        List<Row> problemRows = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            problemRows.add(RowFactory.create(problem.column(), problem.rule(), problem.value(), problem.message()));
        }
        all[i++] = CollectionConverters.asScala(problemRows).toSeq();
        all[i++] = sha256;
        all[i] = bytes;
        return RowFactory.create(all);
    }

    /** Keeps a reader from closing the stream before the checksum has seen its last byte. */
    private static final class CloseShield extends FilterInputStream {
        CloseShield(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the processor closes the underlying stream once it has hashed all of it
        }
    }
}
