package org.sendacc.analytics.recipe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendacc.analytics.areas.Area;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.DsgBalance;

/**
 * The DSG cumulative balance as a % of DSG income, as DfE derived it for each LA, region and England and financial
 * year: the percentage itself (numerator the percentage over 100, denominator 1, so that the value is the published
 * figure; the published table keeps neither, as the indicator has no interval). It cannot be added up: without each
 * LA's income a footprint's or group's percentage is unknown, so every ICB footprint gets a row that says why, and
 * the job adds no level of its own.
 */
final class DsgBalanceRecipe implements Recipe {
    static final String NOT_FOR_FOOTPRINTS =
            "not published for ICB footprints, and not added up from its LAs: the file gives no counts to add";

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
                case "National" -> AreaLevel.ENGLAND;
                case "Regional" -> AreaLevel.REGION;
                default -> AreaLevel.LA;
            };
            rows.add(new BaseRow(
                    indicator.id(),
                    source.source(),
                    row.text(DsgBalance.AREA_CODE),
                    level,
                    period,
                    percent == null ? null : percent / 100,
                    percent == null ? null : 1.0,
                    false,
                    percent == null ? row.reason(DsgBalance.BALANCE_PCT) : null));
        }
        rows.addAll(notForFootprints(inputs, indicator, source, periods));
        return rows;
    }

    /**
     * A row for every ICB footprint and period saying why it has no figure: a published percentage without its counts
     * cannot be added up, and the rows keep the job from adding the LAs up as if it could.
     */
    static List<BaseRow> notForFootprints(
            Inputs inputs, Indicator indicator, IndicatorSource source, Set<BaseRow.Period> periods) {
        List<BaseRow> rows = new ArrayList<>();
        for (Area icb : inputs.areas().icbs()) {
            for (BaseRow.Period period : periods) {
                rows.add(new BaseRow(
                        indicator.id(),
                        source.source(),
                        icb.code(),
                        AreaLevel.ICB,
                        period,
                        null,
                        null,
                        false,
                        NOT_FOR_FOOTPRINTS));
            }
        }
        return rows;
    }
}
