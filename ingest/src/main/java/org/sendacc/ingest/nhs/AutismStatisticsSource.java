package org.sendacc.ingest.nhs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.NhsAutismStatistics;
import org.sendacc.reference.Icb;
import org.sendacc.reference.SubIcbLocation;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.read.DelimitedTableReader;
import org.sendacc.rules.source.Source;

/**
 * NHS England's Autism Statistics (experimental statistics from the Mental Health Services Data Set) in the long
 * format of its CSV files, {@code AutismStats*.csv} or {@code .csv.gz}: one row per month, area, breakdown and
 * metric. Counts are kept as NHS England rounds them, and {@code *} as a missing value with NHS England's reason.
 *
 * <p>The area level comes from BREAKDOWN: {@code England...}; {@code CCG or Sub ICB Location...} and {@code Sub ICB
 * Location...}, whose PRIMARY_LEVEL is a Sub-ICB Location's ODS code (or its GSS code, on 2022 or 2024 boundaries);
 * {@code ICB...}, an ICB's ODS or GSS code; anything else (providers, NHS regions) is kept with level {@code Other}. A
 * Sub-ICB Location or ICB code the reference tables do not know is rejected; NHS England's {@code UNKNOWN} location
 * (patients whose location is not known) is kept, in no ICB. A reporting period must be one calendar month.
 */
public final class AutismStatisticsSource {
    static final String NOT_A_MONTH = "period.not_a_month";
    static final String UNKNOWN_SUB_ICB = "sub_icb.unknown";

    /** NHS England's symbols in these files: {@code *} is disclosure control. */
    static final MissingValueLegend LEGEND = new MissingValueLegend(
            "NHS England",
            Map.of("*", "suppressed by NHS England to prevent disclosure (*)", "-", "not available (-)"),
            Map.of());

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final String DATE = "\\d{2}/\\d{2}/\\d{4}";

    private AutismStatisticsSource() {}

