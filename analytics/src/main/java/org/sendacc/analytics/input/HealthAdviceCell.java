package org.sendacc.analytics.input;

/** How many health advice requests an LA made to an ICB in a year, with or without an exception, answered in time. */
public record HealthAdviceCell(
        String laCode,
        String icbOdsCode,
        Integer requestYear,
        Boolean exception,
        boolean within6Weeks,
        long requests) {}
