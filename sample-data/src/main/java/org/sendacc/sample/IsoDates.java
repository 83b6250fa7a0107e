package org.sendacc.sample;

import java.time.LocalDate;

/**
 * Dates as epoch days and their ISO text.
 *
 * <p>The person-level files hold millions of dates; keeping them as {@code int} epoch days and formatting from a
 * table built once keeps generation fast and allocation-free. {@link #NONE} stands for an empty cell.
 */
final class IsoDates {

    /** An unknown or not-yet-happened date (an empty cell). */
    static final int NONE = Integer.MIN_VALUE;

    private static final int FIRST_CACHED = (int) LocalDate.of(1985, 1, 1).toEpochDay();
    private static final int LAST_CACHED = (int) LocalDate.of(2105, 12, 31).toEpochDay();
    private static final String[] CACHE = buildCache();

    private IsoDates() {}

    private static String[] buildCache() {
        String[] cache = new String[LAST_CACHED - FIRST_CACHED + 1];
        for (int day = FIRST_CACHED; day <= LAST_CACHED; day++) {
            cache[day - FIRST_CACHED] = LocalDate.ofEpochDay(day).toString();
        }
        return cache;
    }

    static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    static int day(int year, int month, int dayOfMonth) {
        return day(LocalDate.of(year, month, dayOfMonth));
    }

    static LocalDate date(int epochDay) {
        if (epochDay == NONE) {
            throw new IllegalArgumentException("no date");
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    static int year(int epochDay) {
        return date(epochDay).getYear();
    }

    /** The ISO text of the day, or the empty string for {@link #NONE}. */
    static String text(int epochDay) {
        if (epochDay == NONE) {
            return "";
        }
        if (epochDay >= FIRST_CACHED && epochDay <= LAST_CACHED) {
            return CACHE[epochDay - FIRST_CACHED];
        }
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
