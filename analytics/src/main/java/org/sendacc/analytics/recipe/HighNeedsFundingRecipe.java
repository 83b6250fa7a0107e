package org.sendacc.analytics.recipe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.CatalogueException;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.DsgHighNeeds;
import org.sendacc.contract.warehouse.WarehouseTables.GdpDeflator;

/**
 * The DSG high needs block per resident aged 0 to 25, for each LA and England and each financial year: the block
 * before deductions (ESFA's allocation to the area) over the area's population nearest the year. {@code prices} is
 * {@code cash}, or {@code real} at the prices of {@code base_year} (a financial year such as {@code 2024-25}): the
 * block times the GDP deflator of the base year over that of its own year. Where two publications give the same year
 * (a year's allocations file and the five-year summary), the year's own allocations file is used: it is a dated
 * publication one can cite; docs/snapshot.md "Money" says how much they differ.
 */
final class HighNeedsFundingRecipe implements Recipe {
    static final String NO_DEFLATOR = "no GDP deflator for this financial year in the warehouse";
    static final String NO_POPULATION = "no population estimate for this area";

    @Override
    public String name() {
        return "dsg_high_needs_per_head";
    }

    private static boolean isReal(IndicatorSource source) {
        String prices = source.text("prices");
        if (!prices.equals("cash") && !prices.equals("real")) {
            throw new CatalogueException("recipe dsg_high_needs_per_head: prices must be cash or real, not " + prices);
        }
        return prices.equals("real");
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return isReal(source) ? List.of(DsgHighNeeds.TABLE, GdpDeflator.TABLE) : List.of(DsgHighNeeds.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        needs.columns(
                DsgHighNeeds.TABLE,
                List.of(
                        DsgHighNeeds.AREA_CODE,
                        DsgHighNeeds.FINANCIAL_YEAR,
                        DsgHighNeeds.PERIOD_START,
                        DsgHighNeeds.EDITION,
                        DsgHighNeeds.HIGH_NEEDS_BLOCK));
        if (isReal(source)) {
            source.text("base_year");
            needs.columns(GdpDeflator.TABLE, List.of(GdpDeflator.FISCAL_YEAR, GdpDeflator.GDP_DEFLATOR));
        }
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        // One figure per area and year: the year's allocations file over the summary.
        Map<String, SourceRow> chosen = new LinkedHashMap<>();
        for (SourceRow row : inputs.rows(DsgHighNeeds.TABLE)) {
            String key = row.text(DsgHighNeeds.AREA_CODE) + "\u0000" + row.text(DsgHighNeeds.FINANCIAL_YEAR);
            SourceRow held = chosen.get(key);
            if (held == null
                    || (!DsgHighNeeds.ALLOCATIONS.equals(held.text(DsgHighNeeds.EDITION))
                            && DsgHighNeeds.ALLOCATIONS.equals(row.text(DsgHighNeeds.EDITION)))) {
                chosen.put(key, row);
            }
        }
        boolean real = isReal(source);
        Map<String, Double> deflators = new HashMap<>();
        if (real) {
            for (SourceRow row : inputs.rows(GdpDeflator.TABLE)) {
                deflators.put(row.text(GdpDeflator.FISCAL_YEAR), row.number(GdpDeflator.GDP_DEFLATOR));
            }
        }
        Double base = real ? deflators.get(source.text("base_year")) : null;
        List<BaseRow> rows = new ArrayList<>();
        for (SourceRow row : chosen.values()) {
            String area = row.text(DsgHighNeeds.AREA_CODE);
            String year = row.text(DsgHighNeeds.FINANCIAL_YEAR);
            LocalDate start = row.date(DsgHighNeeds.PERIOD_START);
            BaseRow.Period period = new BaseRow.Period(year.substring(0, 4) + year.substring(5), year, start);
            Double pounds = row.number(DsgHighNeeds.HIGH_NEEDS_BLOCK);
            String reason = null;
            if (real && pounds != null) {
                Double own = deflators.get(year);
                if (base == null || own == null || own <= 0) {
                    pounds = null;
                    reason = NO_DEFLATOR;
                } else {
                    pounds = pounds * base / own;
                }
            }
            Double population = Recipes.population(inputs, area, period);
            if (pounds != null && population == null) {
                reason = NO_POPULATION;
            }
            AreaLevel level = area.equals(AreaLevel.ENGLAND_CODE) ? AreaLevel.ENGLAND : AreaLevel.LA;
            rows.add(new BaseRow(
                    indicator.id(),
                    source.source(),
                    area,
                    level,
                    period,
                    pounds,
                    pounds == null ? null : population,
                    false,
                    reason));
        }
        return rows;
    }
}
