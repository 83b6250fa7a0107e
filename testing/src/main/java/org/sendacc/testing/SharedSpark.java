package org.sendacc.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a test JVM: local[2], no UI, few shuffle partitions. Starting one costs ~4 s, so every Spark
 * test of a module shares it. Tests that use it carry the {@link Tiers#SPARK} tag.
 */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {}

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("sendacc tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.sql.debug.maxToStringFields", "500")
                    .getOrCreate();
        }
        return session;
    }
}
