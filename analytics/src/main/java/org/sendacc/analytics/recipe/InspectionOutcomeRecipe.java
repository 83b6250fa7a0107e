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
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspectionsScrape;

/**
 * The outcome of an LA's latest area SEND inspection under the 2023 framework, 1 (typically positive) to 3
 * (widespread and/or systemic failings), in the calendar year its report was published; a region or England is the
 * mean grade of the LAs reported that year. Where the source gives no grade, its reason.
 */
final class InspectionOutcomeRecipe implements Recipe {
    @Override
    public String name() {
        return "area_send_inspection_outcome";
    }

    /** The scrape's table, or Ofsted's management information ({@code table}), which share these columns. */
    private static String table(IndicatorSource source) {
        return source.optionalText("table").orElse(AreaSendInspectionsScrape.TABLE);
    }

    /** The scrape links each report; Ofsted's management information, as DfE republished it, lost its links. */
    private static List<String> linkColumn(IndicatorSource source) {
        return table(source).equals(AreaSendInspectionsScrape.TABLE)
                ? List.of(AreaSendInspectionsScrape.INSPECTION_LINK)
                : List.of();
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(table(source));
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        List<String> columns = new ArrayList<>(List.of(
                AreaSendInspectionsScrape.AREA_CODE,
                AreaSendInspectionsScrape.PUBLISHED,
                AreaSendInspectionsScrape.OUTCOME_GRADE));
        columns.addAll(linkColumn(source));
        needs.columns(table(source), columns);
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        List<BaseRow> rows = new ArrayList<>();
        List<String> linkColumn = linkColumn(source);
        for (SourceRow row : inputs.rows(table(source))) {
            LocalDate published = row.date(AreaSendInspectionsScrape.PUBLISHED);
            Double grade = row.number(AreaSendInspectionsScrape.OUTCOME_GRADE);
            rows.add(new BaseRow(
                    indicator.id(),
                    source.source(),
                    row.text(AreaSendInspectionsScrape.AREA_CODE),
                    AreaLevel.LA,
                    BaseRow.Period.calendarYear(published.getYear()),
                    grade,
                    grade == null ? null : 1.0,
                    false,
                    grade == null ? row.reason(AreaSendInspectionsScrape.OUTCOME_GRADE) : null,
                    published,
                    linkColumn.isEmpty() ? null : row.text(linkColumn.get(0))));
        }
        return rows;
    }
}
