package org.sendacc.analytics.input;

/**
 * How many health advice requests an LA made to an ICB in a year, with or without an exception, answered in time.
 * Serializable: counting in Spark's tasks, a cell of no requests is the key the requests are counted under ({@link
 * CountedTables.HealthAdvice}).
 */
public record HealthAdviceCell(
        String laCode, String icbOdsCode, Integer requestYear, Boolean exception, boolean within6Weeks, long requests)
        implements java.io.Serializable {
    HealthAdviceCell counted(long count) {
        return new HealthAdviceCell(laCode, icbOdsCode, requestYear, exception, within6Weeks, count);
    }
}
