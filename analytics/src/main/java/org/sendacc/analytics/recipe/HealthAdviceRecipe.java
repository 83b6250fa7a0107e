package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sendacc.analytics.input.HealthAdviceCell;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.HealthAdviceRequests;

/**
 * Health advice for EHC needs assessments returned within 6 weeks (42 days) of the LA's request, the health side's
 * statutory clock (SEND Regulations 2014, reg. 8), which nobody publishes nationally: counted from the LAs'
 * health advice request returns, by calendar year of the request, leaving out requests where a reg. 8 exception
 * applied. Every request of the year is in the denominator: one still unanswered counts as not within 6 weeks, so
 * a year whose last requests are not yet 6 weeks old is understated until the return is refreshed.
 *
 * <p>The LA rows count the requests the LA made (to any ICB), the ICB rows the requests made to the ICB (by any LA):
 * both are counted directly, nothing is apportioned. Regions and England are the job's sums of the LAs.
 */
final class HealthAdviceRecipe implements Recipe {
    @Override
    public String name() {
        return "health_advice_requests";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(HealthAdviceRequests.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        fromYear(source);
        needs.cube(HealthAdviceRequests.TABLE);
    }

    private static int fromYear(IndicatorSource source) {
        return Integer.parseInt(source.optionalText("from_year").orElse("0"));
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        int fromYear = fromYear(source);
        List<HealthAdviceCell> counted = inputs.healthAdvice().stream()
                .filter(cell -> Boolean.FALSE.equals(cell.exception())
                        && cell.requestYear() != null
                        && cell.requestYear() >= fromYear)
                .toList();
        List<BaseRow> rows = new ArrayList<>();
        sums(counted, HealthAdviceCell::laCode)
                .forEach((key, sum) -> rows.add(new BaseRow(
                        indicator.id(),
                        source.source(),
                        key.area(),
                        AreaLevel.LA,
                        BaseRow.Period.calendarYear(key.year()),
                        sum[0],
                        sum[1],
                        false,
                        null)));
        List<IcbFigure> icbFigures = new ArrayList<>();
        sums(counted, HealthAdviceCell::icbOdsCode)
                .forEach((key, sum) -> icbFigures.add(
                        new IcbFigure(key.area(), BaseRow.Period.calendarYear(key.year()), sum[0], sum[1], null)));
        rows.addAll(IcbFigures.icbRows(inputs.areas(), icbFigures, indicator.id(), source.source()));
        return rows;
    }

    private record Key(String area, int year) {}

    /** Requests answered within 6 weeks, and all requests, by area and year. */
    private static Map<Key, double[]> sums(List<HealthAdviceCell> cells, Function<HealthAdviceCell, String> area) {
        Map<Key, double[]> sums = new LinkedHashMap<>();
        for (HealthAdviceCell cell : cells) {
            double[] sum = sums.computeIfAbsent(new Key(area.apply(cell), cell.requestYear()), key -> new double[2]);
            sum[0] += cell.within6Weeks() ? cell.requests() : 0;
            sum[1] += cell.requests();
        }
        return sums;
    }
}
