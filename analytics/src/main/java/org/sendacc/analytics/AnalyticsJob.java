package org.sendacc.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.sendacc.analytics.catalogue.Catalogue;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.indicators.Areas;
import org.sendacc.analytics.indicators.BaseRows;
import org.sendacc.analytics.indicators.IndicatorColumns;
import org.sendacc.analytics.indicators.IndicatorTable;
import org.sendacc.analytics.publish.Manifest;
import org.sendacc.analytics.publish.Snapshots;
import org.sendacc.analytics.recipe.Recipe;
import org.sendacc.analytics.recipe.RecipeContext;
import org.sendacc.analytics.recipe.Recipes;
import org.sendacc.ingest.IngestJob;
import org.sendacc.reference.ReferenceData;

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
        String warehouse = null;
        String master = "local[*]";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                case "--warehouse" -> warehouse = i + 1 < args.length ? args[++i] : null;
                case "--master" -> master = i + 1 < args.length ? args[++i] : master;
                default -> {
                    System.err.println("sendacc analytics: unknown option " + args[i]);
                    System.err.println(USAGE);
                    return 2;
                }
            }
        }
        if (warehouse == null) {
            System.err.println("sendacc analytics: --warehouse is required");
            System.err.println(USAGE);
            return 2;
        }
        SparkSession spark = IngestJob.session(master, "sendacc analytics");
        spark.sparkContext().setLogLevel("WARN");
        try {
            Manifest manifest = publish(
                    spark, warehouse, Catalogue.bundled(), ReferenceData.bundled(), Clock.systemUTC(), step -> {});
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
            if (manifest.synthetic()) {
                System.out.println("Computed from the SYNTHETIC sample: not real figures.");
            }
            return 0;
        } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes
            System.err.println("sendacc analytics: failed, the current snapshot is unchanged: " + e.getMessage());
            if (System.getenv("SENDACC_DEBUG") != null) {
                e.printStackTrace();
            }
            return 1;
        } finally {
            spark.stop();
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
        long started = System.nanoTime();
        Instant now = clock.instant();
        String snapshotId = SNAPSHOT_TIME.format(now) + "Z-"
                + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        Snapshots snapshots = new Snapshots(warehouse, spark.sparkContext().hadoopConfiguration());
        Areas areas = Areas.from(spark, reference);
        RecipeContext context = new RecipeContext(spark, warehouse, areas);

        List<Dataset<Row>> parts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> tablesUsed = new LinkedHashSet<>();
        for (Indicator indicator : catalogue.indicators()) {
            for (IndicatorSource source : indicator.sources()) {
                Recipe recipe = Recipes.named(source.recipe());
                List<String> missing = recipe.tables(source).stream()
                        .filter(table -> !context.hasTable(table))
                        .toList();
                if (!missing.isEmpty()) {
                    skipped.add(indicator.id() + " from " + source.source() + ": the warehouse has no table "
                            + String.join(", ", missing));
                    continue;
                }
                tablesUsed.addAll(recipe.tables(source));
                parts.add(recipe.compute(context, indicator, source));
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException("the warehouse " + warehouse + " holds none of the tables the catalogue"
                    + " needs: run ./sendacc ingest first");
        }
        // Each recipe runs once, here: the table build reads its output several times.
        Dataset<Row> base =
                parts.stream().reduce(Dataset::unionByName).orElseThrow().localCheckpoint();
        Dataset<Row> full =
                IndicatorTable.build(spark, base, catalogue, areas, snapshotId).cache();
        checkpoint.reached("computed");

        full.write()
                .mode(SaveMode.ErrorIfExists)
                .parquet(snapshots.restrictedIndicators(snapshotId).toString());
        Dataset<Row> published = IndicatorTable.published(
                spark.read().parquet(snapshots.restrictedIndicators(snapshotId).toString()), catalogue);
        published
                .coalesce(1)
                .write()
                .mode(SaveMode.ErrorIfExists)
                .parquet(snapshots.indicators(snapshotId).toString());
        checkpoint.reached("indicators written");

        Row counts = full.agg(
                        countDistinct(col(BaseRows.INDICATOR_ID)),
                        countDistinct(col(BaseRows.AREA_CODE)),
                        countDistinct(col(BaseRows.PERIOD)),
                        org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)),
                        org.apache.spark.sql.functions.sum(org.apache
                                .spark
                                .sql
                                .functions
                                .when(col(IndicatorColumns.SUPPRESSED), 1L)
                                .otherwise(0L)))
                .first();
        List<Map<String, Object>> inputs = new ArrayList<>();
        boolean synthetic = false;
        for (String table : tablesUsed) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("table", table);
            Path metadata = new Path(new Path(warehouse, table), "_table.json");
            if (snapshots.fileSystem().exists(metadata)) {
                try (InputStream in = snapshots.fileSystem().open(metadata)) {
                    JsonNode node = JSON.readTree(in);
                    input.put("ingest_run_id", node.path("run_id").asText());
                    input.put("synthetic", node.path("synthetic").asBoolean());
                    input.put("files", JSON.convertValue(node.path("files"), List.class));
                    synthetic |= node.path("synthetic").asBoolean();
                }
            }
            inputs.add(input);
        }
        Manifest manifest = new Manifest(
                snapshotId,
                now.toString(),
                snapshots.fileSystem().makeQualified(new Path(warehouse)).toString(),
                catalogue.version(),
                synthetic,
                inputs,
                skipped,
                counts.getLong(3),
                counts.getLong(0),
                counts.getLong(1),
                counts.getLong(2),
                counts.getLong(4),
                (System.nanoTime() - started) / 1e9);
        write(snapshots, new Path(snapshots.folder(snapshotId), Snapshots.CATALOGUE), catalogue, Catalogue.JSON);
        write(snapshots, new Path(snapshots.folder(snapshotId), Snapshots.MANIFEST), manifest, JSON);
        full.unpersist();
        checkpoint.reached("before pointer");
        snapshots.makeCurrent(snapshotId);
        return manifest;
    }

    private static void write(Snapshots snapshots, Path path, Object value, ObjectMapper mapper) {
        try (OutputStream out = snapshots.fileSystem().create(path, false)) {
            mapper.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
