package org.sendacc.analytics;

/**
 * {@code ./sendacc analytics --warehouse DIR}: will compute the joint-accountability indicators from the warehouse.
 * Until the analytics stage is built it only explains itself, and says plainly that it computes nothing yet.
 */
public final class AnalyticsJob {
    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: sendacc analytics --warehouse DIR [--master URL]",
            "",
            "Computes the joint-accountability indicators (values, confidence intervals, benchmarks, trends)",
            "from the Parquet warehouse and publishes them as a snapshot. Not built yet: this release ingests only.");

    private AnalyticsJob() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(USAGE);
            return 0;
        }
        System.err.println("sendacc analytics: the analytics stage is not built yet; see --help");
        return 2;
    }
}
