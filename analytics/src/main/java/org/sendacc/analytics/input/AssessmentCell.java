package org.sendacc.analytics.input;

/**
 * How many person-level EHC needs assessment records share these facts: LA, year of request, year the plan was issued
 * (null when none was), whether a lawful exception applied, the decision, and whether the plan came within 20 weeks
 * and the decision within 6 weeks of the request.
 */
public record AssessmentCell(
        String laCode,
        Integer requestYear,
        Integer issueYear,
        Boolean exception,
        String decision,
        boolean issuedWithin20Weeks,
        boolean decidedWithin6Weeks,
        long records) {}
