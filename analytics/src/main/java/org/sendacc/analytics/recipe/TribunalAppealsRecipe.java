package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.List;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.TribunalAppealRate;

/** MoJ's SEND Tribunal appeal rate: appeals registered over appealable decisions, for England and every LA. */
final class TribunalAppealsRecipe implements Recipe {
    private static final List<String> COUNTS =
            List.of(TribunalAppealRate.APPEALS_REGISTERED, TribunalAppealRate.APPEALABLE_DECISIONS);

    @Override
    public String name() {
        return "tribunal_appeals";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(TribunalAppealRate.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        List<String> columns = new ArrayList<>(List.of(
                TribunalAppealRate.GEOGRAPHIC_LEVEL, TribunalAppealRate.LA_CODE, TribunalAppealRate.TIME_PERIOD));
        columns.addAll(COUNTS);
        needs.columns(TribunalAppealRate.TABLE, columns);
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        List<BaseRow> rows = new ArrayList<>();
        for (SourceRow row : inputs.rows(TribunalAppealRate.TABLE)) {
            String level = row.text(TribunalAppealRate.GEOGRAPHIC_LEVEL);
            AreaLevel areaLevel;
            String code;
            if ("National".equals(level)) {
                areaLevel = AreaLevel.ENGLAND;
                code = AreaLevel.ENGLAND_CODE;
            } else if ("Local authority".equals(level) && row.text(TribunalAppealRate.LA_CODE) != null) {
                areaLevel = AreaLevel.LA;
                code = row.text(TribunalAppealRate.LA_CODE);
            } else {
                continue;
            }
            rows.add(new BaseRow(
                    indicator.id(),
                    source.source(),
                    code,
                    areaLevel,
                    BaseRow.Period.calendarYear(
                            row.number(TribunalAppealRate.TIME_PERIOD).intValue()),
                    row.number(TribunalAppealRate.APPEALS_REGISTERED),
                    row.number(TribunalAppealRate.APPEALABLE_DECISIONS),
                    false,
                    EesRows.firstReason(row, COUNTS)));
        }
        return rows;
    }
}
