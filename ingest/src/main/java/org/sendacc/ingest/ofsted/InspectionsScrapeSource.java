package org.sendacc.ingest.ofsted;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspectionsScrape;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.ColumnType;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.source.Source;

/**
 * Area SEND inspections under the 2023 framework as the LA analysts' network (Data to Insight) scraped them from
 * Ofsted's reports. Not official statistics: a weekly scrape, incomplete, labelled so wherever it shows. Each LA's
 * latest full inspection, its outcome grade 1-3 and its report's link; the DfE number resolves to our LA for the
 * inspection's first day (or the report's, where the scrape gives no start).
 */
public final class InspectionsScrapeSource {
    private InspectionsScrapeSource() {}

    public static Source source() {
        return new Source(
                "d2i.area_send_inspections",
                AreaSendInspectionsScrape.TABLE,
                "Data to Insight (LA analysts' network), not official statistics",
                "Area SEND inspections, 2023 framework: each LA's latest outcome, scraped from Ofsted's reports",
                Pattern.compile("(?i)ofsted_csc_send_overview.*\\.xlsx"),
                new InspectionsScrapeReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("d2i.area_send_inspections", MissingValueLegend.D2I)
                .column(Column.text(AreaSendInspectionsScrape.URN).required().matching("\\d+"))
                .column(Column.text(AreaSendInspectionsScrape.LA_NUMBER)
                        .required()
                        .matching("\\d{3}"))
                .column(Column.text(AreaSendInspectionsScrape.LOCAL_AUTHORITY).required())
                .column(Column.text(AreaSendInspectionsScrape.INSPECTION_LINK).matching("https://\\S+"))
                .column(Column.of(AreaSendInspectionsScrape.OUTCOME_GRADE, ColumnType.INTEGER)
                        .between(1, 3)
                        .symbolsAllowed())
                .column(Column.date(AreaSendInspectionsScrape.PREVIOUS_INSPECTION)
                        .symbolsAllowed())
                .column(Column.date(AreaSendInspectionsScrape.INSPECTION_START))
                .column(Column.date(AreaSendInspectionsScrape.INSPECTION_END))
                .column(Column.date(AreaSendInspectionsScrape.PUBLISHED).required())
                .column(Column.text(AreaSendInspectionsScrape.NEXT_INSPECTION).symbolsAllowed())
                .derived(new DerivedColumn(AreaSendInspectionsScrape.AREA_CODE, LogicalType.TEXT))
                .rule(Rules.uniqueWithinFile(AreaSendInspectionsScrape.LA_NUMBER))
                .rule(Rules.notInFuture(AreaSendInspectionsScrape.PUBLISHED))
                .rule(area())
                .build();
    }

    static RowRule area() {
        return (row, context) -> {
            Optional<String> number = row.value(AreaSendInspectionsScrape.LA_NUMBER);
            // three rows give no start date ("Last inspection date not provided"): the report's date then
            Optional<LocalDate> start = row.<LocalDate>value(AreaSendInspectionsScrape.INSPECTION_START)
                    .or(() -> row.value(AreaSendInspectionsScrape.PUBLISHED));
            if (number.isPresent() && start.isPresent()) {
                Rules.resolveLaNumber(
                                row,
                                context,
                                AreaSendInspectionsScrape.LA_NUMBER,
                                number.get(),
                                start.get(),
                                start.get())
                        .ifPresent(resolved -> row.set(
                                AreaSendInspectionsScrape.AREA_CODE,
                                resolved.localAuthority().code()));
            }
        };
    }
}
