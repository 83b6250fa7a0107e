package org.sendacc.analytics.recipe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.DsgBalance;
import org.sendacc.contract.warehouse.WarehouseTables.Ees;

/**
 * The DSG cumulative balance as a % of DSG income, as DfE derived it for each LA, region and England and financial
 * year: the percentage itself (numerator the percentage over 100, denominator 1, so that the value is the published
 * figure; the published table keeps neither, as the indicator has no interval). It cannot be added up: without each
 * LA's income a footprint's or group's percentage is unknown, so every ICB footprint gets a row that says why
 * ({@link PublishedPercentages}), and the job adds no level of its own.
 */
final class DsgBalanceRecipe implements Recipe {
    @Override
    public String name() {
        return "dsg_cumulative_balance";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(DsgBalance.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        needs.columns(
                DsgBalance.TABLE,
                List.of(
                        DsgBalance.AREA_CODE,
                        DsgBalance.GEOGRAPHIC_LEVEL,
                        DsgBalance.FINANCIAL_YEAR,
                        DsgBalance.PERIOD_START,
                        DsgBalance.BALANCE_PCT));
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        List<BaseRow> rows = new ArrayList<>();
        Set<BaseRow.Period> periods = new LinkedHashSet<>();
        for (SourceRow row : inputs.rows(DsgBalance.TABLE)) {
            String year = row.text(DsgBalance.FINANCIAL_YEAR);
            LocalDate start = row.date(DsgBalance.PERIOD_START);
            BaseRow.Period period = new BaseRow.Period(year.substring(0, 4) + year.substring(5), year, start);
            periods.add(period);
            Double percent = row.number(DsgBalance.BALANCE_PCT);
            AreaLevel level = switch (row.text(DsgBalance.GEOGRAPHIC_LEVEL)) {
                case Ees.NATIONAL -> AreaLevel.ENGLAND;
                case Ees.REGIONAL -> AreaLevel.REGION;
                default -> AreaLevel.LA;
            };
            rows.add(PublishedPercentages.row(
                    indicator,
                    source,
                    row.text(DsgBalance.AREA_CODE),
                    level,
                    period,
                    percent,
                    row.reason(DsgBalance.BALANCE_PCT)));
        }
        rows.addAll(PublishedPercentages.notAddedUp(inputs, indicator, source, periods, List.of(AreaLevel.ICB)));
        return rows;
    }
}
