package org.sendacc.ingest.warehouse;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The warehouse folder and how a run publishes into it. Tables live at {@code <warehouse>/<table>/}; a run writes
 * its new tables under {@code _work/<run-id>/tables/}, and only when all are written does it commit: it writes a
 * journal naming them, then swaps each table folder in by rename. A run that fails before the journal leaves every
 * published table as it was; one that dies during the swap is rolled forward by the next run (the journal says
 * what to finish). Works on any Hadoop file system.
 */
public final class Warehouse {
    static final String WORK = "_work";
    static final String JOURNAL = "_COMMIT";
    static final String RUNS = "runs";

    private final Path root;
    private final FileSystem fileSystem;

    public Warehouse(String uri, Configuration configuration) {
        requireNonNull(uri, "uri is null");
        try {
            this.root = new Path(uri);
            this.fileSystem = root.getFileSystem(configuration);
            this.fileSystem.mkdirs(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open warehouse " + uri, e);
        }
    }

    public Path root() {
        return fileSystem.makeQualified(root);
    }

    public FileSystem fileSystem() {
        return fileSystem;
    }

    public Path table(String name) {
        return new Path(root(), name);
    }

    public Path runFolder(String runId) {
        return new Path(new Path(root(), RUNS), runId);
    }

    /** Where a run writes a table before it commits. */
    public Path stagedTable(String runId, String name) {
        return new Path(new Path(work(runId), "tables"), name);
    }

    /** Where a run keeps its intermediate, unvalidated rows; removed with the rest of the run's work. */
    public Path scratch(String runId, String name) {
        return new Path(new Path(work(runId), "scratch"), name);
    }

    private Path work(String runId) {
        return new Path(new Path(root(), WORK), runId);
    }

    /** Finishes any commit a killed run left half done, and clears the work of runs that failed before theirs. */
    public void recover() throws IOException {
        Path workRoot = new Path(root(), WORK);
        if (!fileSystem.exists(workRoot)) {
            return;
        }
        for (FileStatus run : fileSystem.listStatus(workRoot)) {
            String runId = run.getPath().getName();
            Path journal = new Path(run.getPath(), JOURNAL);
            if (fileSystem.exists(journal)) {
                swapIn(runId, readJournal(journal));
            }
            fileSystem.delete(run.getPath(), true);
        }
    }

    /** Publishes the run's staged tables, replacing the tables of the same name. */
    public void commit(String runId, List<String> tables) throws IOException {
        Path journal = new Path(work(runId), JOURNAL);
        try (OutputStream out = fileSystem.create(journal, false)) {
            out.write(String.join("\n", tables).getBytes(StandardCharsets.UTF_8));
        }
        swapIn(runId, tables);
        fileSystem.delete(work(runId), true);
    }

    /** Drops a run's work without publishing anything. */
    public void abandon(String runId) throws IOException {
        fileSystem.delete(work(runId), true);
    }

    private void swapIn(String runId, List<String> tables) throws IOException {
        Path replaced = new Path(work(runId), "replaced");
        fileSystem.mkdirs(replaced);
        for (String table : tables) {
            Path staged = stagedTable(runId, table);
            if (!fileSystem.exists(staged)) {
                continue; // already swapped in before the previous run died
            }
            Path current = table(table);
            if (fileSystem.exists(current)) {
                rename(current, new Path(replaced, table));
            }
            rename(staged, current);
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fileSystem.rename(from, to)) {
            throw new IOException("could not move " + from + " to " + to);
        }
    }

    private List<String> readJournal(Path journal) throws IOException {
        List<String> tables = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(fileSystem.open(journal), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    tables.add(line.strip());
                }
            }
        }
        return tables;
    }
}
