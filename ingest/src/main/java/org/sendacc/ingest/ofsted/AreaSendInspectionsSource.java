package org.sendacc.ingest.ofsted;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspections2016;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.source.Source;

/**
 * Ofsted and CQC's area SEND inspections under the 2016-2022 framework, from Ofsted's official statistics: whether
 * each local area's inspection required a written statement of action (WSoA), and the revisit's verdict. Each LA code
 * resolves to our canonical LA for the inspection's first day (Barnsley's old code to its current one).
 */
public final class AreaSendInspectionsSource {
    static final String PUBLISHED_BEFORE_START = "cross.published_before_start";

    private AreaSendInspectionsSource() {}

    public static Source source() {
        return new Source(
                "ofsted.area_send_inspections_2016",
                AreaSendInspections2016.TABLE,
                "Ofsted",
                "Area SEND inspections and revisits, 2016-2022 framework (Ofsted official statistics)",
                Pattern.compile("(?i)area_send_inspection.*\\.ods"),
                new AreaSendInspectionsReader(),
                contract());
    }

    static Contract contract() {
        String[] yesNo = {"Yes", "No"};
        return Contract.builder("ofsted.area_send_inspections_2016", MissingValueLegend.OFSTED)
                .column(Column.text(AreaSendInspections2016.LA_ONS_CODE)
                        .required()
                        .matching("E\\d{8}"))
                .column(Column.text(AreaSendInspections2016.AREA_NAME).required())
                .column(Column.text(AreaSendInspections2016.OFSTED_REGION).required())
                .column(Column.date(AreaSendInspections2016.INSPECTION_START).required())
                .column(Column.date(AreaSendInspections2016.INSPECTION_PUBLISHED)
                        .required())
                .column(Column.text(AreaSendInspections2016.WSOA_REQUIRED)
                        .required()
                        .oneOf(yesNo))
                .column(Column.count(AreaSendInspections2016.SIGNIFICANT_WEAKNESSES))
                .column(Column.date(AreaSendInspections2016.REVISIT_START).symbolsAllowed())
                .column(Column.date(AreaSendInspections2016.REVISIT_PUBLISHED))
                .column(Column.text(AreaSendInspections2016.REVISIT_OUTCOME).oneOf("Yes", "Some", "No"))
                .column(Column.count(AreaSendInspections2016.WEAKNESSES_PROGRESSED))
                .column(Column.count(AreaSendInspections2016.WEAKNESSES_NOT_PROGRESSED))
                .derived(new DerivedColumn(AreaSendInspections2016.AREA_CODE, LogicalType.TEXT))
                .rule(Rules.uniqueWithinFile(AreaSendInspections2016.LA_ONS_CODE))
                .rule(Rules.notInFuture(AreaSendInspections2016.INSPECTION_PUBLISHED))
                .rule(publishedAfterStart())
                .rule(area())
                .build();
    }

    static RowRule area() {
        return (row, context) -> {
            Optional<String> code = row.value(AreaSendInspections2016.LA_ONS_CODE);
            Optional<LocalDate> start = row.value(AreaSendInspections2016.INSPECTION_START);
            if (code.isPresent() && start.isPresent()) {
                Rules.resolveLa(row, context, AreaSendInspections2016.LA_ONS_CODE, code.get(), start.get(), start.get())
                        .ifPresent(resolved -> row.set(
                                AreaSendInspections2016.AREA_CODE,
                                resolved.localAuthority().code()));
            }
        };
    }

    /** A report is published after the inspection starts. */
    static RowRule publishedAfterStart() {
        return (row, context) -> {
            Optional<LocalDate> start = row.value(AreaSendInspections2016.INSPECTION_START);
            Optional<LocalDate> published = row.value(AreaSendInspections2016.INSPECTION_PUBLISHED);
            if (start.isPresent() && published.isPresent() && published.get().isBefore(start.get())) {
                row.reject(
                        AreaSendInspections2016.INSPECTION_PUBLISHED,
                        PUBLISHED_BEFORE_START,
                        published.get().toString(),
                        "published " + published.get() + ", before the inspection began on " + start.get());
            }
        };
    }
}
