package org.sendacc.ingest.warehouse;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What one input file gave: rows read, accepted and rejected, its checksum, and problems with the file as a whole. */
public record FileSummary(
        String file,
        String sha256,
        long bytes,
        long rowsRead,
        long accepted,
        long rejected,
        List<String> fileProblems) {
    public FileSummary {
        requireNonNull(file, "file is null");
        requireNonNull(sha256, "sha256 is null");
        fileProblems = List.copyOf(requireNonNull(fileProblems, "fileProblems is null"));
    }
}
