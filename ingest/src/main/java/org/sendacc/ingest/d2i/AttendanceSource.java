package org.sendacc.ingest.d2i;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.D2iAttendance;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.source.Source;

/**
 * Persistent absence of pupils with an EHC plan or SEN support, and of pupils with no SEN, by LA, academic year and
 * phase, as the LA analysts' network (Data to Insight) re-publishes DfE's figures in its attendance dashboard's JSON
 * ({@code enrolments_pa_10_exact_percent*.json}; its overall absence, {@code overall_absence_perc*.json}, lands in the
 * same table by metric): unofficial, and every page says so through the source's name. An
 * LA's code is resolved as in use during the academic year (1 September to 31 August).
 */
public final class AttendanceSource {

    private AttendanceSource() {}

    public static Source source() {
        return new Source(
                "d2i.send_attendance",
                D2iAttendance.TABLE,
                "the LA analysts' network (Data to Insight), re-publishing DfE",
                "Persistent absence of pupils with EHC plans, SEN support and no SEN by LA and academic year (unofficial"
                        + " re-publication of DfE's figures)",
                Pattern.compile("(?i)(enrolments_pa_10_exact_percent|overall_absence_perc).*\\.json"),
                new AttendanceJsonReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("d2i.send_attendance", MissingValueLegend.NONE)
                .column(Column.text(D2iAttendance.METRIC)
                        .required()
                        .oneOf(D2iAttendance.PERSISTENT_ABSENCE, D2iAttendance.OVERALL_ABSENCE))
                .column(Column.text(D2iAttendance.LA_CODE).required().matching("E\\d{8}"))
                .column(Column.text(D2iAttendance.LA_NAME))
                .column(Column.text(D2iAttendance.TIME_PERIOD).required().matching("\\d{6}"))
                .column(Column.text(D2iAttendance.EDUCATION_PHASE).required())
                .column(Column.text(D2iAttendance.SEND_GROUP).required().oneOf("EHC plan", "SEN support"))
                .column(Column.percent(D2iAttendance.SEND_VALUE))
                .column(Column.percent(D2iAttendance.NO_SEN_VALUE))
                .derived(new DerivedColumn(D2iAttendance.PERIOD_START, LogicalType.DATE))
                .derived(new DerivedColumn(D2iAttendance.AREA_CODE, LogicalType.TEXT))
                .rule(area())
                .build();
    }

    /** The LA the code belonged to during the academic year, which starts on 1 September. */
    static RowRule area() {
        return (row, context) -> {
            Optional<String> period = row.value(D2iAttendance.TIME_PERIOD);
            Optional<String> code = row.value(D2iAttendance.LA_CODE);
            if (period.isEmpty() || code.isEmpty()) {
                return;
            }
            LocalDate start = LocalDate.of(Integer.parseInt(period.get().substring(0, 4)), 9, 1);
            row.set(D2iAttendance.PERIOD_START, start);
            Rules.resolveLa(
                            row,
                            context,
                            D2iAttendance.LA_CODE,
                            code.get(),
                            start,
                            start.plusYears(1).minusDays(1))
                    .ifPresent(resolved -> row.set(
                            D2iAttendance.AREA_CODE, resolved.localAuthority().code()));
        };
    }
}
