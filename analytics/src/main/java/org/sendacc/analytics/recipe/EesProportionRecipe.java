package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.List;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;

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
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        needs.columns(source.text("table"), EesRows.columns(counts(source)))
                .breakdown(
                        source.text("table"), source.optionalText("breakdown").orElse(null));
    }

    private static List<String> counts(IndicatorSource source) {
        List<String> columns = new ArrayList<>();
        columns.add(source.text("numerator"));
        columns.addAll(source.list("denominator"));
        return columns;
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        List<BaseRow> rows = new ArrayList<>();
        for (EesRows.Located located : EesRows.located(
                inputs.rows(source.text("table")),
                source.optionalText("breakdown").orElse(null))) {
            rows.add(EesRows.baseRow(
                    located,
                    indicator.id(),
                    source.source(),
                    located.row().number(source.text("numerator")),
                    EesRows.sumOf(located.row(), source.list("denominator")),
                    EesRows.firstReason(located.row(), counts(source))));
        }
        return rows;
    }
}
