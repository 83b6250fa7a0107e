package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a snapshot was made from ({@code manifest.json}): the parts the server shows or cites. Whether the figures are
 * synthetic comes from here, so the pages can say so plainly.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
        @JsonProperty("snapshot_id") String snapshotId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("catalogue_version") int catalogueVersion,
        @JsonProperty("synthetic") Boolean synthetic,
        @JsonProperty("inputs") List<ManifestInput> inputs,
        @JsonProperty("skipped") List<String> skipped,
        @JsonProperty("rows") long rows,
        @JsonProperty("indicators") long indicators,
        @JsonProperty("areas") long areas,
        @JsonProperty("periods") long periods,
        @JsonProperty("suppressed_rows") long suppressedRows) {

    public Manifest {
        requireNonNull(snapshotId, "snapshot_id is null");
        requireNonNull(createdAt, "created_at is null");
        requireNonNull(synthetic, "synthetic is null");
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }
}
