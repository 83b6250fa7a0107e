package org.sendacc.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.analytics.indicators.BreakdownTable;
import org.sendacc.analytics.indicators.IndicatorTable;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.WarehouseInputs;
import org.sendacc.analytics.publish.NamedGroups;
import org.sendacc.analytics.publish.PublishedRow;
import org.sendacc.analytics.publish.SnapshotTableWriter;
import org.sendacc.analytics.publish.Snapshots;
import org.sendacc.analytics.recipe.BaseRow;
import org.sendacc.analytics.recipe.BreakdownRow;
import org.sendacc.analytics.recipe.Recipe;
import org.sendacc.analytics.recipe.Recipes;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.BreakdownColumns;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.contract.snapshot.Revision;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.contract.snapshot.SnapshotLayout;
import org.sendacc.contract.warehouse.TableMetadata;
import org.sendacc.contract.warehouse.WarehouseTables;
import org.sendacc.contract.warehouse.WarehouseTables.ComparisonGroups;
import org.sendacc.reference.ReferenceData;
import org.sendacc.spark.Failures;
import org.sendacc.spark.SparkCommand;
import org.sendacc.spark.UserError;
import org.sendacc.spark.WarehouseAccess;

/**
 * {@code ./sendacc analytics --warehouse DIR [--master URL]}: computes every indicator of the catalogue from every
 * source the warehouse holds, and publishes them as a new snapshot (indicators table, catalogue.json,
 * manifest.json) that becomes current only once it is completely written. Runs unchanged under spark-submit.
 */
