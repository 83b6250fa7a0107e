package org.sendacc.analytics.publish;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.sendacc.contract.snapshot.SnapshotLayout;

/**
 * Where snapshots live and which one is current. A snapshot is written whole under {@code snapshots/<id>/}, and only
 * then does {@code snapshots/CURRENT} (a one-line file naming it) change, by an atomic rename over the old pointer:
 * a reader sees either the old snapshot or the new one, and a failed or killed run leaves the old one current.
 */
public final class Snapshots {

    private final Path warehouse;
    private final Configuration configuration;
    private final FileSystem fileSystem;

    public Snapshots(String warehouse, Configuration configuration) throws IOException {
        this.configuration = requireNonNull(configuration, "configuration is null");
        Path root = new Path(requireNonNull(warehouse, "warehouse is null"));
        this.fileSystem = root.getFileSystem(configuration);
        this.warehouse = fileSystem.makeQualified(root);
    }

    public Path folder(String snapshotId) {
        return new Path(new Path(warehouse, SnapshotLayout.FOLDER), snapshotId);
    }

    public Path indicators(String snapshotId) {
        return new Path(folder(snapshotId), SnapshotLayout.INDICATORS);
    }

    public Path restrictedIndicators(String snapshotId) {
        return new Path(
                new Path(new Path(warehouse, SnapshotLayout.RESTRICTED), SnapshotLayout.RESTRICTED_INDICATORS),
                snapshotId);
    }

    public FileSystem fileSystem() {
        return fileSystem;
    }

    /** The current snapshot's id, if one has been published. */
    public Optional<String> current() throws IOException {
        Path pointer = new Path(new Path(warehouse, SnapshotLayout.FOLDER), SnapshotLayout.POINTER);
        if (!fileSystem.exists(pointer)) {
            return Optional.empty();
        }
        try (InputStream in = fileSystem.open(pointer)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return Optional.of(bytes.toString(StandardCharsets.UTF_8).strip());
        }
    }

    /**
     * Removes what a run that failed wrote of its snapshot (its folder and its restricted figures), unless it became
     * current; a failure to remove them is added to the run's failure, which the caller goes on to report.
     */
    public void abandon(String snapshotId, Throwable failure) {
        try {
            if (current().filter(snapshotId::equals).isPresent()) {
                return;
            }
            fileSystem.delete(folder(snapshotId), true);
            fileSystem.delete(restrictedIndicators(snapshotId), true);
        } catch (IOException | RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
    }

    /** Makes a completely written snapshot the current one, atomically. */
    public void makeCurrent(String snapshotId) throws IOException {
        Path folder = new Path(warehouse, SnapshotLayout.FOLDER);
        Path pointer = new Path(folder, SnapshotLayout.POINTER);
        Path next = new Path(folder, "." + SnapshotLayout.POINTER + "-" + snapshotId);
        try (OutputStream out = fileSystem.create(next, true)) {
            out.write((snapshotId + "\n").getBytes(StandardCharsets.UTF_8));
        }
        FileContext.getFileContext(pointer.toUri(), configuration).rename(next, pointer, Options.Rename.OVERWRITE);
    }
}
