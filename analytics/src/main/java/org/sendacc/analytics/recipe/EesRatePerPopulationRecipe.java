package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.List;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.contract.warehouse.WarehouseTables.Ees;

/**
 * A published count over the area's population aged 0 to 25 (from the reference tables): England, regions and
 * current LAs. A predecessor LA has no population of its own in our tables, so its rate is left without a value.
 *
 * <p>Breakdowns, where the source entry names them: the file's {@code breakdown_topics} whose rows count part of the
 * same plans (by the years the plan has been in place, by age when it started), and the primary needs of another table's
 * headline row ({@code needs_table}, {@code needs_breakdown}, {@code needs} columns with their {@code need_labels}),
 * each over the same whole population aged 0 to 25. Topics of people (age, sex, ethnicity) would need the population
 * of each group, which the reference tables do not hold, and are left out.
 */
final class EesRatePerPopulationRecipe implements Recipe {
    @Override
    public String name() {
        return "ees_rate_per_population";
    }

    /** The count's table; the needs table behind the breakdowns is read where the warehouse has it. */
    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(source.text("table"));
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        boolean all = source.flag("breakdowns");
        needs.columns(source.text("table"), EesRows.columns(List.of(source.text("numerator"))))
                .breakdown(
                        source.text("table"),
                        all ? null : source.optionalText("breakdown").orElse(null));
        if (all) {
            needs.columns(source.text("table"), List.of(Ees.BREAKDOWN_TOPIC));
            source.optionalText("needs_table")
                    .ifPresent(table -> needs.columns(table, EesRows.columns(source.list("needs")))
                            .breakdown(table, source.text("needs_breakdown")));
        }
    }

    @Override
    public List<BreakdownRow> breakdowns(Inputs inputs, Indicator indicator, IndicatorSource source) {
        if (!source.flag("breakdowns")) {
            return List.of();
        }
        List<BreakdownRow> rows = new ArrayList<>();
        String numerator = source.text("numerator");
        List<String> topics = source.list("breakdown_topics");
        for (EesRows.Located located : EesRows.located(inputs.rows(source.text("table")), null)) {
            String topic = located.row().text(Ees.BREAKDOWN_TOPIC);
            if (topics.contains(topic)) {
                rows.add(breakdownRow(
                        inputs, indicator, source, located, topic, located.row().text(Ees.BREAKDOWN), numerator));
            }
        }
        if (source.optionalText("needs_table").isPresent()) {
            List<String> needs = source.list("needs");
            List<String> labels = source.list("need_labels");
            for (EesRows.Located located :
                    EesRows.located(inputs.rows(source.text("needs_table")), source.text("needs_breakdown"))) {
                for (int need = 0; need < needs.size(); need++) {
                    rows.add(breakdownRow(
                            inputs, indicator, source, located, "Primary need", labels.get(need), needs.get(need)));
                }
            }
        }
        return rows;
    }

    private static BreakdownRow breakdownRow(
            Inputs inputs,
            Indicator indicator,
            IndicatorSource source,
            EesRows.Located located,
            String topic,
            String breakdown,
            String column) {
        return new BreakdownRow(
                indicator.id(),
                source.source(),
                located.areaCode(),
                located.level(),
                located.period(),
                topic,
                breakdown,
                located.row().number(column),
                Recipes.population(inputs, located.areaCode(), located.period()),
                located.row().reason(column));
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
