package org.sendacc.analytics.recipe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.input.SourceRow;

/**
 * Periods of a census-based return (workforce, therapy waiting lists). Areas take their census on different days
 * (our sample: 31 March for ICBs, 30 November for LAs), so the period is the census date's calendar year, labelled
 * by the year and starting on its 1 January, which puts every area's census of a year in the same period. An area
 * that returned more than one census in a year is counted once, at its latest census of that year.
 */
final class CensusYears {
    private CensusYears() {}

    /** The rows of each area's latest census in each year. */
    static List<SourceRow> latestOfEachYear(List<SourceRow> rows, String areaColumn, String censusColumn) {
        Map<String, LocalDate> latest = new HashMap<>();
        for (SourceRow row : rows) {
            latest.merge(key(row, areaColumn, censusColumn), row.date(censusColumn), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<SourceRow> kept = new ArrayList<>();
        for (SourceRow row : rows) {
            if (row.date(censusColumn).equals(latest.get(key(row, areaColumn, censusColumn)))) {
                kept.add(row);
            }
        }
        return kept;
    }

    static BaseRow.Period period(LocalDate census) {
        return BaseRow.Period.calendarYear(census.getYear());
    }

    private static String key(SourceRow row, String areaColumn, String censusColumn) {
        return row.text(areaColumn) + "\u0000" + row.date(censusColumn).getYear();
    }
}
