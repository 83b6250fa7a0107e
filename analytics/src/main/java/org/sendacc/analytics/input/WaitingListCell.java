package org.sendacc.analytics.input;

import java.time.LocalDate;

/**
 * The NHS waiting-list rows of one organisation (England, or an ICB by its ODS code), month, age group, service and
 * weeks-waited band: how many rows the editions gave ({@code rows}, 1 when one edition covers the month), how many of
 * them were blank, the children waiting in the others (null when all were blank), and the first blank's reason.
 */
public record WaitingListCell(
        String orgLevel,
        String icbOdsCode,
        LocalDate month,
        String ageGroup,
        String service,
        String band,
        long rows,
        long blanks,
        Double waiting,
        String blankReason) {}
