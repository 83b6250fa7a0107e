package org.sendacc.contract.warehouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What one source gave across its files in an ingest run, and the warehouse table it was written to. */
public record SourceSummary(
        @JsonProperty("source") String source,
        @JsonProperty("table") String table,
        @JsonProperty("publisher") String publisher,
        @JsonProperty("files") List<FileSummary> files) {
    public SourceSummary {
        requireNonNull(source, "source is null");
        requireNonNull(table, "table is null");
        requireNonNull(publisher, "publisher is null");
        files = List.copyOf(requireNonNull(files, "files is null"));
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileSummary::rowsRead).sum();
    }

    public long accepted() {
        return files.stream().mapToLong(FileSummary::accepted).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileSummary::rejected).sum();
    }
}