public final class AnalyticsJob {
    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: sendacc analytics --warehouse DIR [--master URL]",
            "",
            "Computes the joint-accountability indicators (values with 95% and 99.8% confidence intervals,",
            "comparisons with England, region, ICB footprint and statistical neighbours, ranks, trends) from",
            "the Parquet warehouse, and publishes them as a new snapshot under <warehouse>/snapshots/<id>/.",
            "snapshots/CURRENT names the current snapshot; it moves only when the new one is complete.",
            "Unsuppressed figures go to <warehouse>/restricted/, for the area's own analysts only.",
            "",
            "  --warehouse DIR   the warehouse folder (or Hadoop-compatible URI) that ingest wrote",
            "  --master URL      Spark master when not run by spark-submit (default local[*])",
            "  --help            show this help");

    private static final DateTimeFormatter SNAPSHOT_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** Called after each step, so a test can stop a run part-way as a crash would. */
    @FunctionalInterface
    public interface Checkpoint {
        void reached(String step);
    }

    private AnalyticsJob() {}

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args) {
        // Spark only if the counts need it: a warehouse of published tables alone is read on the driver
        return SparkCommand.runLazily(
                "analytics",
                USAGE,
                args,
                false,
                (spark, hadoop, options) -> analyse(spark, hadoop, options.warehouse()));
    }

    /**
     * Computes and publishes a snapshot of the warehouse in the given session, printing what it published; returns the
     * exit status (0; 2 for a user error found before anything was written, such as a missing or read-only warehouse; 1 when it failed otherwise; the current snapshot is unchanged either way). The demo calls it after ingest in one
     * session.
     */
    public static int analyse(SparkSession spark, String warehouse) {
        return analyse(() -> spark, spark.sparkContext().hadoopConfiguration(), warehouse);
    }

    /** As {@link #analyse(SparkSession, String)}, with a session made only if the counts need one. */
    public static int analyse(java.util.function.Supplier<SparkSession> spark, Configuration hadoop, String warehouse) {
        try {
            Manifest manifest = publish(
                    spark,
                    hadoop,
                    warehouse,
                    Catalogues.bundled(),
                    ReferenceData.bundled(),
                    Clock.systemUTC(),
                    SparkCommand.stepTimes("analytics")::accept);
            System.out.printf(
                    Locale.ROOT,
                    "Snapshot %s published in %.1f s: %d indicators x %d areas x %d periods = %,d rows, %,d suppressed%n",
                    manifest.snapshotId(),
                    manifest.seconds(),
                    manifest.indicators(),
                    manifest.areas(),
                    manifest.periods(),
                    manifest.rows(),
                    manifest.suppressedRows());
            manifest.skipped().forEach(skipped -> System.out.println("  not computed: " + skipped));
            if (!manifest.revisions().isEmpty()) {
                System.out.println(
                        "  revised by a newer release: " + manifest.revisions().size()
                                + " figures of an older one (the newer are published; manifest.json \"revisions\" lists"
                                + " each)");
                manifest.revisions().stream()
                        .limit(5)
                        .forEach(revision -> System.out.println("    " + revision.indicatorId() + " "
                                + revision.areaCode() + " " + revision.period() + " " + revision.measure() + ": "
                                + revision.older() + " then " + revision.newer()));
            }
            System.out.println(
                    manifest.previousSnapshotId() == null
                            ? "  the first snapshot here: no changes to list"
                            : String.format(
                                    Locale.ROOT,
                                    "  %,d changes since snapshot %s (see /changes)",
                                    manifest.changes(),
                                    manifest.previousSnapshotId()));
            if (manifest.synthetic()) {
                System.out.println("Computed from the SYNTHETIC sample: not real figures.");
            }
            return 0;
        } catch (UserError e) {
            System.err.println("sendacc analytics: " + e.getMessage());
            Failures.traceWhenDebugging(e);
            return 2;
        } catch (Exception
                | FSError e) { // AnalysisException is checked; FSError: Hadoop's local file system, disk full
            System.err.println("sendacc analytics: failed, the current snapshot is unchanged: " + Failures.cause(e));
            Failures.traceWhenDebugging(e);
            return 1;
        }
    }

    /** Computes and publishes a snapshot, then makes it current; returns its manifest. */
    public static Manifest publish(
            SparkSession spark,
            String warehouse,
            Catalogue catalogue,
            ReferenceData reference,
            Clock clock,
            Checkpoint checkpoint)
            throws IOException {
        return publish(
                () -> spark,
                spark.sparkContext().hadoopConfiguration(),
                warehouse,
                catalogue,
                reference,
                clock,
                checkpoint);
    }

    /**
     * As {@link #publish(SparkSession, String, Catalogue, ReferenceData, Clock, Checkpoint)}, asking for the session
     * only if the tables that grow with rows are too large to count on the driver ({@link
     * WarehouseInputs#LOCAL_COUNT_BYTES}).
     */
    public static Manifest publish(
            java.util.function.Supplier<SparkSession> spark,
            Configuration hadoop,
            String warehouse,
            Catalogue catalogue,
            ReferenceData reference,
            Clock clock,
            Checkpoint checkpoint)
            throws IOException {
        long started = System.nanoTime();
        // The user's mistakes first, before anything is written: a missing warehouse, one that cannot be written.
        WarehouseAccess.checkWritable(warehouse, hadoop, false);
        Instant now = clock.instant();
        String snapshotId = SNAPSHOT_TIME.format(now) + "Z-"
                + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        Snapshots snapshots = new Snapshots(warehouse, hadoop);
        WarehouseInputs warehouseInputs = new WarehouseInputs(spark, hadoop, warehouse);
        try {

            // What every recipe reads is declared first, so that each table is read once, however many indicators use
            // it.
            record Computation(Indicator indicator, IndicatorSource source, Recipe recipe) {}
            List<Computation> computations = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            Set<String> tablesUsed = new LinkedHashSet<>();
            InputNeeds needs = new InputNeeds();
            for (Indicator indicator : catalogue.indicators()) {
                for (IndicatorSource source : indicator.sources()) {
                    Recipe recipe = Recipes.named(source.recipe());
                    List<String> missing = recipe.tables(source).stream()
                            .filter(table -> !warehouseInputs.hasTable(table))
                            .toList();
                    if (!missing.isEmpty()) {
                        skipped.add(indicator.id() + " from " + source.source() + ": the warehouse has no table "
                                + String.join(", ", missing));
                        continue;
                    }
                    recipe.declare(indicator, source, needs);
                    tablesUsed.addAll(recipe.tables(source));
                    computations.add(new Computation(indicator, source, recipe));
                }
            }
            // tables read only where they are there (the needs behind a breakdown) are inputs too, for citation
            needs.smallTables().stream().filter(warehouseInputs::hasTable).forEach(tablesUsed::add);
            boolean hasGroups = warehouseInputs.hasTable(ComparisonGroups.TABLE);
            if (hasGroups) {
                needs.columns(ComparisonGroups.TABLE, NamedGroups.COLUMNS);
                tablesUsed.add(ComparisonGroups.TABLE);
            }
            checkpoint.reached("declared");
            if (computations.isEmpty()) {
                throw new UserError("the warehouse " + warehouse + " holds none of the tables the catalogue needs: run"
                        + " ./sendacc ingest first");
            }
            Inputs inputs = warehouseInputs.read(needs, Areas.from(reference));
            checkpoint.reached("read");

            List<BaseRow> base = new ArrayList<>();
            List<BreakdownRow> breakdownBase = new ArrayList<>();
            List<Revision> revisions = new ArrayList<>();
            for (Computation computation : computations) {
                base.addAll(computation.recipe().compute(inputs, computation.indicator(), computation.source()));
                revisions.addAll(computation.recipe().revisions(inputs, computation.indicator(), computation.source()));
                breakdownBase.addAll(
                        computation.recipe().breakdowns(inputs, computation.indicator(), computation.source()));
            }
            IndicatorTable full = IndicatorTable.build(base, catalogue, inputs.areas(), snapshotId);
            BreakdownTable breakdowns = BreakdownTable.build(breakdownBase, catalogue, inputs.areas(), snapshotId);
            checkpoint.reached("computed");

            SnapshotTableWriter.write(full.values(), snapshots.restrictedIndicators(snapshotId), hadoop);
            List<Object[]> published = full.published().values();
            SnapshotTableWriter.write(published, snapshots.indicators(snapshotId), hadoop);
            SnapshotTableWriter.write(
                    breakdowns.values(),
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
            for (String table : tablesUsed) {
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
                    skipped,
                    full.rowCount(),
                    full.indicators(),
                    full.areas(),
                    full.periods(),
                    full.suppressedRows(),
                    (System.nanoTime() - started) / 1e9,
                    inputs.populations().midYearsUsed(),
                    changes.previousSnapshotId(),
                    changes.changes().size(),
                    revisions);
            write(
                    snapshots,
                    new Path(snapshots.folder(snapshotId), SnapshotLayout.CATALOGUE),
                    catalogue,
                    Catalogues.JSON);
            write(snapshots, new Path(snapshots.folder(snapshotId), SnapshotLayout.MANIFEST), manifest, JSON);
            write(snapshots, new Path(snapshots.folder(snapshotId), SnapshotLayout.CHANGES), changes, JSON);
            write(
                    snapshots,
                    new Path(snapshots.folder(snapshotId), SnapshotLayout.GROUPS),
                    hasGroups ? NamedGroups.from(inputs.rows(ComparisonGroups.TABLE)) : List.of(),
                    JSON);
            checkpoint.reached("before pointer");
            snapshots.makeCurrent(snapshotId);
            return manifest;
        } catch (IOException | RuntimeException | Error e) {
            snapshots.abandon(snapshotId, e);
            throw e;
        }
    }

    private static void write(Snapshots snapshots, Path path, Object value, ObjectMapper mapper) {
        try (OutputStream out = snapshots.fileSystem().create(path, false)) {
            mapper.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
