package org.sendacc.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession a command runs in. The master and any setting given by spark-submit ({@code --master},
 * {@code --conf}) win; otherwise the session runs on {@code master} with few shuffle partitions (the shuffled data is
 * small: per-area counts), the JVM's case mappings, no web UI, and Spark's console progress bar on stderr.
 */
public final class SparkSessions {
    private SparkSessions() {}

    public static SparkSession session(String master, String appName) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (!conf.contains("spark.master")) {
            builder.master(master);
        }
        if (!conf.contains("spark.sql.shuffle.partitions")) {
            builder.config("spark.sql.shuffle.partitions", "8");
        }
        if (!conf.contains("spark.ui.enabled")) {
            builder.config("spark.ui.enabled", "false");
        }
        if (!conf.contains("spark.ui.showConsoleProgress")) {
            builder.config("spark.ui.showConsoleProgress", "true"); // Spark's progress bar, on stderr
        }
        if (!conf.contains("spark.sql.icu.caseMappings.enabled")) {
            // lower() of a service name: the JVM's case mapping, not ICU's, whose tables cost about half
            // a second of a core to build on first use (docs/performance.md)
            builder.config("spark.sql.icu.caseMappings.enabled", "false");
        }
        boolean cluster = !conf.get("spark.master", master).startsWith("local");
        if (cluster && !conf.contains("spark.jars")) {
            // Run outside spark-submit against a cluster (./sendacc ingest --master spark://...): the executors get
            // our classes from our own jars on this JVM's class path; Spark and its libraries they have already
            // (docs/cluster.md).
            String jars = ownJars(System.getProperty("java.class.path", ""));
            if (!jars.isEmpty()) {
                builder.config("spark.jars", jars);
            }
        }
        // The DfE caseload table has 60 measures: let Spark print its plans without a warning.
        builder.config("spark.sql.debug.maxToStringFields", "500");
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    /**
     * The jars of sendacc's own modules on a class path, comma-separated as {@code spark.jars} takes them; the
     * libraries beside them (POI, SODS, commons-csv) are named in {@code sendacc.cluster.jars}, when the cluster does
     * not have them.
     */
    static String ownJars(String classPath) {
        java.util.List<String> jars = new java.util.ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            String name = new java.io.File(entry).getName();
            if (name.startsWith("sendacc-") && name.endsWith(".jar")) {
                jars.add(new java.io.File(entry).getAbsolutePath());
            }
        }
        String extra = System.getProperty("sendacc.cluster.jars", "");
        if (!extra.isBlank()) {
            jars.add(extra);
        }
        return String.join(",", jars);
    }
}
