package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A period an indicator has figures for: DfE's {@code time_period} form ({@code 2024}, {@code 202425}), or a month
 * ({@code 2024-03}) for monthly NHS series, with its label and first day. Periods order by their first day.
 */
public record Period(String period, String periodLabel, LocalDate periodStart) {
    public Period {
        requireNonNull(period, "period is null");
        requireNonNull(periodLabel, "periodLabel is null");
        requireNonNull(periodStart, "periodStart is null");
    }

    static Period of(IndicatorRow row) {
        return new Period(row.period(), row.periodLabel(), row.periodStart());
    }
}
