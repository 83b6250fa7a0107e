package org.sendacc.analytics.publish;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What a snapshot was made from and what it holds: written as {@code manifest.json} beside the indicators so that
 * every figure can be traced to its inputs (each warehouse table's ingest run and its files' checksums).
 */
public record Manifest(
        String snapshotId,
        String createdAt,
        String warehouse,
        int catalogueVersion,
        boolean synthetic,
        List<Map<String, Object>> inputs,
        List<String> skipped,
        long rows,
        long indicators,
        long areas,
        long periods,
        long suppressedRows,
        double seconds) {
    public Manifest {
        requireNonNull(snapshotId, "snapshotId is null");
        inputs = List.copyOf(inputs);
        skipped = List.copyOf(skipped);
    }
}
