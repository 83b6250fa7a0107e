package org.sendacc.ingest.source;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.sendacc.reference.ReferenceData;
import org.sendacc.rules.contract.Problem;
import org.sendacc.rules.source.FileCheck;
import org.sendacc.rules.source.FileCheck.CheckedFile;
import org.sendacc.rules.source.Source;

/**
 * Reads and validates source files inside a Spark task, streaming its accepted rows to the table's writer and
 * keeping its outcome (see {@link FileOutcome}). Runs on executors, so it holds only serializable state and opens files
 * through Hadoop's file system API: the input may be a local folder or any Hadoop-compatible URI.
 */
public final class FileProcessor implements Serializable {
    private final FileCheck check;
    private final String runId;

    public FileProcessor(Source source, ReferenceData reference, LocalDate runDate, String runId) {
        this.check = new FileCheck(source, reference, runDate);
        this.runId = requireNonNull(runId, "runId is null");
    }

    /**
     * The accepted rows of some files, one file after another, in the warehouse table's shape
     * ({@link Provenance#tableSchema}); once the last row of the last file is taken, the files' {@link FileOutcome}s
     * (checksum, counts, file problems) are written together to {@code outcomes}. Each file's row problems are written
     * as they are found beside it ({@code outcomes} without {@code .json}, then {@code -<file index>.csv}). One pass
     * over each file gives all of them.
     * Files are opened one at a time, through {@code hadoop}'s file systems.
     */
    public Iterator<Row> acceptedRows(List<InputFile> files, Configuration hadoop, String outcomes) {
        List<InputFile> remaining = List.copyOf(files);
        return new Iterator<>() {
            private final List<FileOutcome> done = new ArrayList<>();
            private int index = -1;
            private AcceptedRows current;
            private boolean written;

            @Override
            public boolean hasNext() {
                while (current == null || !current.hasNext()) {
                    if (current != null) {
                        done.add(current.outcome());
                        current = null;
                    }
                    if (++index >= remaining.size()) {
                        writeOutcomes();
                        return false;
                    }
                    InputFile file = remaining.get(index);
                    try {
                        Path path = new Path(file.uri());
                        current = new AcceptedRows(
                                file.relativePath(),
                                check.open(
                                        file.relativePath(),
                                        path.getFileSystem(hadoop).open(path),
                                        file.bytes()),
                                new SpilledProblems(
                                        file.relativePath(),
                                        new Path(outcomes.replaceFirst("\\.json$", "") + "-" + index + ".csv"),
                                        hadoop));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + file.relativePath(), e);
                    }
                }
                return true;
            }

            private void writeOutcomes() {
                if (written) {
                    return;
                }
                written = true;
                Path path = new Path(outcomes);
                try {
                    FileOutcome.writeAll(path.getFileSystem(hadoop), path, done);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + outcomes, e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The same from an open stream of about {@code bytes} bytes (0 when unknown), which this closes; the outcome is
     * kept, not written. For tests and for callers that hold the bytes.
     */
    public AcceptedRows acceptedRows(String relativePath, InputStream in, long bytes) throws IOException {
        return new AcceptedRows(relativePath, check.open(relativePath, in, bytes), null);
    }

    /**
     * A file's row problems written as they are found, as records of {@link RejectionsCsv}, to a file created at the
     * first problem (none for a file without rejected rows).
     */
    private static final class SpilledProblems {
        private final String relativePath;
        private final Path path;
        private final Configuration hadoop;
        private CSVPrinter csv;

        SpilledProblems(String relativePath, Path path, Configuration hadoop) {
            this.relativePath = relativePath;
            this.path = path;
            this.hadoop = hadoop;
        }

        void add(long row, Problem problem) {
            try {
                if (csv == null) {
                    csv = RejectionsCsv.printer(
                            new OutputStreamWriter(
                                    path.getFileSystem(hadoop).create(path, true), StandardCharsets.UTF_8),
                            false);
                }
                RejectionsCsv.print(csv, relativePath, row, problem);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the row problems of " + relativePath + " to " + path, e);
            }
        }

        /** Closes the file; its path, or null when there was no problem. */
        String finish() {
            if (csv == null) {
                return null;
            }
            try {
                csv.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the row problems of " + relativePath + " to " + path, e);
            }
            return path.toString();
        }
    }

    /** A file's accepted rows as they are taken, and once the last is taken, the file's outcome. */
    public final class AcceptedRows implements Iterator<Row> {
        private final String relativePath;
        private final CheckedFile reading;
        /** Where the row problems go: written as found, or (when null) kept in {@code rowProblems}. */
        private final SpilledProblems spilled;

        private final List<FileOutcome.RowProblem> rowProblems = new ArrayList<>();
        private long rowProblemCount;
        private long rowsRead;
        private long accepted;
        private Row next;
        private FileOutcome outcome;

        private AcceptedRows(String relativePath, CheckedFile reading, SpilledProblems spilled) {
            this.relativePath = relativePath;
            this.reading = reading;
            this.spilled = spilled;
        }

        @Override
        public boolean hasNext() {
            while (next == null && outcome == null) {
                if (!reading.hasNext()) {
                    outcome = new FileOutcome(
                            relativePath,
                            reading.sha256(),
                            reading.bytes(),
                            rowsRead,
                            accepted,
                            reading.fileProblems(),
                            rowProblems,
                            rowProblemCount,
                            spilled == null ? null : spilled.finish());
                    break;
                }
                FileCheck.Checked record = reading.next();
                rowsRead++;
                if (record.problems().isEmpty()) {
                    accepted++;
                    next = RowFactory.create(Provenance.append(record.values(), relativePath, record.row(), runId));
                } else {
                    for (Problem problem : record.problems()) {
                        if (spilled == null) {
                            rowProblems.add(new FileOutcome.RowProblem(record.row(), problem));
                        } else {
                            spilled.add(record.row(), problem);
                        }
                        rowProblemCount++;
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

        /** The file's outcome; known once every row has been taken. */
        public FileOutcome outcome() {
            if (outcome == null) {
                throw new IllegalStateException(relativePath + " has rows not yet taken");
            }
            return outcome;
        }
    }
}
