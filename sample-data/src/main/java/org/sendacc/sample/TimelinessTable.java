package org.sendacc.sample;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code ees/timeliness_20_week.csv}: new EHC plans issued in each calendar year and how many within 20
 * weeks, including and excluding exceptions, in DfE's exact layout (headline breakdown only).
 *
 * <p>Every LA figure is counted from the LA's synthetic person-level records (see {@link EhcMeasure}); regions and
 * England are sums of their LAs. One LA row carries a planted numerator above its denominator. The rows are written
 * by {@link CountedFromRecordsTable}, as for {@link RequestsTable}; this class holds only the columns and how they
 * are counted.
 */
final class TimelinessTable {

    static final String FILE = "ees/timeliness_20_week.csv";
    static final String BREAKDOWN = "All EHC plans issued";

    static final List<String> HEADER = EesTidyCsvWriter.header(
            "breakdown_topic",
            "breakdown",
            "plans_issued_den",
            "plans_issued_den_ex",
            "plans_issued_within_20_weeks",
            "plans_issued_20_weeks_ex",
            "pc_plans_issued_within_20_weeks",
            "PC_plans_issued_20_weeks_ex",
            "plans_issued_gt20weeks_ltYear",
            "plans_issued_gt20weeks_ltYear_ex",
            "pc_plans_issued_gt20weeks_ltYear",
            "PC_plans_issued_gt20weeks_ltYear_ex",
            "plans_issued_gt_1_year",
            "plans_issued_gt_1_year_ex",
            "pc_plans_issued_gt_1_year",
            "PC_plans_issued_gt_1_year_ex");

    private static final int PLANTED_EXCESS = 7;

    private static final CountedFromRecordsTable TABLE = new CountedFromRecordsTable(
            FILE,
            HEADER,
            TimelinessTable::values,
            new CountedFromRecordsTable.PlantedFigures(
                    PlantedDefects.NUMERATOR_ABOVE_DENOMINATOR_LA,
                    "plans_issued_within_20_weeks",
                    PlantedDefect.Rule.NUMERATOR_ABOVE_DENOMINATOR,
                    TimelinessTable::plantedValues));

    private TimelinessTable() {}

    /** Writes the file; returns the number of records written, header included. */
    static long write(
            Path outputFolder,
            SampleGeography geography,
            AreaTallies tallies,
            GeneratorOptions options,
            PlantedDefects register) {
        return TABLE.write(outputFolder, geography, tallies, options, register);
    }

    private static List<String> values(EhcTally tally, int year) {
        return values(tally, year, tally.get(year, EhcMeasure.PLANS_WITHIN_20_WEEKS));
    }

    private static List<String> plantedValues(EhcTally tally, int year) {
        return values(tally, year, tally.get(year, EhcMeasure.PLANS_ISSUED) + PLANTED_EXCESS);
    }

    private static List<String> values(EhcTally tally, int year, long within) {
        long issued = tally.get(year, EhcMeasure.PLANS_ISSUED);
        long issuedEx = tally.get(year, EhcMeasure.PLANS_ISSUED_EXCLUDING_EXCEPTIONS);
        long withinEx = tally.get(year, EhcMeasure.PLANS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS);
        long late = tally.get(year, EhcMeasure.PLANS_20_WEEKS_TO_A_YEAR);
        long lateEx = tally.get(year, EhcMeasure.PLANS_20_WEEKS_TO_A_YEAR_EXCLUDING_EXCEPTIONS);
        long overAYear = tally.get(year, EhcMeasure.PLANS_OVER_A_YEAR);
        long overAYearEx = tally.get(year, EhcMeasure.PLANS_OVER_A_YEAR_EXCLUDING_EXCEPTIONS);
        return List.of(
                BREAKDOWN,
                BREAKDOWN,
                DfeNumbers.count(issued),
                DfeNumbers.count(issuedEx),
                DfeNumbers.count(within),
                DfeNumbers.count(withinEx),
                DfeNumbers.percent(within, issued),
                DfeNumbers.percent(withinEx, issuedEx),
                DfeNumbers.count(late),
                DfeNumbers.count(lateEx),
                DfeNumbers.percent(late, issued),
                DfeNumbers.percent(lateEx, issuedEx),
                DfeNumbers.count(overAYear),
                DfeNumbers.count(overAYearEx),
                DfeNumbers.percent(overAYear, issued),
                DfeNumbers.percent(overAYearEx, issuedEx));
    }
}
