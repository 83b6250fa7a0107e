package org.sendacc.ingest.ees;

import java.time.LocalDate;
import java.util.Optional;
import org.sendacc.reference.LaResolution;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.RuleContext;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.contract.ValidatedRow;

/** The row rules every open-data-standard file shares: its period, and its geography at each level. */
final class EesRules {
    static final String PERIOD_INVALID = "period.invalid";
    static final String PERIOD_FUTURE = "period.future";
    static final String GEOGRAPHY_MISSING_CODE = "geography.missing_code";
    static final String LA_CODE_MISMATCH = "la.code_mismatch";

    private EesRules() {}

    /** Derives period_start and period_end; a period that starts after the run date is rejected. */
    static RowRule period() {
        return (row, context) -> {
            Optional<Long> timePeriod = row.value(EesColumns.TIME_PERIOD);
            Optional<String> identifier = row.value(EesColumns.TIME_IDENTIFIER);
            if (timePeriod.isEmpty() || identifier.isEmpty()) {
                return;
            }
            EesPeriod period;
            try {
                period = EesPeriod.parse(timePeriod.get(), identifier.get());
            } catch (IllegalArgumentException e) {
                row.reject(
                        EesColumns.TIME_PERIOD, PERIOD_INVALID, timePeriod.get().toString(), e.getMessage());
                return;
            }
            if (period.start().isAfter(context.runDate())) {
                row.reject(
                        EesColumns.TIME_PERIOD,
                        PERIOD_FUTURE,
                        timePeriod.get().toString(),
                        "time_period " + timePeriod.get() + " starts on " + period.start() + ", after the run date "
                                + context.runDate());
                return;
            }
            row.set(EesColumns.PERIOD_START, period.start());
            row.set(EesColumns.PERIOD_END, period.end());
        };
    }

    /**
     * Each geographic level needs its own code; an LA row's code is resolved through the code-change table for the
     * row's period into {@code la_code}, and its old 3-digit number must belong to the same LA.
     */
    static RowRule geography() {
        return (row, context) -> {
            Optional<String> level = row.value(EesColumns.GEOGRAPHIC_LEVEL);
            if (level.isEmpty()) {
                return;
            }
            switch (level.get()) {
                case "Regional":
                    requireCode(row, EesColumns.REGION_CODE, level.get());
                    break;
                case "Local authority":
                    requireCode(row, EesColumns.NEW_LA_CODE, level.get());
                    resolveLocalAuthority(row, context);
                    break;
                default:
                    break;
            }
        };
    }

    private static void requireCode(ValidatedRow row, String column, String level) {
        if (row.text(column).isEmpty() && !row.hasProblem(column)) {
            row.reject(column, GEOGRAPHY_MISSING_CODE, "", column + " is required for a " + level + " row");
        }
    }

    private static void resolveLocalAuthority(ValidatedRow row, RuleContext context) {
        Optional<String> code = row.value(EesColumns.NEW_LA_CODE);
        Optional<LocalDate> start = row.value(EesColumns.PERIOD_START);
        Optional<LocalDate> end = row.value(EesColumns.PERIOD_END);
        if (code.isEmpty() || start.isEmpty() || end.isEmpty()) {
            return;
        }
        Optional<LaResolution.Resolved> resolved =
                Rules.resolveLa(row, context, EesColumns.NEW_LA_CODE, code.get(), start.get(), end.get());
        if (resolved.isEmpty()) {
            return;
        }
        LocalAuthority authority = resolved.get().localAuthority();
        Optional<String> oldNumber = row.value(EesColumns.OLD_LA_CODE);
        if (oldNumber.isPresent() && !oldNumber.get().equals(authority.oldLaCode())) {
            row.reject(
                    EesColumns.OLD_LA_CODE,
                    LA_CODE_MISMATCH,
                    oldNumber.get(),
                    "old_la_code " + oldNumber.get() + " does not belong to " + code.get() + " (" + authority.name()
                            + " is " + authority.oldLaCode() + ")");
            return;
        }
        row.set(EesColumns.LA_CODE, authority.code());
    }
}
