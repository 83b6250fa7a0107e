package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.indicators.BaseRows;
import org.sendacc.ingest.ees.EesColumns;

/**
 * Turns rows of a DfE open-data-standard table into located rows: area code and level from the geographic level
 * (England, the nine E12 regions, LAs by their canonical code), and the period with a readable label.
 */
final class EesRows {
    private EesRows() {}

    /** The headline rows (the given breakdown, or every row when the table has none) with area and period columns. */
    static Dataset<Row> located(Dataset<Row> table, String breakdown) {
        Dataset<Row> headline = breakdown == null
                ? table
                : table.filter(col(EesColumns.BREAKDOWN).equalTo(breakdown));
        Column level = col(EesColumns.GEOGRAPHIC_LEVEL);
        Column isRegion =
                level.equalTo("Regional").and(col(EesColumns.REGION_CODE).startsWith("E12"));
        Column isLa =
                level.equalTo("Local authority").and(col(EesColumns.LA_CODE).isNotNull());
        Column areaLevel = when(level.equalTo("National"), lit(BaseRows.ENGLAND))
                .when(isRegion, lit(BaseRows.REGION))
                .when(isLa, lit(BaseRows.LA));
        Column areaCode = when(level.equalTo("National"), lit(BaseRows.ENGLAND_CODE))
                .when(isRegion, col(EesColumns.REGION_CODE))
                .when(isLa, col(EesColumns.LA_CODE));
        Column period = col(EesColumns.TIME_PERIOD).cast("string");
        Column label = when(
                        col(EesColumns.TIME_IDENTIFIER).isin("Academic year", "Financial year"),
                        concat(substring(period, 1, 4), lit("/"), substring(period, 5, 2)))
                .otherwise(period);
        return headline.withColumn(BaseRows.AREA_LEVEL, areaLevel)
                .withColumn(BaseRows.AREA_CODE, areaCode)
                .withColumn(BaseRows.PERIOD, period)
                .withColumn(BaseRows.PERIOD_LABEL, label)
                .withColumn(BaseRows.PERIOD_START, col(EesColumns.PERIOD_START))
                .filter(col(BaseRows.AREA_LEVEL).isNotNull());
    }

    /** The sum of the columns, null when any of them is missing. */
    static Column sumOf(List<String> columns) {
        Column sum = null;
        for (String name : columns) {
            Column value = col(name).cast("double");
            sum = sum == null ? value : sum.plus(value);
        }
        return sum;
    }
}
