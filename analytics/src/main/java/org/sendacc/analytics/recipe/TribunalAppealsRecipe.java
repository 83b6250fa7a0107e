package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.indicators.BaseRows;
import org.sendacc.ingest.moj.TribunalAppealRateSource;

/** MoJ's SEND Tribunal appeal rate: appeals registered over appealable decisions, for England and every LA. */
final class TribunalAppealsRecipe implements Recipe {
    static final String TABLE = "moj_tribunal_appeal_rate";

    @Override
    public String name() {
        return "tribunal_appeals";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(TABLE);
    }

    @Override
    public Dataset<Row> compute(RecipeContext context, Indicator indicator, IndicatorSource source) {
        Column level = col(TribunalAppealRateSource.GEOGRAPHIC_LEVEL);
        Column year = col(TribunalAppealRateSource.TIME_PERIOD);
        Dataset<Row> located = context.table(TABLE)
                .withColumn(
                        BaseRows.AREA_LEVEL,
                        when(level.equalTo("National"), lit(BaseRows.ENGLAND))
                                .when(level.equalTo("Local authority"), lit(BaseRows.LA)))
                .withColumn(
                        BaseRows.AREA_CODE,
                        when(level.equalTo("National"), lit(BaseRows.ENGLAND_CODE))
                                .when(level.equalTo("Local authority"), col(TribunalAppealRateSource.LA_CODE)))
                .filter(col(BaseRows.AREA_CODE).isNotNull())
                .withColumn(BaseRows.PERIOD, year.cast("string"))
                .withColumn(BaseRows.PERIOD_LABEL, year.cast("string"))
                .withColumn(BaseRows.PERIOD_START, make_date(year.cast("int"), lit(1), lit(1)));
        return BaseRowSelection.selectPublished(
                located,
                indicator.id(),
                source.source(),
                List.of(TribunalAppealRateSource.APPEALS_REGISTERED, TribunalAppealRateSource.APPEALABLE_DECISIONS),
                col(TribunalAppealRateSource.APPEALS_REGISTERED),
                col(TribunalAppealRateSource.APPEALABLE_DECISIONS));
    }
}
