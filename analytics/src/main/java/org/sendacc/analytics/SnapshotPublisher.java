package org.sendacc.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.analytics.indicators.IndicatorTable;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.publish.NamedGroups;
import org.sendacc.analytics.publish.PublishedRow;
import org.sendacc.analytics.publish.SnapshotTableWriter;
import org.sendacc.analytics.publish.Snapshots;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.snapshot.BreakdownColumns;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.contract.snapshot.SnapshotLayout;
import org.sendacc.contract.warehouse.TableMetadata;
import org.sendacc.contract.warehouse.WarehouseTables;
import org.sendacc.contract.warehouse.WarehouseTables.ComparisonGroups;

/**
 * Writes a computed snapshot and makes it current (docs/snapshot.md): the restricted and published indicators tables
 * and the breakdowns as Parquet, what changed since the current snapshot, the manifest (with each input table's
 * ingest run and files), the catalogue and the named groups as JSON, then the pointer. Until the pointer moves, the
 * previous snapshot stays current; the caller abandons a snapshot that fails part-way.
 */
final class SnapshotPublisher {
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Snapshots snapshots;
    private final Configuration hadoop;
    private final String warehouse;
    private final AnalyticsJob.Checkpoint checkpoint;

    SnapshotPublisher(Snapshots snapshots, Configuration hadoop, String warehouse, AnalyticsJob.Checkpoint checkpoint) {
        this.snapshots = snapshots;
        this.hadoop = hadoop;
        this.warehouse = warehouse;
        this.checkpoint = checkpoint;
    }

    /** Publishes what the plan computed as snapshot {@code snapshotId}; returns its manifest. */
    Manifest publish(
            String snapshotId,
            Instant now,
            long startedNanos,
            Catalogue catalogue,
            AnalyticsPlan plan,
            Inputs inputs,
            AnalyticsPlan.Computed computed)
            throws IOException {
        IndicatorTable full = computed.full();
        SnapshotTableWriter.write(full.values(), snapshots.restrictedIndicators(snapshotId), hadoop);
        List<Object[]> published = full.published().values();
        SnapshotTableWriter.write(published, snapshots.indicators(snapshotId), hadoop);
        SnapshotTableWriter.write(
                computed.breakdowns().values(),
                BreakdownColumns.KINDS,
                new Path(snapshots.folder(snapshotId), SnapshotLayout.BREAKDOWNS),
                hadoop);
        checkpoint.reached("indicators written");
        // What changed since the current snapshot, before this one replaces it (docs/snapshot.md "Changes").
        Optional<String> previous = snapshots.current();
        SnapshotChanges changes =
                previous.isPresent() && snapshots.fileSystem().exists(snapshots.indicators(previous.get()))
                        ? SnapshotChanges.between(
                                previous.get(),
                                PublishedRow.read(snapshots.indicators(previous.get()), hadoop),
                                snapshotId,
                                PublishedRow.of(published))
                        : SnapshotChanges.first(snapshotId);

        List<Manifest.Input> inputFiles = new ArrayList<>();
        boolean synthetic = false;
        for (String table : plan.tablesUsed()) {
            Path metadata = new Path(new Path(warehouse, table), WarehouseTables.TABLE_METADATA);
            if (!snapshots.fileSystem().exists(metadata)) {
                inputFiles.add(new Manifest.Input(table, null, null, List.of()));
                continue;
            }
            try (InputStream in = snapshots.fileSystem().open(metadata)) {
                TableMetadata read = JSON.readValue(in, TableMetadata.class);
                inputFiles.add(new Manifest.Input(table, read.runId(), read.synthetic(), read.files()));
                synthetic |= read.synthetic();
            }
        }
        Manifest manifest = new Manifest(
                snapshotId,
                now.toString(),
                snapshots.fileSystem().makeQualified(new Path(warehouse)).toString(),
                catalogue.version(),
                synthetic,
                inputFiles,
                plan.skipped(),
                full.rowCount(),
                full.indicators(),
                full.areas(),
                full.periods(),
                full.suppressedRows(),
                (System.nanoTime() - startedNanos) / 1e9,
                inputs.populations().midYearsUsed(),
                changes.previousSnapshotId(),
                changes.changes().size(),
                computed.revisions());
        Path folder = snapshots.folder(snapshotId);
        write(new Path(folder, SnapshotLayout.CATALOGUE), catalogue, Catalogues.JSON);
        write(new Path(folder, SnapshotLayout.MANIFEST), manifest, JSON);
        write(new Path(folder, SnapshotLayout.CHANGES), changes, JSON);
        write(
                new Path(folder, SnapshotLayout.GROUPS),
                plan.hasGroups() ? NamedGroups.from(inputs.rows(ComparisonGroups.TABLE)) : List.of(),
                JSON);
        checkpoint.reached("before pointer");
        snapshots.makeCurrent(snapshotId);
        return manifest;
    }

    private void write(Path path, Object value, ObjectMapper mapper) {
        try (OutputStream out = snapshots.fileSystem().create(path, false)) {
            mapper.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
