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
        return process(file.relativePath(), open(file));
    }

    private static InputStream open(InputFile file) throws IOException {
        Path path = new Path(file.uri());
        return path.getFileSystem(new Configuration()).open(path);
    }

    /**
     * The accepted rows of one file, in the warehouse table's shape ({@link Staging#tableSchema}); once the last is
     * taken, the file's {@link FileOutcome} (checksum, counts, every problem) is written to {@code outcome}. One pass
     * over the file gives both.
     */
    public Iterator<Row> acceptedRows(InputFile file, String outcome) throws IOException {
        Reading reading = read(file.relativePath(), open(file), file.bytes());
        return new Iterator<>() {
            private final List<FileOutcome.RowProblem> rowProblems = new ArrayList<>();
            private long rowsRead;
            private long accepted;
            private Row next;
            private boolean finished;

            @Override
            public boolean hasNext() {
                while (next == null && !finished) {
                    if (!reading.hasNext()) {
                        finish();
                        break;
                    }
                    Checked record = reading.next();
                    rowsRead++;
                    if (record.problems().isEmpty()) {
                        accepted++;
                        next = RowFactory.create(withProvenance(record.values(), file.relativePath(), record.row()));
                    } else {
                        for (Problem problem : record.problems()) {
                            rowProblems.add(new FileOutcome.RowProblem(record.row(), problem));
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

            private void finish() {
                finished = true;
                Path path = new Path(outcome);
                try {
                    new FileOutcome(
                                    file.relativePath(),
                                    reading.sha256(),
                                    reading.bytes(),
                                    rowsRead,
                                    accepted,
                                    reading.fileProblems(),
                                    rowProblems)
                            .writeTo(path.getFileSystem(new Configuration()), path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + outcome, e);
                }
            }
        };
    }

    /** The same, from an open stream (which this closes); for tests and for callers that hold the bytes. */
    public Iterator<Row> process(String relativePath, InputStream in) throws IOException {
        Reading reading = read(relativePath, in, 0);
        int dataWidth = source.contract().schema().size();
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
                if (reading.hasNext()) {
                    Checked record = reading.next();
                    Object[] values = record.problems().isEmpty() ? record.values() : new Object[dataWidth];
                    return stagingRow(
                            values, relativePath, record.row(), Staging.KIND_ROW, record.problems(), null, null);
                }
                closed = true;
                return stagingRow(
                        new Object[dataWidth],
                        relativePath,
                        0L,
                        Staging.KIND_FILE,
                        reading.fileProblems(),
                        reading.sha256(),
                        reading.bytes());
            }
        };
    }

    /** One record checked against the contract: its data values when accepted, or its problems. */
    private record Checked(long row, Object[] values, List<Problem> problems) {}

    /**
     * Reads one file's records and checks each against the contract. Once it has no next record, the file's checksum,
     * size and file-level problems are known (the rest of the stream is hashed and closed then).
     */
    private Reading read(String relativePath, InputStream in, long bytes) throws IOException {
        HashingInputStream hashing = new HashingInputStream(in);
        Contract contract = source.contract();
        try {
            RecordStream records = source.reader().open(relativePath, new CloseShield(hashing), contract);
            return new Reading(
                    relativePath, hashing, records, List.of(), contract, new RuleContext(reference, runDate, bytes));
        } catch (FileRejectedException e) {
            return new Reading(relativePath, hashing, null, List.of(e.problem()), contract, null);
        } catch (RuntimeException | IOException e) {
            hashing.close();
            throw e;
        }
    }

    private static final class Reading implements Iterator<Checked> {
        private final String relativePath;
        private final HashingInputStream hashing;
        private final RecordStream records;
        private final List<Problem> rejection;
        private final Contract contract;
        private final RuleContext context;
        private String sha256;

        Reading(
                String relativePath,
                HashingInputStream hashing,
                RecordStream records,
                List<Problem> rejection,
                Contract contract,
                RuleContext context) {
            this.relativePath = relativePath;
            this.hashing = hashing;
            this.records = records;
            this.rejection = rejection;
            this.contract = contract;
            this.context = context;
        }

        @Override
        public boolean hasNext() {
            boolean more = records != null && records.hasNext();
            if (!more && sha256 == null) {
                try (hashing) {
                    sha256 = hashing.drainAndHash();
                } catch (IOException e) {
                    throw new UncheckedIOException("could not finish reading " + relativePath, e);
                }
            }
            return more;
        }

        @Override
        public Checked next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawRecord record = records.next();
            if (!record.problems().isEmpty()) {
                return new Checked(record.row(), null, record.problems());
            }
            ValidatedRow validated = contract.validate(record.cells(), context);
            List<Problem> problems = validated.problems();
            return new Checked(record.row(), problems.isEmpty() ? contract.toValues(validated) : null, problems);
        }

        List<Problem> fileProblems() {
            return records == null ? rejection : records.fileProblems();
        }

        String sha256() {
            return sha256;
        }

        long bytes() {
            return hashing.bytes();
        }
    }

    /** The data values followed by the provenance columns ({@link Provenance#FIELDS}). */
    private Object[] withProvenance(Object[] data, String file, long row) {
        Object[] all = new Object[data.length + 3];
        System.arraycopy(data, 0, all, 0, data.length);
        all[data.length] = file;
        all[data.length + 1] = row;
        all[data.length + 2] = runId;
        return all;
    }

    private Row stagingRow(
            Object[] data, String file, long row, String kind, List<Problem> problems, String sha256, Long bytes) {
        Object[] all = new Object[data.length + 7];
        System.arraycopy(withProvenance(data, file, row), 0, all, 0, data.length + 3);
        int i = data.length + 3;
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
