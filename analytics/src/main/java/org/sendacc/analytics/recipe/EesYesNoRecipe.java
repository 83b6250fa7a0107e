package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;

/**
 * A yes/no an LA reports (a DMO or DCO in post): 1 of 1 when any of the {@code answers} columns says "Yes", 0 of 1
 * when they answer otherwise, nothing when none was returned. Regions, ICB footprints and England get the share of
 * their LAs answering yes, by aggregation.
 */
final class EesYesNoRecipe implements Recipe {
    private static final Set<String> ANSWERS = Set.of("Yes", "No", "Recruiting");

    @Override
    public String name() {
        return "ees_yes_no";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(source.text("table"));
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        needs.columns(source.text("table"), EesRows.columns(source.list("answers")))
                .breakdown(source.text("table"), null);
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        List<BaseRow> rows = new ArrayList<>();
        for (EesRows.Located located : EesRows.located(inputs.rows(source.text("table")), null)) {
            if (located.level() != AreaLevel.LA) {
                continue;
            }
            boolean yes = false;
            boolean answered = false;
            for (String answer : source.list("answers")) {
                String text = located.row().text(answer);
                yes |= "Yes".equals(text);
                answered |= text != null && ANSWERS.contains(text);
            }
            Double numerator = yes ? Double.valueOf(1.0) : answered ? Double.valueOf(0.0) : null;
            Double denominator = answered ? Double.valueOf(1.0) : null;
            rows.add(EesRows.baseRow(located, indicator.id(), source.source(), numerator, denominator, null));
        }
        return rows;
    }
}