    public static Source source() {
        return new Source(
                "nhs.autism_statistics",
                NhsAutismStatistics.TABLE,
                "NHS England",
                "Autism Statistics: open suspected-autism referrals and waits by month, for England, ICBs and Sub-ICB"
                        + " Locations (long format)",
                Pattern.compile("(?i)autismstats.*\\.csv(\\.gz)?"),
                new DelimitedTableReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("nhs.autism_statistics", LEGEND)
                .column(Column.text(NhsAutismStatistics.PERIOD_START_TEXT)
                        .required()
                        .matching(DATE))
                .column(Column.text(NhsAutismStatistics.PERIOD_END_TEXT)
                        .required()
                        .matching(DATE))
                .column(Column.text(NhsAutismStatistics.STATUS))
                .column(Column.text(NhsAutismStatistics.BREAKDOWN).required())
                .column(Column.text(NhsAutismStatistics.PRIMARY_LEVEL).required())
                .column(Column.text(NhsAutismStatistics.PRIMARY_LEVEL_DESCRIPTION))
                .column(Column.text(NhsAutismStatistics.SECONDARY_LEVEL).required())
                .column(Column.text(NhsAutismStatistics.SECONDARY_LEVEL_DESCRIPTION))
                .column(Column.text(NhsAutismStatistics.METRIC).required().matching("ASD\\d+[a-z]?"))
                .column(Column.text(NhsAutismStatistics.METRIC_DESCRIPTION))
                .column(Column.decimal(NhsAutismStatistics.METRIC_VALUE).symbolsAllowed())
                .derived(new DerivedColumn(NhsAutismStatistics.PERIOD_START, LogicalType.DATE))
                .derived(new DerivedColumn(NhsAutismStatistics.AREA_LEVEL, LogicalType.TEXT))
                .derived(new DerivedColumn(NhsAutismStatistics.ICB_ODS_CODE, LogicalType.TEXT))
                .rule(oneCalendarMonth())
                .rule(Rules.notInFuture(NhsAutismStatistics.PERIOD_START))
                .rule(area())
                .build();
    }

    /** The period runs from the first to the last day of one month; its first day becomes {@code period_start}. */
    static RowRule oneCalendarMonth() {
        return (row, context) -> {
            Optional<String> start = row.value(NhsAutismStatistics.PERIOD_START_TEXT);
            Optional<String> end = row.value(NhsAutismStatistics.PERIOD_END_TEXT);
            if (start.isEmpty() || end.isEmpty()) {
                return;
            }
            LocalDate first;
            LocalDate last;
            try {
                first = LocalDate.parse(start.get(), DAY_MONTH_YEAR);
                last = LocalDate.parse(end.get(), DAY_MONTH_YEAR);
            } catch (DateTimeParseException e) {
                row.reject(
                        NhsAutismStatistics.PERIOD_START_TEXT,
                        NOT_A_MONTH,
                        start.get() + "-" + end.get(),
                        "the reporting period " + start.get() + " to " + end.get() + " is not a pair of dates");
                return;
            }
            if (first.getDayOfMonth() != 1 || !last.equals(first.withDayOfMonth(first.lengthOfMonth()))) {
                row.reject(
                        NhsAutismStatistics.PERIOD_END_TEXT,
                        NOT_A_MONTH,
                        start.get() + "-" + end.get(),
                        "the reporting period " + start.get() + " to " + end.get()
                                + " is not one calendar month (the file reports months)");
                return;
            }
            row.set(NhsAutismStatistics.PERIOD_START, first);
        };
    }

    /** The area's level, from BREAKDOWN's first part. */
    static String level(String breakdown) {
        String area = breakdown.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (area.startsWith("england")) {
            return NhsAutismStatistics.ENGLAND;
        }
        if (area.startsWith("ccg") || area.startsWith("sub icb") || area.startsWith("sub-icb")) {
            return NhsAutismStatistics.SUB_ICB_LOCATION;
        }
        if (area.startsWith("icb")) {
            return NhsAutismStatistics.ICB;
        }
        return NhsAutismStatistics.OTHER;
    }

    /** The row's area level and, for a Sub-ICB Location or ICB, the ICB it is in, through the reference tables. */
    static RowRule area() {
        return (row, context) -> {
            Optional<String> breakdown = row.value(NhsAutismStatistics.BREAKDOWN);
            Optional<String> code = row.value(NhsAutismStatistics.PRIMARY_LEVEL);
            if (breakdown.isEmpty() || code.isEmpty()) {
                return;
            }
            String level = level(breakdown.get());
            row.set(NhsAutismStatistics.AREA_LEVEL, level);
            if (level.equals(NhsAutismStatistics.SUB_ICB_LOCATION)) {
                if (code.get().equals(NhsAutismStatistics.UNKNOWN)) {
                    return;
                }
                Optional<SubIcbLocation> location = context.reference().subIcbLocation(code.get());
                if (location.isEmpty()) {
                    row.reject(
                            NhsAutismStatistics.PRIMARY_LEVEL,
                            UNKNOWN_SUB_ICB,
                            code.get(),
                            "no Sub-ICB Location has the code '" + code.get() + "' in the reference tables (2022 or"
                                    + " 2024 boundaries)");
                    return;
                }
                row.set(NhsAutismStatistics.ICB_ODS_CODE, location.get().icbOdsCode());
            } else if (level.equals(NhsAutismStatistics.ICB)) {
                Optional<Icb> icb = context.reference()
                        .icbByOdsCode(code.get())
                        .or(() -> context.reference().icbByCode(code.get()));
                if (icb.isEmpty()) {
                    row.reject(
                            NhsAutismStatistics.PRIMARY_LEVEL,
                            Rules.UNKNOWN_ICB,
                            code.get(),
                            "no ICB has the code '" + code.get() + "' in the reference tables");
                    return;
                }
                row.set(NhsAutismStatistics.ICB_ODS_CODE, icb.get().odsCode());
            }
        };
    }
}
