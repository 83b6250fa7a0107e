package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.indicators.Areas;
import org.sendacc.analytics.indicators.BaseRows;

/**
 * A published count over the area's population aged 0 to 25 (from the reference tables): England, regions and
 * current LAs. A predecessor LA has no population of its own in our tables, so its rate is left without a value.
 */
final class EesRatePerPopulationRecipe implements Recipe {
    @Override
    public String name() {
        return "ees_rate_per_population";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(source.text("table"));
    }

    @Override
    public Dataset<Row> compute(RecipeContext context, Indicator indicator, IndicatorSource source) {
        Dataset<Row> located = EesRows.located(
                context.table(source.text("table")),
                source.optionalText("breakdown").orElse(null));
        Dataset<Row> withPopulation = located.join(
                context.areas().areas().select(col(BaseRows.AREA_CODE), col(Areas.POPULATION_0_25)),
                BaseRows.AREA_CODE,
                "left");
        return BaseRowSelection.selectPublished(
                withPopulation,
                indicator.id(),
                source.source(),
                List.of(source.text("numerator")),
                col(source.text("numerator")),
                col(Areas.POPULATION_0_25));
    }
}
