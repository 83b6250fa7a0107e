package org.sendacc.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession a command runs in. The master and any setting given by spark-submit ({@code --master},
 * {@code --conf}) win; otherwise the session runs on {@code master} with few shuffle partitions (the shuffled data is
 * small: per-area counts), no web UI, and Spark's console progress bar on stderr.
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
        // The DfE caseload table has 60 measures: let Spark print its plans without a warning.
        builder.config("spark.sql.debug.maxToStringFields", "500");
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
