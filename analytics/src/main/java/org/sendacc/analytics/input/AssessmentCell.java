package org.sendacc.analytics.input;

/**
 * How many person-level EHC needs assessment records share these facts: LA, year of request, year the plan was issued
 * (null when none was), whether a lawful exception applied, the decision, and whether the plan came within 20 weeks
 * and the decision within 6 weeks of the request. Serializable: counting in Spark's tasks, a cell of no records is the
 * key the records are counted under ({@link CountedTables.Assessments}).
 */
public record AssessmentCell(
        String laCode,
        Integer requestYear,
        Integer issueYear,
        Boolean exception,
        String decision,
        boolean issuedWithin20Weeks,
        boolean decidedWithin6Weeks,
        long records)
        implements java.io.Serializable {
    AssessmentCell counted(long count) {
        return new AssessmentCell(
                laCode, requestYear, issueYear, exception, decision, issuedWithin20Weeks, decidedWithin6Weeks, count);
    }
}
