package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.areas.Populations;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.warehouse.WarehouseTables.MidYearPopulation;

/**
 * Pupils in LA-funded alternative provision aged {@code from_age} to {@code to_age} (the AP census's {@code Age 5} ...
 * {@code Age 15} rows of all sexes, ethnicities and FSM), per resident of the same ages in the same year: the academic
 * year 2022/23 over ONS's mid-2022 estimate (the year it starts in), from the warehouse's ONS table where it has that
 * mid-year, else the reference tables' mid-2020 bands for mid-2020. A year with no estimate of its own has no figure,
 * and says so: the population of another year is not used.
 */
final class ApPerPopulationRecipe implements Recipe {
    static final String TOTAL = "Total";

    @Override
    public String name() {
        return "ap_census_per_population";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(source.text("table"));
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        java.util.Set<String> ages = new java.util.LinkedHashSet<>();
        for (int age = fromAge(source); age <= toAge(source); age++) {
            ages.add("Age " + age);
        }
        needs.columnsWhere(
                source.text("table"),
                EesRows.columns(List.of("gender", "age", "ethnicity_minor", "fsm", "number_of_pupils")),
                Map.of(
                        "gender", java.util.Set.of(TOTAL),
                        "ethnicity_minor", java.util.Set.of(TOTAL),
                        "fsm", java.util.Set.of(TOTAL),
                        "age", ages));
        List<String> population = new ArrayList<>(List.of(MidYearPopulation.AREA_CODE, MidYearPopulation.MID_YEAR));
        for (int age = fromAge(source); age <= toAge(source); age++) {
            population.add(MidYearPopulation.age(age));
        }
        needs.columns(MidYearPopulation.TABLE, population); // read where the warehouse has it
    }

    private static int fromAge(IndicatorSource source) {
        return Integer.parseInt(source.text("from_age"));
    }

    private static int toAge(IndicatorSource source) {
        return Integer.parseInt(source.text("to_age"));
    }

    private record Key(String areaCode, String period) {}

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        int from = fromAge(source);
        int to = toAge(source);
        List<String> ages = new ArrayList<>();
        for (int age = from; age <= to; age++) {
            ages.add("Age " + age);
        }
        Map<Key, EesRows.Located> located = new LinkedHashMap<>();
        Map<Key, Double> pupils = new HashMap<>();
        Map<Key, String> missing = new HashMap<>();
        for (EesRows.Located row : EesRows.located(inputs.rows(source.text("table")), null)) {
            SourceRow cells = row.row();
            if (!TOTAL.equals(cells.text("gender"))
                    || !TOTAL.equals(cells.text("ethnicity_minor"))
                    || !TOTAL.equals(cells.text("fsm"))
                    || !ages.contains(cells.text("age"))) {
                continue;
            }
            Key key = new Key(row.areaCode(), row.period().key());
            located.putIfAbsent(key, row);
            Double count = cells.number("number_of_pupils");
            if (count == null) {
                missing.putIfAbsent(key, cells.reason("number_of_pupils"));
            } else {
                pupils.merge(key, count, Double::sum);
            }
        }
        Map<String, Double> onsPopulation = onsPopulation(inputs, from, to);
        List<BaseRow> rows = new ArrayList<>();
        located.forEach((key, row) -> {
            int midYear = Integer.parseInt(key.period().substring(0, 4));
            Double population = onsPopulation.get(key.areaCode() + "/" + midYear);
            if (population == null && midYear == Populations.REFERENCE_MID_YEAR) {
                population = inputs.areas().referencePopulation5to15(key.areaCode());
            }
            String reason = missing.get(key);
            if (reason == null && population == null) {
                reason = "no estimate of the population aged " + from + " to " + to + " for mid-" + midYear
                        + " (the same year's population is used, no other)";
            }
            boolean whole = reason == null;
            rows.add(EesRows.baseRow(
                    row,
                    indicator.id(),
                    source.source(),
                    whole ? pupils.getOrDefault(key, 0.0) : null,
                    whole ? population : null,
                    reason));
        });
        return rows;
    }

    /** ONS's population of each single year of age from {@code from} to {@code to}, added up, by area and mid-year. */
    private static Map<String, Double> onsPopulation(Inputs inputs, int from, int to) {
        Map<String, Double> byKey = new HashMap<>();
        for (SourceRow row : inputs.rows(MidYearPopulation.TABLE)) {
            Double midYear = row.number(MidYearPopulation.MID_YEAR);
            String area = row.text(MidYearPopulation.AREA_CODE);
            if (midYear == null || area == null) {
                continue;
            }
            double sum = 0;
            boolean whole = true;
            for (int age = from; age <= to; age++) {
                Double people = row.number(MidYearPopulation.age(age));
                whole &= people != null;
                sum += people == null ? 0 : people;
            }
            if (whole) {
                byKey.put(area + "/" + midYear.intValue(), sum);
            }
        }
        return byKey;
    }
}
