package org.sendacc.analytics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.contract.snapshot.SnapshotLayout;
import org.sendacc.ingest.TestRuns;
import org.sendacc.reference.ReferenceData;
import org.sendacc.testing.SharedSpark;

/**
 * Real analytics runs for tests: publish a warehouse with the bundled catalogue and reference data at the tests'
 * fixed clock, read the published indicators back with Spark, and find one row of them.
 */
final class PublishedSnapshots {
    private PublishedSnapshots() {}

    static Manifest publish(Path warehouse) throws IOException {
        return publish(warehouse, step -> {});
    }

    /**
     * Copies real files into an input folder as a user holds them (downloads side by side), ingests them into the
     * warehouse and publishes it. {@code files} are paths under ../shared/realdata, e.g. "dfe-ehcp-2025/caseload.csv".
     */
    static Manifest ingestAndPublish(Path input, Path warehouse, String... files) throws IOException {
        for (String file : files) {
            Path source = org.sendacc.testing.RealData.folder(file.substring(0, file.indexOf('/')))
                    .resolve(file.substring(file.indexOf('/') + 1));
            java.nio.file.Files.copy(source, input.resolve(source.getFileName().toString()));
        }
        TestRuns.ingest(input, warehouse);
        return publish(warehouse);
    }

    /** The lines of the ingest run's rejections.csv (its header first), for a warehouse of one run. */
    static java.util.List<String> rejections(Path warehouse) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(warehouse.resolve("runs"))) {
            Path csv = files.filter(path -> path.getFileName().toString().equals("rejections.csv"))
                    .findFirst()
                    .orElseThrow();
            return java.nio.file.Files.readAllLines(csv, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static Manifest publish(Path warehouse, AnalyticsJob.Checkpoint checkpoint) throws IOException {
        return AnalyticsJob.publish(
                SharedSpark.session(),
                warehouse.toString(),
                Catalogues.bundled(),
                ReferenceData.bundled(),
                TestRuns.CLOCK,
                checkpoint);
    }

    /** The published (suppressed) indicators table of a snapshot, cached. */
    static Dataset<Row> indicators(Path warehouse, Manifest manifest) {
        return SharedSpark.session()
                .read()
                .parquet(warehouse
                        .resolve(SnapshotLayout.FOLDER)
                        .resolve(manifest.snapshotId())
                        .resolve(SnapshotLayout.INDICATORS)
                        .toString())
                .cache();
    }

    /** The restricted indicators table of a snapshot (before suppression, estimates' exact shares kept), cached. */
    static Dataset<Row> restricted(Path warehouse, Manifest manifest) {
        return SharedSpark.session()
                .read()
                .parquet(warehouse
                        .resolve(SnapshotLayout.RESTRICTED)
                        .resolve(SnapshotLayout.RESTRICTED_INDICATORS)
                        .resolve(manifest.snapshotId())
                        .toString())
                .cache();
    }

    /** The one row of an indicator, source, area and period. */
    static Row row(Dataset<Row> indicators, String indicator, String source, String area, String period) {
        List<Row> rows = indicators
                .filter(col(SnapshotColumns.INDICATOR_ID)
                        .equalTo(indicator)
                        .and(col(SnapshotColumns.SOURCE).equalTo(source))
                        .and(col(SnapshotColumns.AREA_CODE).equalTo(area))
                        .and(col(SnapshotColumns.PERIOD).equalTo(period)))
                .collectAsList();
        assertThat(rows)
                .as(indicator + " " + source + " " + area + " " + period)
                .hasSize(1);
        return rows.get(0);
    }

    static double number(Row row, String column) {
        return row.getDouble(row.fieldIndex(column));
    }
}
