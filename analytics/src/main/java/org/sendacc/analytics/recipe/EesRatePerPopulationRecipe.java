package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.warehouse.WarehouseTables.Ees;

/**
 * A published count over the area's population aged 0 to 25 (from the reference tables): England, regions and
 * current LAs. A predecessor LA has no population of its own in our tables, so its rate is left without a value.
 *
 * <p>Breakdowns, where the source entry names them: the file's {@code breakdown_topics} whose rows count part of the
 * same plans (by the years the plan has been in place, by age when it started), and the primary needs of another table's
 * headline row ({@code needs_table}, {@code needs_breakdown}, {@code needs} columns with their {@code need_labels}),
 * each as its share of the area's plans (the headline row's count, or the needs table's {@code needs_total}), as DfE
 * publishes the needs: a rate per resident of a group would need the group's population, which the reference tables do
 * not hold, and a group's count over the whole population is no rate of anything. Topics of people (age, sex,
 * ethnicity) are left out.
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
            needs.columns(source.text("table"), List.of(Ees.BREAKDOWN_TOPIC, Ees.BREAKDOWN));
            source.optionalText("needs_table").ifPresent(table -> {
                List<String> columns = new ArrayList<>(source.list("needs"));
                columns.add(source.text("needs_total"));
                needs.columns(table, EesRows.columns(columns)).breakdown(table, source.text("needs_breakdown"));
            });
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
        String headline = source.text("breakdown");
        List<EesRows.Located> caseload = EesRows.located(inputs.rows(source.text("table")), null);
        Map<String, Double> headlineCounts = new HashMap<>();
        for (EesRows.Located row : caseload) {
            if (headline.equals(row.row().text(Ees.BREAKDOWN))) {
                headlineCounts.put(key(row), row.row().number(numerator));
            }
        }
        for (EesRows.Located row : caseload) {
            String topic = row.row().text(Ees.BREAKDOWN_TOPIC);
            if (topics.contains(topic)) {
                rows.add(share(
                        indicator,
                        source,
                        row,
                        topic,
                        row.row().text(Ees.BREAKDOWN),
                        numerator,
                        headlineCounts.get(key(row))));
            }
        }
        if (source.optionalText("needs_table").isPresent()) {
            List<String> needs = source.list("needs");
            List<String> labels = source.list("need_labels");
            for (EesRows.Located located :
                    EesRows.located(inputs.rows(source.text("needs_table")), source.text("needs_breakdown"))) {
                Double plans = located.row().number(source.text("needs_total"));
                for (int need = 0; need < needs.size(); need++) {
                    rows.add(share(
                            indicator, source, located, "Primary need", labels.get(need), needs.get(need), plans));
                }
            }
        }
        return rows;
    }

    /** A breakdown's count as its share of the area's plans in the period (docs/snapshot.md "Breakdowns"). */
    private static BreakdownRow share(
            Indicator indicator,
            IndicatorSource source,
            EesRows.Located located,
            String topic,
            String breakdown,
            String column,
            Double plans) {
        return new BreakdownRow(
                indicator.id(),
                source.source(),
                located.areaCode(),
                located.level(),
                located.period(),
                topic,
                breakdown,
                located.row().number(column),
                plans,
                located.row().reason(column),
                true);
    }

    private static String key(EesRows.Located located) {
        return located.areaCode() + '\u0000' + located.period().key();
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
