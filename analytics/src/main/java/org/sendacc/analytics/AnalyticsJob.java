package org.sendacc.analytics;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.spark.sql.SparkSession;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.WarehouseInputs;
import org.sendacc.analytics.publish.Snapshots;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.snapshot.Manifest;
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
            AnalyticsPlan plan = AnalyticsPlan.of(catalogue, warehouseInputs);
            checkpoint.reached("declared");
            if (plan.computations().isEmpty()) {
                throw new UserError("the warehouse " + warehouse + " holds none of the tables the catalogue needs: run"
                        + " ./sendacc ingest first");
            }
            Inputs inputs = warehouseInputs.read(plan.needs(), Areas.from(reference));
            checkpoint.reached("read");
            AnalyticsPlan.Computed computed = plan.compute(inputs, catalogue, snapshotId);
            checkpoint.reached("computed");
            return new SnapshotPublisher(snapshots, hadoop, warehouse, checkpoint)
                    .publish(snapshotId, now, started, catalogue, plan, inputs, computed);
        } catch (IOException | RuntimeException | Error e) {
            snapshots.abandon(snapshotId, e);
            throw e;
        }
    }
}
