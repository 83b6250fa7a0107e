package org.sendacc.ingest.groups;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.ComparisonGroups;
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
 * Named comparison groups of local authorities: each row an LA of a group, given by code (resolved through the code
 * changes, as on the list's date) or by name (matched to the one LA of that name then, {@link LaNames}); a code or
 * name that matches no single LA is rejected, never dropped. The list's date is its {@code as_at} where that is a
 * date, otherwise the run's.
 */
public final class ComparisonGroupsSource {
    static final String CODE_OR_NAME = "cross.la_code_or_name";

    private ComparisonGroupsSource() {}

    public static Source source() {
        return new Source(
                "groups.comparison_groups",
                ComparisonGroups.TABLE,
                "the user (or a DfE programme list)",
                "Named comparison groups of local authorities: a DfE programme's LAs, or any list",
                Pattern.compile("(?i)(.*comparison_groups.*|send_funding_programme.*)\\.csv"),
                new ComparisonGroupsReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("groups.comparison_groups", MissingValueLegend.NONE)
                .column(Column.text(ComparisonGroups.GROUP_NAME).required())
                .column(Column.text(ComparisonGroups.LA_CODE).matching("E\\d{8}"))
                .column(Column.text(ComparisonGroups.LA_NAME))
                .column(Column.text(ComparisonGroups.SOURCE))
                .column(Column.text(ComparisonGroups.AS_AT))
                .column(Column.text(ComparisonGroups.COMPLETE).oneOf("Yes", "No"))
                .column(Column.text(ComparisonGroups.NOTE))
                .derived(new DerivedColumn(ComparisonGroups.AREA_CODE, LogicalType.TEXT))
                .rule(area())
                .build();
    }

    /** The list's date: its {@code as_at} when that is an ISO date, otherwise the run's. */
    private static LocalDate on(Optional<String> asAt, LocalDate runDate) {
        if (asAt.isPresent()) {
            try {
                return LocalDate.parse(asAt.get());
            } catch (DateTimeParseException notADate) {
                return runDate;
            }
        }
        return runDate;
    }

    static RowRule area() {
        return (row, context) -> {
            Optional<String> code = row.value(ComparisonGroups.LA_CODE);
            Optional<String> name = row.value(ComparisonGroups.LA_NAME);
            LocalDate on = on(row.value(ComparisonGroups.AS_AT), context.runDate());
            if (code.isPresent()) {
                Rules.resolveLa(row, context, ComparisonGroups.LA_CODE, code.get(), on, on)
                        .ifPresent(resolved -> row.set(
                                ComparisonGroups.AREA_CODE,
                                resolved.localAuthority().code()));
            } else if (name.isPresent()) {
                LocalAuthority named = LaNames.match(context.reference().localAuthorities(), name.get(), on);
                if (named == null) {
                    row.reject(
                            ComparisonGroups.LA_NAME,
                            Rules.UNKNOWN_LA,
                            name.get(),
                            "no single LA in use on " + on + " is named '" + name.get() + "'");
                } else {
                    row.set(ComparisonGroups.AREA_CODE, named.code());
                }
            } else {
                row.reject(
                        ComparisonGroups.LA_CODE,
                        CODE_OR_NAME,
                        "",
                        "a group's LA needs la_code or la_name; this row has neither");
            }
        };
    }
}
