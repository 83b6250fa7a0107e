package org.sendacc.testing;

/**
 * The test tiers, as JUnit tags on test classes. {@code ./sendacc test} (and CI) runs every tier; {@code ./sendacc
 * test --unit} leaves out the tagged ones and runs the pure unit tier, in under a minute.
 */
public final class Tiers {
    /** The test starts the shared SparkSession (about 4 s, once per test JVM) and runs Spark jobs. */
    public static final String SPARK = "spark";
    /** The test reads the real public files in ../shared/realdata. */
    public static final String REAL_DATA = "realdata";
    /** The test drives headless Chromium. */
    public static final String BROWSER = "browser";

    private Tiers() {}
}
