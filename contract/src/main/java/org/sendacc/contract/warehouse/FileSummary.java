package org.sendacc.contract.warehouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What one input file gave: rows read, accepted and rejected, its checksum, and problems with the file as a whole.
 * Ingest writes it into the run summary and each table's {@code _table.json}; analytics copies it into the snapshot's
 * manifest, which the server cites.
 */
public record FileSummary(
        @JsonProperty("file") String file,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("bytes") long bytes,
        @JsonProperty("rows_read") long rowsRead,
        @JsonProperty("accepted") long accepted,
        @JsonProperty("rejected") long rejected,
        @JsonProperty("file_problems") List<String> fileProblems) {
    public FileSummary {
        requireNonNull(file, "file is null");
        requireNonNull(sha256, "sha256 is null");
        fileProblems = fileProblems == null ? List.of() : List.copyOf(fileProblems);
    }
}
