package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;

/**
 * A percentage a DfE file publishes for each LA, region and England with no counts behind it (NCCIS's share of 16
 * and 17 year olds with an EHC plan who are NEET or whose activity is not known): the figure as published, in the
 * source entry's {@code column} of its {@code table}, with the figure for those with no SEN beside it where the entry
 * names its column ({@code no_sen_column}). With no counts it has no interval, and it cannot be added up
 * for an ICB footprint ({@link PublishedPercentages}).
 */
final class EesPublishedPercentRecipe implements Recipe {
    @Override
    public String name() {
        return "ees_published_percent";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(source.text("table"));
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        List<String> columns = new ArrayList<>(List.of(source.text("column")));
        source.optionalText("no_sen_column").ifPresent(columns::add);
        needs.columns(source.text("table"), EesRows.columns(columns));
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        String column = source.text("column");
        java.util.Optional<String> noSen = source.optionalText("no_sen_column");
        List<BaseRow> rows = new ArrayList<>();
        Set<BaseRow.Period> periods = new LinkedHashSet<>();
        for (EesRows.Located located : EesRows.located(inputs.rows(source.text("table")), null)) {
            periods.add(located.period());
            Double percent = located.row().number(column);
            rows.add(PublishedPercentages.row(
                            indicator,
                            source,
                            located.areaCode(),
                            located.level(),
                            located.period(),
                            percent,
                            located.row().reason(column))
                    .withNoSenValue(noSen.map(located.row()::number).orElse(null)));
        }
        rows.addAll(PublishedPercentages.notAddedUp(inputs, indicator, source, periods, List.of(AreaLevel.ICB)));
        return rows;
    }
}
