package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.indicators.Areas;
import org.sendacc.analytics.indicators.BaseRows;

/**
 * Health advice for EHC needs assessments returned within 6 weeks (42 days) of the LA's request, the health side's
 * statutory clock (SEND Regulations 2014, reg. 8), which nobody publishes nationally: counted from the LAs'
 * health advice request returns, by calendar year of the request, leaving out requests where a reg. 8 exception
 * applied. Every request of the year is in the denominator: one still unanswered counts as not within 6 weeks, so
 * a year whose last requests are not yet 6 weeks old is understated until the return is refreshed.
 *
 * <p>The LA rows count the requests the LA made (to any ICB), the ICB rows the requests made to the ICB (by any LA):
 * both are counted directly, nothing is apportioned. Regions and England are the job's sums of the LAs.
 */
final class HealthAdviceRecipe implements Recipe {
    static final String TABLE = "local_health_advice_requests";
    static final String LA_CODE = "la_code";
    static final String ICB_ODS_CODE = "icb_ods_code";
    static final String REQUEST_DATE = "request_date";
    static final String RESPONSE_DATE = "response_date";
    static final String EXCEPTION = "exception";
    static final int SIX_WEEKS_IN_DAYS = 42;

    private static final String YEAR = "request_year";

    @Override
    public String name() {
        return "health_advice_requests";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(TABLE);
    }

    @Override
    public Dataset<Row> compute(RecipeContext context, Indicator indicator, IndicatorSource source) {
        int fromYear = Integer.parseInt(source.optionalText("from_year").orElse("0"));
        Column withinSixWeeks = col(RESPONSE_DATE)
                .isNotNull()
                .and(datediff(col(RESPONSE_DATE), col(REQUEST_DATE)).leq(SIX_WEEKS_IN_DAYS));
        Dataset<Row> requests = context.table(TABLE)
                .filter(col(EXCEPTION).equalTo(false))
                .withColumn(YEAR, year(col(REQUEST_DATE)))
                .filter(col(YEAR).geq(fromYear))
                .withColumn(BaseRows.NUMERATOR, when(withinSixWeeks, 1.0).otherwise(0.0));

        Dataset<Row> las = periods(requests.groupBy(col(LA_CODE).as(BaseRows.AREA_CODE), col(YEAR))
                        .agg(
                                sum(col(BaseRows.NUMERATOR)).as(BaseRows.NUMERATOR),
                                count(lit(1)).cast("double").as(BaseRows.DENOMINATOR)))
                .withColumn(BaseRows.AREA_LEVEL, lit(BaseRows.LA));
        Dataset<Row> icbFigures = periods(requests.groupBy(col(ICB_ODS_CODE).as(Areas.ICB_ODS_CODE), col(YEAR))
                        .agg(
                                sum(col(BaseRows.NUMERATOR)).as(BaseRows.NUMERATOR),
                                count(lit(1)).cast("double").as(BaseRows.DENOMINATOR)))
                .withColumn(BaseRows.MISSING_REASON, lit(null).cast("string"));
        return BaseRowSelection.select(
                        las, indicator.id(), source.source(), col(BaseRows.NUMERATOR), col(BaseRows.DENOMINATOR))
                .unionByName(IcbFigures.icbRows(context, icbFigures, indicator.id(), source.source()));
    }

    private static Dataset<Row> periods(Dataset<Row> grouped) {
        return grouped.withColumn(BaseRows.PERIOD, col(YEAR).cast("string"))
                .withColumn(BaseRows.PERIOD_LABEL, col(YEAR).cast("string"))
                .withColumn(BaseRows.PERIOD_START, make_date(col(YEAR), lit(1), lit(1)));
    }
}
