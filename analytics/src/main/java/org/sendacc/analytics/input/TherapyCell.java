package org.sendacc.analytics.input;

import java.time.LocalDate;

/**
 * How many referrals of an ICB's latest census of a year share these facts: the service, whether the child was still
 * waiting at the census, and how many of the catalogue's wait thresholds (in days, ascending) the wait exceeded.
 */
public record TherapyCell(
        String icbOdsCode,
        LocalDate censusDate,
        String service,
        boolean stillWaiting,
        int thresholdsExceeded,
        long referrals) {}
