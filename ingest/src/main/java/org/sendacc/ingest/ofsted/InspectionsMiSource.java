package org.sendacc.ingest.ofsted;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspectionsMi;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.LaNames;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.source.Source;

/**
 * The first area SEND inspections under the 2023 framework, from Ofsted's management information (as DfE re-saved
 * it): outcome in Ofsted's words, turned into its grade (1 typically positive, 2 inconsistent, 3 widespread and/or
 * systemic failings), and each local area's name matched to the one LA of that name in use on the inspection's first
 * day ({@link LaNames}); a name that matches none, or several, is rejected.
 */
public final class InspectionsMiSource {
    static final List<String> OUTCOMES = List.of(
            "Typically positive experiences and outcomes",
            "Inconsistent experiences and outcomes",
            "Widespread and/or systemic failings");

    private InspectionsMiSource() {}

    public static Source source() {
        return new Source(
                "ofsted.area_send_inspections_2023",
                AreaSendInspectionsMi.TABLE,
                "Ofsted",
                "Area SEND inspections, 2023 framework: the first inspections (Ofsted management information)",
                Pattern.compile("(?i)mi_ofsted.*\\.csv"),
                new InspectionsMiReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("ofsted.area_send_inspections_2023", MissingValueLegend.R_NA)
                .column(Column.text(AreaSendInspectionsMi.LOCAL_AREA).required())
                .column(Column.text(AreaSendInspectionsMi.OFSTED_REGION).required())
                .column(Column.date(AreaSendInspectionsMi.INSPECTION_START).required())
                .column(Column.date(AreaSendInspectionsMi.PUBLISHED).required())
                .column(Column.text(AreaSendInspectionsMi.OUTCOME).required().oneOf(OUTCOMES.toArray(String[]::new)))
                .column(Column.text(AreaSendInspectionsMi.PRIORITY_ACTION_PLAN)
                        .required()
                        .oneOf("Yes", "No"))
                .column(Column.count(AreaSendInspectionsMi.AREAS_FOR_PRIORITY_ACTION)
                        .symbolsAllowed())
                .derived(new DerivedColumn(AreaSendInspectionsMi.OUTCOME_GRADE, LogicalType.LONG))
                .derived(new DerivedColumn(AreaSendInspectionsMi.AREA_CODE, LogicalType.TEXT))
                .rule(Rules.uniqueWithinFile(AreaSendInspectionsMi.LOCAL_AREA))
                .rule(Rules.notInFuture(AreaSendInspectionsMi.PUBLISHED))
                .rule(grade())
                .rule(areaByName())
                .build();
    }

    static RowRule grade() {
        return (row, context) -> row.<String>value(AreaSendInspectionsMi.OUTCOME)
                .ifPresent(
                        outcome -> row.set(AreaSendInspectionsMi.OUTCOME_GRADE, (long) OUTCOMES.indexOf(outcome) + 1));
    }

    static RowRule areaByName() {
        return (row, context) -> {
            Optional<String> name = row.value(AreaSendInspectionsMi.LOCAL_AREA);
            Optional<LocalDate> start = row.value(AreaSendInspectionsMi.INSPECTION_START);
            if (name.isEmpty() || start.isEmpty()) {
                return;
            }
            LocalAuthority named = LaNames.match(context.reference().localAuthorities(), name.get(), start.get());
            if (named != null) {
                row.set(AreaSendInspectionsMi.AREA_CODE, named.code());
            } else {
                row.reject(
                        AreaSendInspectionsMi.LOCAL_AREA,
                        Rules.UNKNOWN_LA,
                        name.get(),
                        "no single LA in use on " + start.get() + " is named '" + name.get() + "'");
            }
        };
    }
}
