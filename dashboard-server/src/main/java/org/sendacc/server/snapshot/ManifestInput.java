package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One warehouse table a snapshot read: the ingest run that wrote it and the source files, for citation. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManifestInput(
        @JsonProperty("table") String table,
        @JsonProperty("ingest_run_id") String ingestRunId,
        @JsonProperty("synthetic") Boolean synthetic,
        @JsonProperty("files") List<ManifestFile> files) {

    public ManifestInput {
        requireNonNull(table, "table is null");
        files = files == null ? List.of() : List.copyOf(files);
    }
}
