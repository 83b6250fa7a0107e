package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A source file behind a warehouse table, named as the ingest saw it, with its checksum. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManifestFile(
        @JsonProperty("file") String file,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("bytes") Long bytes) {

    public ManifestFile {
        requireNonNull(file, "file is null");
    }
}
