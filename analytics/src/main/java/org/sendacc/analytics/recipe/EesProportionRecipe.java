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
 * A published proportion recomputed from DfE's own counts: {@code numerator} over the sum of the {@code
 * denominator} columns, for England, the regions and every LA, on the headline {@code breakdown}. The denominator may
 * come from another table of the same release ({@code denominator_table}, on its own {@code denominator_breakdown}),
 * matched by area and period: plans with a personal budget over the plans in place in January. With {@code
 * "breakdowns": true}, every other breakdown of the file is computed the same way for the breakdowns table (over the
 * other table's same topic and breakdown, where there are two tables).
 */
final class EesProportionRecipe implements Recipe {
    static final String NO_DENOMINATOR_ROW = "no figure for this area and period in the denominator's table";

    @Override
    public String name() {
        return "ees_proportion";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        String table = source.text("table");
        String denominatorTable = denominatorTable(source);
        return table.equals(denominatorTable) ? List.of(table) : List.of(table, denominatorTable);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        if (isOneTable(source)) {
            needs.columns(source.text("table"), EesRows.columns(counts(source)))
                    .breakdown(source.text("table"), hasBreakdowns(source) ? null : breakdown(source));
            if (hasBreakdowns(source)) {
                needs.columns(source.text("table"), List.of(Ees.BREAKDOWN_TOPIC));
            }
            return;
        }
        boolean all = hasBreakdowns(source);
        needs.columns(source.text("table"), EesRows.columns(List.of(source.text("numerator"))))
                .breakdown(source.text("table"), all ? null : breakdown(source))
                .columns(denominatorTable(source), EesRows.columns(source.list("denominator")))
                .breakdown(denominatorTable(source), all ? null : denominatorBreakdown(source));
        if (all) {
            needs.columns(source.text("table"), List.of(Ees.BREAKDOWN_TOPIC))
                    .columns(denominatorTable(source), List.of(Ees.BREAKDOWN_TOPIC));
        }
    }

    /** Whether the source entry asks for every breakdown of the file. */
    private static boolean hasBreakdowns(IndicatorSource source) {
        return source.flag("breakdowns");
    }

    @Override
    public List<BreakdownRow> breakdowns(Inputs inputs, Indicator indicator, IndicatorSource source) {
        if (!hasBreakdowns(source)) {
            return List.of();
        }
        List<BreakdownRow> rows = new ArrayList<>();
        String headline = breakdown(source);
        List<String> denominatorColumns = source.list("denominator");
        // Two tables: each breakdown's denominator is the same topic and breakdown of the other table, where it has
        // one (personal budgets by age over plans by age); a breakdown only one table has is left out.
        Map<String, EesRows.Located> denominators = new HashMap<>();
        if (!isOneTable(source)) {
            for (EesRows.Located located : EesRows.located(inputs.rows(denominatorTable(source)), null)) {
                denominators.putIfAbsent(breakdownKey(located), located);
            }
        }
        for (EesRows.Located located : EesRows.located(inputs.rows(source.text("table")), null)) {
            String topic = located.row().text(Ees.BREAKDOWN_TOPIC);
            String breakdown = located.row().text(Ees.BREAKDOWN);
            if (topic == null || breakdown == null || breakdown.equals(headline)) {
                continue;
            }
            EesRows.Located denominator = isOneTable(source) ? located : denominators.get(breakdownKey(located));
            if (denominator == null) {
                continue;
            }
            String reason = EesRows.firstReason(located.row(), List.of(source.text("numerator")));
            rows.add(new BreakdownRow(
                    indicator.id(),
                    source.source(),
                    located.areaCode(),
                    located.level(),
                    located.period(),
                    topic,
                    breakdown,
                    located.row().number(source.text("numerator")),
                    EesRows.sumOf(denominator.row(), denominatorColumns),
                    reason != null ? reason : EesRows.firstReason(denominator.row(), denominatorColumns),
                    false));
        }
        return rows;
    }

    private static boolean isOneTable(IndicatorSource source) {
        return source.optionalText("denominator_table").isEmpty();
    }

    private static String denominatorTable(IndicatorSource source) {
        return source.optionalText("denominator_table").orElse(source.text("table"));
    }

    private static String breakdown(IndicatorSource source) {
        return source.optionalText("breakdown").orElse(null);
    }

    private static String denominatorBreakdown(IndicatorSource source) {
        return source.optionalText("denominator_breakdown").orElse(null);
    }

    private static List<String> counts(IndicatorSource source) {
        List<String> columns = new ArrayList<>();
        columns.add(source.text("numerator"));
        columns.addAll(source.list("denominator"));
        return columns;
    }

    private static String breakdownKey(EesRows.Located located) {
        return key(located) + "\u0000" + located.row().text(Ees.BREAKDOWN_TOPIC) + "\u0000"
                + located.row().text(Ees.BREAKDOWN);
    }

    private static String key(EesRows.Located located) {
        return located.areaCode() + "\u0000" + located.period().key();
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        List<BaseRow> rows = new ArrayList<>();
        List<EesRows.Located> numerators = EesRows.located(inputs.rows(source.text("table")), breakdown(source));
        if (isOneTable(source)) {
            for (EesRows.Located located : numerators) {
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
        Map<String, EesRows.Located> denominators = new HashMap<>();
        for (EesRows.Located located :
                EesRows.located(inputs.rows(denominatorTable(source)), denominatorBreakdown(source))) {
            denominators.putIfAbsent(key(located), located);
        }
        List<String> denominatorColumns = source.list("denominator");
        for (EesRows.Located located : numerators) {
            EesRows.Located denominator = denominators.get(key(located));
            String reason = EesRows.firstReason(located.row(), List.of(source.text("numerator")));
            if (reason == null) {
                reason = denominator == null
                        ? NO_DENOMINATOR_ROW
                        : EesRows.firstReason(denominator.row(), denominatorColumns);
            }
            rows.add(EesRows.baseRow(
                    located,
                    indicator.id(),
                    source.source(),
                    located.row().number(source.text("numerator")),
                    denominator == null ? null : EesRows.sumOf(denominator.row(), denominatorColumns),
                    reason));
        }
        return rows;
    }
}
