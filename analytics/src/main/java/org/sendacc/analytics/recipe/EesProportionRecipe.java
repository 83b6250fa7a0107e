package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;

/**
 * A published proportion recomputed from DfE's own counts: {@code numerator} over the sum of the {@code
 * denominator} columns, for England, the regions and every LA, on the headline {@code breakdown}.
 */
final class EesProportionRecipe implements Recipe {
    @Override
    public String name() {
        return "ees_proportion";
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
        return BaseRowSelection.selectPublished(
                located,
                indicator.id(),
                source.source(),
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(source.text("numerator")),
                                source.list("denominator").stream())
                        .toList(),
                col(source.text("numerator")),
                EesRows.sumOf(source.list("denominator")));
    }
}
