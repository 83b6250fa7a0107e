package org.sendacc.ingest.ees;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A time period of the open data standard: {@code time_period} read with its {@code time_identifier}. 2024 with
 * "Calendar year" is 2024-01-01..2024-12-31; 202425 with "Academic year" is 2024-09-01..2025-08-31; with
 * "Financial year" 2024-04-01..2025-03-31.
 */
public record EesPeriod(long timePeriod, String timeIdentifier, LocalDate start, LocalDate end) {
    public EesPeriod {
        requireNonNull(timeIdentifier, "timeIdentifier is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
    }

    /** Parses a period; throws {@link IllegalArgumentException} with a message fit for a rejection. */
    public static EesPeriod parse(long timePeriod, String timeIdentifier) {
        switch (timeIdentifier) {
            case "Calendar year":
                requireDigits(timePeriod, 4, timeIdentifier);
                int year = (int) timePeriod;
                return new EesPeriod(timePeriod, timeIdentifier, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            case "Academic year":
            case "Financial year":
                requireDigits(timePeriod, 6, timeIdentifier);
                int first = (int) (timePeriod / 100);
                int second = (int) (timePeriod % 100);
                if ((first + 1) % 100 != second) {
                    throw new IllegalArgumentException("time_period " + timePeriod + " is not two consecutive years");
                }
                return timeIdentifier.equals("Academic year")
                        ? new EesPeriod(
                                timePeriod, timeIdentifier, LocalDate.of(first, 9, 1), LocalDate.of(first + 1, 8, 31))
                        : new EesPeriod(
                                timePeriod, timeIdentifier, LocalDate.of(first, 4, 1), LocalDate.of(first + 1, 3, 31));
            default:
                throw new IllegalArgumentException("time_identifier '" + timeIdentifier + "' is not supported");
        }
    }

    private static void requireDigits(long timePeriod, int digits, String timeIdentifier) {
        if (Long.toString(timePeriod).length() != digits) {
            throw new IllegalArgumentException(
                    "time_period " + timePeriod + " should have " + digits + " digits for " + timeIdentifier);
        }
    }
}
