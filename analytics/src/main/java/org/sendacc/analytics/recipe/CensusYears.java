package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.sendacc.analytics.indicators.BaseRows;

/**
 * Periods of a census-based return (workforce, therapy waiting lists). Areas take their census on different days
 * (our sample: 31 March for ICBs, 30 November for LAs), so the period is the census date's calendar year, labelled
 * by the year and starting on its 1 January, which puts every area's census of a year in the same period. An area
 * that returned more than one census in a year is counted once, at its latest census of that year.
 */
final class CensusYears {
    private static final String LATEST = "latest_census_of_year";

    private CensusYears() {}

    /** The rows of each area's latest census in each year, with the period columns of that year. */
    static Dataset<Row> latestOfEachYear(Dataset<Row> rows, String areaColumn, String censusColumn) {
        return rows.withColumn(
                        LATEST,
                        max(col(censusColumn)).over(Window.partitionBy(col(areaColumn), year(col(censusColumn)))))
                .filter(col(censusColumn).equalTo(col(LATEST)))
                .drop(LATEST)
                .withColumn(BaseRows.PERIOD, year(col(censusColumn)).cast("string"))
                .withColumn(BaseRows.PERIOD_LABEL, year(col(censusColumn)).cast("string"))
                .withColumn(BaseRows.PERIOD_START, make_date(year(col(censusColumn)), lit(1), lit(1)));
    }
}
