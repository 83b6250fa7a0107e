package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.indicators.BaseRows;

/** Selects located rows into the base-row shape every recipe returns. */
final class BaseRowSelection {
    private BaseRowSelection() {}

    static Dataset<Row> select(
            Dataset<Row> located,
            String indicatorId,
            String source,
            Column numerator,
            Column denominator,
            Column apportioned,
            Column missingReason) {
        return located.select(
                lit(indicatorId).as(BaseRows.INDICATOR_ID),
                lit(source).as(BaseRows.SOURCE),
                col(BaseRows.AREA_CODE),
                col(BaseRows.AREA_LEVEL),
                col(BaseRows.PERIOD),
                col(BaseRows.PERIOD_LABEL),
                col(BaseRows.PERIOD_START),
                numerator.cast("double").as(BaseRows.NUMERATOR),
                denominator.cast("double").as(BaseRows.DENOMINATOR),
                lit(null).cast("double").as(BaseRows.GIVEN_VALUE),
                apportioned.as(BaseRows.APPORTIONED),
                missingReason.cast("string").as(BaseRows.MISSING_REASON));
    }

    static Dataset<Row> select(
            Dataset<Row> located, String indicatorId, String source, Column numerator, Column denominator) {
        return select(located, indicatorId, source, numerator, denominator, lit(false), lit(null));
    }

    /** For published tables: the publisher's reason for a missing numerator or denominator is kept. */
    static Dataset<Row> selectPublished(
            Dataset<Row> located,
            String indicatorId,
            String source,
            java.util.List<String> columns,
            Column numerator,
            Column denominator) {
        Column reason = lit(null).cast("string");
        for (int i = columns.size() - 1; i >= 0; i--) {
            reason = org.apache.spark.sql.functions.coalesce(
                    col("missing_reasons").getItem(columns.get(i)), reason);
        }
        return select(located, indicatorId, source, numerator, denominator, lit(false), reason);
    }
}
