package org.sendacc.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line every Spark command shares ({@code --input DIR --warehouse DIR [--master URL] [--help]}) and its
 * life: parse, print the usage on {@code --help} or a mistake (exit status 2), build the one session, run, stop the
 * session. Under spark-submit the master and settings come from spark-submit (see {@link SparkSessions}).
 */
public final class SparkCommand {
    /** What a command does once its session is up; returns the exit status. */
    @FunctionalInterface
    public interface Body {
        int run(org.apache.spark.sql.SparkSession spark, Options options);
    }

    /** The parsed options; {@code input} is null for a command that takes none. */
    public record Options(String input, String warehouse, String master, boolean help) {
        public static final String DEFAULT_MASTER = "local[*]";

        /**
         * Parses the arguments.
         *
         * @throws IllegalArgumentException naming the option that is unknown, lacks its value, or is missing
         */
        public static Options parse(String[] args, boolean takesInput) {
            String input = null;
            String warehouse = null;
            String master = DEFAULT_MASTER;
            boolean help = false;
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String flag = rest.remove(0);
                switch (flag) {
                    case "--help", "-h" -> help = true;
                    case "--input" -> {
                        if (!takesInput) {
                            throw new IllegalArgumentException("unknown option " + flag);
                        }
                        input = value(flag, rest);
                    }
                    case "--warehouse" -> warehouse = value(flag, rest);
                    case "--master" -> master = value(flag, rest);
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (!help && takesInput && (input == null || warehouse == null)) {
                throw new IllegalArgumentException("--input and --warehouse are required");
            }
            if (!help && warehouse == null) {
                throw new IllegalArgumentException("--warehouse is required");
            }
            return new Options(input, warehouse, master, help);
        }

        private static String value(String flag, List<String> rest) {
            if (rest.isEmpty() || rest.get(0).startsWith("--")) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return rest.remove(0);
        }
    }

    private SparkCommand() {}

    /**
     * With {@code SENDACC_DEBUG} set, a printer of each step a job reaches and the seconds since this call, on stderr
     * ("ingest: staged dfe_caseload at 6.7 s"); without it, nothing.
     */
    public static java.util.function.Consumer<String> stepTimes(String command) {
        if (System.getenv("SENDACC_DEBUG") == null) {
            return step -> {};
        }
        long started = System.nanoTime();
        return step -> System.err.printf(
                java.util.Locale.ROOT, "%s: %s at %.1f s%n", command, step, (System.nanoTime() - started) / 1e9);
    }

    /** Runs the command named {@code name} (as in "sendacc NAME") and returns its exit status. */
    public static int run(String name, String usage, String[] args, boolean takesInput, Body body) {
        Options options;
        try {
            options = Options.parse(args, takesInput);
        } catch (IllegalArgumentException e) {
            System.err.println("sendacc " + name + ": " + e.getMessage());
            System.err.println(usage);
            return 2;
        }
        if (options.help()) {
            System.out.println(usage);
            return 0;
        }
        org.apache.spark.sql.SparkSession spark = SparkSessions.session(options.master(), "sendacc " + name);
        try {
            return body.run(spark, options);
        } finally {
            spark.stop();
        }
    }
}
