package org.sendacc.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks, before a job writes anything, that its warehouse can be written: a read-only mount, a folder without
 * permission or a missing warehouse is then one clear {@link UserError} naming the path, and nothing has changed
 * (docs/warehouse.md "When a run cannot write").
 */
public final class WarehouseAccess {
    /** The probe's name; a dot file, which no reader of the warehouse lists. */
    static final String PROBE_PREFIX = ".sendacc-write-check-";

    private WarehouseAccess() {}

    /**
     * Creates the warehouse folder when {@code create} and it is missing, then writes and removes a one-byte probe
     * file in it.
     *
     * @throws UserError when the folder is missing (and not to be created) or cannot be written
     */
    public static void checkWritable(String warehouse, Configuration hadoop, boolean create) {
        Path root = new Path(warehouse);
        try {
            FileSystem fileSystem = root.getFileSystem(hadoop);
            if (!fileSystem.exists(root)) {
                if (!create) {
                    throw new UserError("the warehouse " + warehouse + " does not exist: run ./sendacc ingest first");
                }
                if (!fileSystem.mkdirs(root)) {
                    throw new IOException("could not create the folder");
                }
            } else if (!fileSystem.getFileStatus(root).isDirectory()) {
                throw new UserError("the warehouse " + warehouse + " is a file, not a folder");
            }
            Path probe = new Path(
                    root,
                    PROBE_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            try (OutputStream out = fileSystem.create(probe, false)) {
                out.write('.');
            } finally {
                fileSystem.delete(probe, false);
            }
        } catch (IOException | RuntimeException | FSError e) { // FSError: Hadoop's local file system on a full disk
            if (e instanceof UserError userError) {
                throw userError;
            }
            // a local file system names the probe and gives the reason in brackets: "/w/.probe (Read-only file system)"
            String reason = Failures.cause(e)
                    .replaceAll("\\S*" + PROBE_PREFIX + "\\S*\\s*", "")
                    .replaceFirst("^\\((.*?)\\)", "$1");
            throw new UserError(
                    "cannot write to the warehouse " + warehouse + ": " + reason
                            + "; check that it is writable and has space",
                    e);
        }
    }
}
