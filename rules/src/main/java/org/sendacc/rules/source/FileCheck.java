package org.sendacc.rules.source;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVException;
import org.sendacc.reference.ReferenceData;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.Problem;
import org.sendacc.rules.contract.RuleContext;
import org.sendacc.rules.contract.ValidatedRow;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordStream;
import org.sendacc.rules.read.WorkbookSheets;

/**
 * Reads one file of a source and checks each record against the source's contract: what ingest does inside a Spark
 * task, and what the server does with an upload before it accepts it (docs/local-returns.md). One pass over the bytes
 * gives the records, the file's problems, its size and its SHA-256.
 */
public final class FileCheck implements Serializable {
    private final Source source;
    private final ReferenceData reference;
    private final LocalDate runDate;

    /** Checks files of {@code source}; dates may not lie after {@code runDate}. */
    public FileCheck(Source source, ReferenceData reference, LocalDate runDate) {
        this.source = requireNonNull(source, "source is null");
        this.reference = requireNonNull(reference, "reference is null");
        this.runDate = requireNonNull(runDate, "runDate is null");
    }

    public Source source() {
        return source;
    }

    /** One record checked against the contract: its data values when accepted (no problems), or its problems. */
    public record Checked(long row, Object[] values, List<Problem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /**
     * Opens a stream of about {@code bytes} bytes (0 when unknown) named {@code relativePath}, which the returned
     * records close once the last is taken. A file that cannot be read at all gives no records and its file problem.
     */
    public CheckedFile open(String relativePath, InputStream in, long bytes) throws IOException {
        HashingInputStream hashing = new HashingInputStream(in);
        Contract contract = source.contract();
        InputStream content = new CloseShield(hashing);
        if (isGzip(relativePath)) {
            try {
                content = Compressed.open(content);
            } catch (IOException e) {
                Problem notCompressed = Problem.ofFile(
                        "file.malformed",
                        relativePath + " is named .gz but could not be read as gzip or as a zip of one file: "
                                + e.getMessage());
                return new CheckedFile(relativePath, hashing, null, List.of(notCompressed), contract, null);
            }
        }
        try {
            RecordStream records = source.reader().open(relativePath, content, contract);
            return new CheckedFile(
                    relativePath,
                    hashing,
                    records,
                    List.of(),
                    contract,
                    new RuleContext(reference, runDate, bytes, relativePath));
        } catch (FileRejectedException e) {
            return new CheckedFile(relativePath, hashing, null, List.of(e.problem()), contract, null);
        } catch (CSVException e) {
            // commons-csv reports a broken header (a quote never closed, text after a closing quote) as an
            // IOException, though it is the file's format, not the input, that failed; its message gives a position,
            // never content. Found by benchmarks/fuzz.sh.
            Problem malformed =
                    Problem.ofFile("file.malformed", relativePath + " is not a readable CSV: " + e.getMessage());
            return new CheckedFile(relativePath, hashing, null, List.of(malformed), contract, null);
        } catch (RuntimeException e) {
            // A reader that fails on what it was given (a library's own exception on a malformed or hostile file) has
            // rejected the file, not failed the run: the other files go on. The message names the file and the
            // failure's kind, never the file's content.
            Problem unreadable = Problem.ofFile(
                    WorkbookSheets.UNREADABLE,
                    relativePath + " could not be read as a " + source.id() + " file ("
                            + e.getClass().getSimpleName() + ")");
            return new CheckedFile(relativePath, hashing, null, List.of(unreadable), contract, null);
        } catch (IOException e) {
            hashing.close();
            throw e;
        }
    }

    /**
     * Publishers compress their largest files ({@code AutismStats*.csv.gz}, the AP census): a file named {@code .gz}
     * is read through {@link Compressed}, whatever its source, while the checksum and size stay those of the bytes on
     * disk.
     */
    static boolean isGzip(String relativePath) {
        return relativePath.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /**
     * A file's records as they are checked. Once it has no next record, the file's checksum, size and file-level
     * problems are known (the rest of the stream is hashed and closed then).
     */
    public static final class CheckedFile implements Iterator<Checked> {
        private final String relativePath;
        private final HashingInputStream hashing;
        private final RecordStream records;
        private final List<Problem> rejection;
        private final Contract contract;
        private final RuleContext context;
        private String sha256;

        private CheckedFile(
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

        /** The problems with the file as a whole; complete once {@link #hasNext()} has answered false. */
        public List<Problem> fileProblems() {
            return records == null ? rejection : records.fileProblems();
        }

        /** The SHA-256 of the bytes read, in hex; known once {@link #hasNext()} has answered false. */
        public String sha256() {
            return sha256;
        }

        public long bytes() {
            return hashing.bytes();
        }
    }

    /** Keeps a reader from closing the stream before the checksum has seen its last byte. */
    private static final class CloseShield extends FilterInputStream {
        CloseShield(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the file check closes the underlying stream once it has hashed all of it
        }
    }
}
