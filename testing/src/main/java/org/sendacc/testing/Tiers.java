package org.sendacc.testing;

/**
 * The test tiers, as JUnit tags on test classes. {@code ./sendacc test} (and CI) runs every tier but the fuzz tests and benchmarks;
 * {@code ./sendacc test --unit} leaves out the tagged ones and runs the pure unit tier, in under a minute.
 */
public final class Tiers {
    /** The test starts the shared SparkSession (about 4 s, once per test JVM) and runs Spark jobs. */
    public static final String SPARK = "spark";
    /** The test reads the real public files in ../shared/realdata. */
    public static final String REAL_DATA = "realdata";
    /** The test drives headless Chromium. */
    public static final String BROWSER = "browser";
    /** A Jazzer fuzz test: run only by benchmarks/fuzz.sh, for minutes each, never in CI (pom.xml excludedGroups). */
    public static final String FUZZ = "fuzz";
    /** A benchmark that prints figures: run only by its script under benchmarks/, never in CI (pom.xml excludedGroups). */
    public static final String BENCHMARK = "benchmark";

    private Tiers() {}
}
