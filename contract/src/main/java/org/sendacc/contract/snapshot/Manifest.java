package org.sendacc.contract.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.sendacc.contract.warehouse.FileSummary;

/**
 * What a snapshot was made from and what it holds, written as {@code manifest.json} beside the indicators so that
 * every figure can be traced to its inputs: each warehouse table's ingest run and its files' checksums. The analytics
 * job writes it; the dashboard server reads it (whether the figures are synthetic, what to cite). {@code
 * population_mid_years} gives, for each period with a rate per resident, the mid-years of the population estimates
 * its denominators used (the nearest to the period each area has; docs/snapshot.md "Populations"). {@code
 * previous_snapshot_id} and {@code changes} say which snapshot was current before this one and how many changes from
 * it {@code changes.json} lists (docs/snapshot.md "Changes").
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
        @JsonProperty("snapshot_id") String snapshotId,
        @JsonProperty("created_at") String createdAt,

        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("warehouse")
        String warehouse,

        @JsonProperty("catalogue_version") int catalogueVersion,
        @JsonProperty("synthetic") Boolean synthetic,
        @JsonProperty("inputs") List<Input> inputs,
        @JsonProperty("skipped") List<String> skipped,
        @JsonProperty("rows") long rows,
        @JsonProperty("indicators") long indicators,
        @JsonProperty("areas") long areas,
        @JsonProperty("periods") long periods,
        @JsonProperty("suppressed_rows") long suppressedRows,
        @JsonProperty("seconds") double seconds,
        @JsonProperty("population_mid_years") Map<String, List<Integer>> populationMidYears,
        @JsonProperty("previous_snapshot_id") String previousSnapshotId,
        @JsonProperty("changes") long changes,
        @JsonProperty("revisions") List<Revision> revisions) {
    public Manifest {
        requireNonNull(snapshotId, "snapshot_id is null");
        requireNonNull(createdAt, "created_at is null");
        requireNonNull(synthetic, "synthetic is null");
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        populationMidYears = populationMidYears == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(populationMidYears));
    }

    /**
     * The manifest as the public API serves it: without the warehouse's location, a path on the server that tells a
     * reader nothing and an attacker where the data lives (docs/security.md).
     */
    public Manifest withoutWarehouse() {
        return new Manifest(
                snapshotId,
                createdAt,
                null,
                catalogueVersion,
                synthetic,
                inputs,
                skipped,
                rows,
                indicators,
                areas,
                periods,
                suppressedRows,
                seconds,
                populationMidYears,
                previousSnapshotId,
                changes,
                revisions);
    }

    /**
     * One warehouse table a snapshot read: the ingest run that wrote it and its source files (as the table's {@code
     * _table.json} lists them: each named as the ingest saw it, with its checksum and row counts), for citation.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Input(
            @JsonProperty("table") String table,
            @JsonProperty("ingest_run_id") String ingestRunId,
            @JsonProperty("synthetic") Boolean synthetic,
            @JsonProperty("files") List<FileSummary> files) {
        public Input {
            requireNonNull(table, "table is null");
            files = files == null ? List.of() : List.copyOf(files);
        }
    }
}
