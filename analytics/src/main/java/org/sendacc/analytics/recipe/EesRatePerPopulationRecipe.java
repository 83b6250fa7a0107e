package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.List;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;

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
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        needs.columns(source.text("table"), EesRows.columns(List.of(source.text("numerator"))))
                .breakdown(
                        source.text("table"), source.optionalText("breakdown").orElse(null));
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        String numerator = source.text("numerator");
        List<BaseRow> rows = new ArrayList<>();
        for (EesRows.Located located : EesRows.located(
                inputs.rows(source.text("table")),
                source.optionalText("breakdown").orElse(null))) {
            rows.add(EesRows.baseRow(
                    located,
                    indicator.id(),
                    source.source(),
                    located.row().number(numerator),
                    Recipes.population(inputs, located.areaCode(), located.period()),
                    located.row().reason(numerator)));
        }
        return rows;
    }
}
