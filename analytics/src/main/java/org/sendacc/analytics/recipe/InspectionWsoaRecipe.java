package org.sendacc.analytics.recipe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspections2016;

/**
 * Whether a local area's SEND inspection under the 2016-2022 framework required a written statement of action: 1 of 1
 * where it did, 0 of 1 where it did not, in the calendar year the inspection began. A region or England is then the
 * share of the LAs inspected that year that needed one.
 */
final class InspectionWsoaRecipe implements Recipe {
    @Override
    public String name() {
        return "ofsted_wsoa";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(AreaSendInspections2016.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        needs.columns(
                AreaSendInspections2016.TABLE,
                List.of(
                        AreaSendInspections2016.AREA_CODE,
                        AreaSendInspections2016.INSPECTION_START,
                        AreaSendInspections2016.INSPECTION_PUBLISHED,
                        AreaSendInspections2016.WSOA_REQUIRED));
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        List<BaseRow> rows = new ArrayList<>();
        for (SourceRow row : inputs.rows(AreaSendInspections2016.TABLE)) {
            LocalDate start = row.date(AreaSendInspections2016.INSPECTION_START);
            String answer = row.text(AreaSendInspections2016.WSOA_REQUIRED);
            rows.add(new BaseRow(
                    indicator.id(),
                    source.source(),
                    row.text(AreaSendInspections2016.AREA_CODE),
                    AreaLevel.LA,
                    BaseRow.Period.calendarYear(start.getYear()),
                    "Yes".equals(answer) ? 1.0 : 0.0,
                    1.0,
                    false,
                    null,
                    row.date(AreaSendInspections2016.INSPECTION_PUBLISHED),
                    null));
        }
        return rows;
    }
}
