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
import org.sendacc.analytics.indicators.BaseRows;

/**
 * A yes/no an LA reports (a DMO or DCO in post): 1 of 1 when any of the {@code answers} columns says "Yes", 0 of 1
 * when they answer otherwise, nothing when none was returned. Regions, ICB footprints and England get the share of
 * their LAs answering yes, by aggregation.
 */
final class EesYesNoRecipe implements Recipe {
    @Override
    public String name() {
        return "ees_yes_no";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(source.text("table"));
    }

    @Override
    public Dataset<Row> compute(RecipeContext context, Indicator indicator, IndicatorSource source) {
        Dataset<Row> located = EesRows.located(context.table(source.text("table")), null)
                .filter(col(BaseRows.AREA_LEVEL).equalTo(BaseRows.LA));
        Column anyYes = null;
        Column anyAnswer = null;
        for (String answer : source.list("answers")) {
            Column yes = col(answer).equalTo("Yes");
            Column answered = col(answer).isin("Yes", "No", "Recruiting");
            anyYes = anyYes == null ? yes : anyYes.or(yes);
            anyAnswer = anyAnswer == null ? answered : anyAnswer.or(answered);
        }
        Column numerator = when(anyYes, lit(1.0)).when(anyAnswer, lit(0.0));
        Column denominator = when(anyAnswer, lit(1.0));
        return BaseRowSelection.select(located, indicator.id(), source.source(), numerator, denominator);
    }
}
