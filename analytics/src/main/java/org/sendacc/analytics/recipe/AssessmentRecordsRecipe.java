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
import org.sendacc.analytics.indicators.BaseRows;

/**
 * The LA's own figures from its person-level EHC needs assessment records, with DfE's definitions, so an LA sees
 * them before DfE publishes: plans issued within 20 weeks (140 days) by year of issue, decisions within 6 weeks (42
 * days) and refusals by year of request. Only LA rows: the job aggregates the LAs that returned to regions, ICB
 * footprints and England.
 */
final class AssessmentRecordsRecipe implements Recipe {
    static final String TABLE = "local_ehc_assessment_records";
    static final int TWENTY_WEEKS_IN_DAYS = 140;
    static final int SIX_WEEKS_IN_DAYS = 42;

    /** What is counted. */
    enum Measure {
        TIMELINESS("assessment_records_timeliness"),
        DECISIONS_WITHIN_SIX_WEEKS("assessment_records_decisions_6wk"),
        REFUSALS("assessment_records_refusals");

        private final String recipeName;

        Measure(String recipeName) {
            this.recipeName = recipeName;
        }
    }

    private final Measure measure;

    AssessmentRecordsRecipe(Measure measure) {
        this.measure = measure;
    }

    @Override
    public String name() {
        return measure.recipeName;
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(TABLE);
    }

    @Override
    public Dataset<Row> compute(RecipeContext context, Indicator indicator, IndicatorSource source) {
        Dataset<Row> records = context.table(TABLE);
        Column periodDate;
        Column counted;
        Column success;
        switch (measure) {
            case TIMELINESS:
                periodDate = col("plan_issue_date");
                counted = col("plan_issue_date").isNotNull();
                if (source.text("exceptions").equals("exclude")) {
                    counted = counted.and(col("exception").equalTo(false));
                }
                success = datediff(col("plan_issue_date"), col("request_date")).leq(TWENTY_WEEKS_IN_DAYS);
                break;
            case DECISIONS_WITHIN_SIX_WEEKS:
                periodDate = col("request_date");
                counted = col("decision").isin("assess", "not_assess");
                success = datediff(col("decision_date"), col("request_date")).leq(SIX_WEEKS_IN_DAYS);
                break;
            case REFUSALS:
                periodDate = col("request_date");
                counted = lit(true);
                success = col("decision").equalTo("not_assess");
                break;
            default:
                throw new IllegalStateException("unhandled measure " + measure);
        }
        int fromYear = Integer.parseInt(source.optionalText("from_year").orElse("0"));
        Dataset<Row> grouped = records.filter(counted.and(year(periodDate).geq(fromYear)))
                .groupBy(col("la_code").as(BaseRows.AREA_CODE), year(periodDate).as("year"))
                .agg(
                        sum(when(success, 1.0).otherwise(0.0)).as(BaseRows.NUMERATOR),
                        count(lit(1)).cast("double").as(BaseRows.DENOMINATOR));
        Dataset<Row> located = grouped.withColumn(BaseRows.AREA_LEVEL, lit(BaseRows.LA))
                .withColumn(BaseRows.PERIOD, col("year").cast("string"))
                .withColumn(BaseRows.PERIOD_LABEL, col("year").cast("string"))
                .withColumn(BaseRows.PERIOD_START, make_date(col("year"), lit(1), lit(1)));
        return BaseRowSelection.select(
                located, indicator.id(), source.source(), col(BaseRows.NUMERATOR), col(BaseRows.DENOMINATOR));
    }
}
