package org.sendacc.analytics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendacc.analytics.indicators.BreakdownTable;
import org.sendacc.analytics.indicators.IndicatorTable;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.WarehouseInputs;
import org.sendacc.analytics.publish.NamedGroups;
import org.sendacc.analytics.recipe.BaseRow;
import org.sendacc.analytics.recipe.BreakdownRow;
import org.sendacc.analytics.recipe.Recipe;
import org.sendacc.analytics.recipe.Recipes;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.Revision;
import org.sendacc.contract.warehouse.WarehouseTables.ComparisonGroups;

/**
 * What an analytics run will compute, decided before any table is read: each indicator's sources whose tables the
 * warehouse holds, with its recipe; what every recipe reads (declared first, so that each table is read once however
 * many indicators use it); the tables used, for citation; and what was skipped, and why.
 */
record AnalyticsPlan(
        List<AnalyticsPlan.Computation> computations,
        List<String> skipped,
        Set<String> tablesUsed,
        InputNeeds needs,
        boolean hasGroups) {

    /** One indicator from one source, by its recipe. */
    record Computation(Indicator indicator, IndicatorSource source, Recipe recipe) {}

    /** What the computations gave: the full indicators table, the breakdowns, and revisions between releases. */
    record Computed(IndicatorTable full, BreakdownTable breakdowns, List<Revision> revisions) {}

    static AnalyticsPlan of(Catalogue catalogue, WarehouseInputs warehouseInputs) {
        List<Computation> computations = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> tablesUsed = new LinkedHashSet<>();
        InputNeeds needs = new InputNeeds();
        for (Indicator indicator : catalogue.indicators()) {
            for (IndicatorSource source : indicator.sources()) {
                Recipe recipe = Recipes.named(source.recipe());
                List<String> missing = recipe.tables(source).stream()
                        .filter(table -> !warehouseInputs.hasTable(table))
                        .toList();
                if (!missing.isEmpty()) {
                    skipped.add(indicator.id() + " from " + source.source() + ": the warehouse has no table "
                            + String.join(", ", missing));
                    continue;
                }
                recipe.declare(indicator, source, needs);
                tablesUsed.addAll(recipe.tables(source));
                computations.add(new Computation(indicator, source, recipe));
            }
        }
        // tables read only where they are there (the needs behind a breakdown) are inputs too, for citation
        needs.smallTables().stream().filter(warehouseInputs::hasTable).forEach(tablesUsed::add);
        boolean hasGroups = warehouseInputs.hasTable(ComparisonGroups.TABLE);
        if (hasGroups) {
            needs.columns(ComparisonGroups.TABLE, NamedGroups.COLUMNS);
            tablesUsed.add(ComparisonGroups.TABLE);
        }
        return new AnalyticsPlan(List.copyOf(computations), List.copyOf(skipped), tablesUsed, needs, hasGroups);
    }

    /** Runs every computation on the inputs read, and builds the tables from their rows. */
    Computed compute(Inputs inputs, Catalogue catalogue, String snapshotId) {
        List<BaseRow> base = new ArrayList<>();
        List<BreakdownRow> breakdownBase = new ArrayList<>();
        List<Revision> revisions = new ArrayList<>();
        for (Computation computation : computations) {
            base.addAll(computation.recipe().compute(inputs, computation.indicator(), computation.source()));
            revisions.addAll(computation.recipe().revisions(inputs, computation.indicator(), computation.source()));
            breakdownBase.addAll(
                    computation.recipe().breakdowns(inputs, computation.indicator(), computation.source()));
        }
        return new Computed(
                IndicatorTable.build(base, catalogue, inputs.areas(), snapshotId),
                BreakdownTable.build(breakdownBase, catalogue, inputs.areas(), snapshotId),
                revisions);
    }
}
