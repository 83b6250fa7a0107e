package org.sendacc.pipeline;

import org.sendacc.analytics.AnalyticsJob;
import org.sendacc.ingest.IngestJob;
import org.sendacc.spark.SparkCommand;

/**
 * {@code ./sendacc pipeline --input DIR --warehouse DIR [--master URL]}: ingest, then analytics, in one JVM and one
 * Spark session, which saves a session start and Spark's warm-up (code generation, JIT) between the two. What the demo
 * runs. Analytics does not run when ingest failed.
 */
public final class PipelineJob {
    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: sendacc pipeline --input DIR --warehouse DIR [--master URL]",
            "",
            "Runs ./sendacc ingest, then ./sendacc analytics, in one JVM and one Spark session: validates every",
            "source file in DIR into the Parquet warehouse, then computes the indicators and publishes a snapshot.",
            "",
            "  --input DIR       folder (or Hadoop-compatible URI) holding the source files, searched recursively",
            "  --warehouse DIR   warehouse folder (or URI); created if missing",
            "  --master URL      Spark master when not run by spark-submit (default local[*])",
            "  --help            show this help");

    private PipelineJob() {}

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args) {
        return SparkCommand.run("pipeline", USAGE, args, true, (spark, options) -> {
            int ingested = IngestJob.ingest(spark, options.input(), options.warehouse());
            if (ingested != 0) {
                return ingested;
            }
            return AnalyticsJob.analyse(spark, options.warehouse());
        });
    }
}
