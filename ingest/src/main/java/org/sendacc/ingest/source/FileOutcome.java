package org.sendacc.ingest.source;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sendacc.rules.contract.Problem;

/**
 * What reading one file came to, besides its accepted rows: its checksum and size, how many rows were read and
 * accepted, what was wrong with the file as a whole, and every problem of every rejected row, in order. The Spark task
 * that reads a group of files writes their outcomes beside the run's scratch data as it finishes the last, so that one
 * pass over the rows yields both the table and the run's summary and rejections. A retried task writes them again,
 * whole.
 *
 * <p>The row problems are either kept here ({@code rowProblems}, as a test reads a file) or, as a Spark task reads
 * one, written to a file of their own as they are found ({@code rowProblemsFile}: records of {@link RejectionsCsv},
 * none when the file had no rejected row), so that a file of millions of bad rows is never held in memory.
 *
 * @param rowProblemCount how many row problems there are, kept or written
 */
public record FileOutcome(
        String file,
        String sha256,
        long bytes,
        long rowsRead,
        long accepted,
        List<Problem> fileProblems,
        List<RowProblem> rowProblems,
        long rowProblemCount,
        String rowProblemsFile) {
    static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private static final TypeReference<List<FileOutcome>> LIST = new TypeReference<>() {};

    public FileOutcome {
        requireNonNull(file, "file is null");
        requireNonNull(sha256, "sha256 is null");
        fileProblems = List.copyOf(fileProblems);
        rowProblems = List.copyOf(rowProblems);
    }

    /** A problem of a rejected row, with the row's number in its file. */
    public record RowProblem(long row, Problem problem) {}

    /** Writes the outcomes of the files one task read, in the order it read them. */
    static void writeAll(FileSystem fileSystem, Path path, List<FileOutcome> outcomes) throws IOException {
        try (OutputStream out = fileSystem.create(path, true)) {
            JSON.writerFor(LIST).writeValue(out, outcomes);
        }
    }

    public static List<FileOutcome> readAll(FileSystem fileSystem, Path path) throws IOException {
        try (InputStream in = fileSystem.open(path)) {
            return JSON.readerFor(LIST).readValue(in);
        }
    }
}
