package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.indicators.Areas;
import org.sendacc.analytics.indicators.BaseRows;

/**
 * The LA's educational psychology service from its EP workforce return, which nobody publishes nationally: EP FTE
 * per head of the LA's 0-25 population, and the share of EP time spent on statutory (EHC) work, weighted by FTE so
 * that a region's figure is the share of all its EPs' time. Per LA and census year (see {@link CensusYears}); the
 * job adds the LAs up to regions, ICB footprints and England.
 */
final class EpWorkforceRecipe implements Recipe {
    static final String TABLE = "local_ep_workforce";
    static final String LA_CODE = "la_code";
    static final String CENSUS_DATE = "census_date";
    static final String EP_FTE = "ep_fte";
    static final String STATUTORY_TIME_PCT = "statutory_time_pct";

    static final String NO_STATUTORY_TIME = "the LA's EP return left statutory_time_pct empty";

    /** What is computed. */
    enum Measure {
        /** ep_fte over the population aged 0-25 (the catalogue's unit scales it per 10,000). */
        FTE_PER_POPULATION("ep_workforce_fte_per_population"),
        /** statutory_time_pct / 100 x ep_fte over ep_fte. */
        STATUTORY_TIME_SHARE("ep_workforce_statutory_time");

        private final String recipeName;

        Measure(String recipeName) {
            this.recipeName = recipeName;
        }
    }

    private final Measure measure;

    EpWorkforceRecipe(Measure measure) {
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
        Dataset<Row> censuses = CensusYears.latestOfEachYear(context.table(TABLE), LA_CODE, CENSUS_DATE)
                .withColumn(BaseRows.AREA_CODE, col(LA_CODE))
                .withColumn(BaseRows.AREA_LEVEL, lit(BaseRows.LA));
        Column fte = col(EP_FTE).cast("double");
        switch (measure) {
            case FTE_PER_POPULATION:
                Dataset<Row> withPopulation = censuses.join(
                        context.areas().areas().select(col(BaseRows.AREA_CODE), col(Areas.POPULATION_0_25)),
                        BaseRows.AREA_CODE,
                        "left");
                return BaseRowSelection.select(
                        withPopulation, indicator.id(), source.source(), fte, col(Areas.POPULATION_0_25));
            case STATUTORY_TIME_SHARE:
                Column percent = col(STATUTORY_TIME_PCT).cast("double");
                Column answered = percent.isNotNull();
                return BaseRowSelection.select(
                        censuses,
                        indicator.id(),
                        source.source(),
                        when(answered, percent.divide(100).multiply(fte)),
                        when(answered, fte),
                        lit(false),
                        when(answered.equalTo(false), lit(NO_STATUTORY_TIME)));
            default:
                throw new IllegalStateException("unhandled measure " + measure);
        }
    }
}
