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

    /**
     * What a command does with a session it may not need: {@code spark} makes the session on first use (once), and
     * {@code hadoop} is the file-system configuration to use meanwhile.
     */
    @FunctionalInterface
    public interface LazyBody {
        int run(
                java.util.function.Supplier<org.apache.spark.sql.SparkSession> spark,
                org.apache.hadoop.conf.Configuration hadoop,
                Options options);
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

    /**
     * As {@link #run}, but the session is made only when the body first asks for it. On the default local master, and
     * not under spark-submit, the body starts with Hadoop's default configuration, as the local session would have it;
     * with a master given (a cluster's, where the session's {@code spark.hadoop.*} settings matter) the session is made
     * first, as by {@link #run}.
     */
    public static int runLazily(String name, String usage, String[] args, boolean takesInput, LazyBody body) {
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
        boolean local = options.master().equals(Options.DEFAULT_MASTER) && System.getProperty("spark.master") == null;
        if (!local) {
            return run(
                    name,
                    usage,
                    args,
                    takesInput,
                    (spark, parsed) ->
                            body.run(() -> spark, spark.sparkContext().hadoopConfiguration(), parsed));
        }
        org.apache.spark.sql.SparkSession[] made = new org.apache.spark.sql.SparkSession[1];
        java.util.function.Supplier<org.apache.spark.sql.SparkSession> spark = () -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = SparkSessions.session(options.master(), "sendacc " + name);
                }
                return made[0];
            }
        };
        // the Hadoop settings a user gives Spark (-Dspark.hadoop.fs...), as Spark would pass them on
        org.apache.hadoop.conf.Configuration hadoop = new org.apache.hadoop.conf.Configuration();
        System.getProperties().stringPropertyNames().stream()
                .filter(key -> key.startsWith("spark.hadoop."))
                .forEach(key -> hadoop.set(key.substring("spark.hadoop.".length()), System.getProperty(key)));
        try {
            return body.run(spark, hadoop, options);
        } finally {
            synchronized (made) {
                if (made[0] != null) {
                    made[0].stop();
                }
            }
        }
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
