package org.sendacc.ingest;

import java.time.Clock;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.sendacc.contract.warehouse.RunSummary;
import org.sendacc.reference.ReferenceData;
import org.sendacc.spark.Failures;
import org.sendacc.spark.SparkCommand;

/**
 * {@code ./sendacc ingest --input DIR --warehouse DIR [--master URL]}: reads every known source in the input folder
 * into the Parquet warehouse. Runs unchanged under spark-submit, where the master comes from spark-submit.
 */
public final class IngestJob {
    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: sendacc ingest --input DIR --warehouse DIR [--master URL]",
            "",
            "Reads every source it knows in DIR (DfE EES tidy CSVs, the NHS community waiting-list workbook, the MoJ",
            "tribunal table, DfE statistical neighbours, and the local return templates), validates every row",
            "against its source's contract, and writes Parquet tables under the warehouse folder, one folder per",
            "table. Rejected rows go to <warehouse>/runs/<run-id>/rejections.csv with the rule they broke; the run's",
            "summary to <warehouse>/runs/<run-id>/summary.json. Tables are replaced only when the whole run succeeds.",
            "",
            "  --input DIR       folder (or Hadoop-compatible URI) holding the source files, searched recursively",
            "  --warehouse DIR   warehouse folder (or URI); created if missing",
            "  --master URL      Spark master when not run by spark-submit (default local[*])",
            "  --help            show this help");

    private IngestJob() {}

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args) {
        return SparkCommand.run(
                "ingest", USAGE, args, true, (spark, options) -> ingest(spark, options.input(), options.warehouse()));
    }

    /**
     * Ingests the input folder into the warehouse in the given session, printing the run's summary; returns the exit
     * status (0, 2 for a user error such as a missing folder, 1 otherwise). The demo calls it and then analytics in
     * one session.
     */
    public static int ingest(SparkSession spark, String input, String warehouse) {
        long started = System.nanoTime();
        try {
            RunSummary summary = new IngestRun(
                            spark,
                            ReferenceData.bundled(),
                            SourceCatalog.all(),
                            Clock.systemUTC(),
                            SparkCommand.stepTimes("ingest")::accept)
                    .run(input, warehouse);
            System.out.print(summary.toTable());
            System.out.printf(
                    Locale.ROOT,
                    "Ingest run %s committed in %.1f s: %d tables, %d rejections (%s)%n",
                    summary.runId(),
                    (System.nanoTime() - started) / 1e9,
                    summary.sources().size(),
                    summary.rejections(),
                    summary.warehouse() + "/runs/" + summary.runId() + "/rejections.csv");
            if (summary.synthetic()) {
                System.out.println("Input is the SYNTHETIC sample: not real figures.");
            }
            return 0;
        } catch (IngestException e) {
            System.err.println("sendacc ingest: " + e.getMessage());
            Failures.traceWhenDebugging(e);
            return e.category() == IngestException.Category.USER_ERROR ? 2 : 1;
        }
    }
}
