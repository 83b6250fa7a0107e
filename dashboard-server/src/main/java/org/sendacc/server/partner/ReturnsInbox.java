package org.sendacc.server.partner;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where accepted returns go (docs/security.md, "Returns"): a folder inside the input folder ingest reads
 * ({@code INPUT/partner-returns/}). A file is written beside its final name, forced to disk, then renamed into place in
 * one step, so ingest sees the whole file or none. Its name is the template's, then the sender's code, then when it
 * arrived ({@code ehc_assessment_records_E09000016_20261207T101500123Z.csv}): ingest reads the latest submission of each
 * sender and lists the ones it supersedes (docs/warehouse.md, "Resubmitted returns").
 */
public final class ReturnsInbox {
    public static final String FOLDER = "partner-returns";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;

    public ReturnsInbox(Path inputFolder) {
        this.folder = requireNonNull(inputFolder, "inputFolder is null").resolve(FOLDER);
    }

    /** The name a return gets: its template's prefix, the sender and the time it arrived. */
    static String name(String prefix, String organisationCode, Instant at, String extension) {
        return prefix + "_" + organisationCode + "_" + STAMP.format(at) + "." + extension;
    }

    /** Stores the bytes under the name, atomically; the name is one {@link #name} made. */
    void store(String name, byte[] bytes) {
        Path target = folder.resolve(name);
        Path temporary = folder.resolve("." + name + ".partial");
        try {
            Files.createDirectories(folder);
            try (FileChannel channel =
                    FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            // the same folder, so the same file system: the rename is atomic
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the failure below is what matters
            }
            throw new UncheckedIOException("cannot store an accepted return in " + folder, e);
        }
    }

    /** The folder, for the page's "where it went". */
    Path folder() {
        return folder;
    }
}
