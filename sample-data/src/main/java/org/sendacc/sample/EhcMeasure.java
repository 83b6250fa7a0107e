package org.sendacc.sample;

/**
 * The counts DfE publishes about requests and new plans, each defined on the person-level records.
 *
 * <p>These definitions are the contract between the synthetic returns and the synthetic EES files: an area that
 * counts its own {@code ehc_assessment_records} file this way gets exactly the published figure (see README).
 */
enum EhcMeasure {
    /** Requests with request_date in the year. */
    REQUESTS_RECEIVED,
    /** Of those, decision = assess. */
    DECIDED_TO_ASSESS,
    /** Of those, decision = not_assess. */
    DECIDED_NOT_TO_ASSESS,
    /** Of those, no decision yet (decision empty). */
    DECISION_NOT_MADE,
    /** Of those, decision = withdrawn. */
    WITHDRAWN,
    /** Of those assessed or not assessed, decision_date - request_date &lt;= 42 days. */
    DECISION_WITHIN_6_WEEKS,
    /** Of those assessed or not assessed, decision_date - request_date &gt; 42 days. */
    DECISION_OVER_6_WEEKS,
    /** Of those assessed, assessment_outcome = no_plan. */
    NO_PLAN_AFTER_ASSESSMENT,
    /** Plans with plan_issue_date in the year. */
    PLANS_ISSUED,
    /** Of those, exception = N. */
    PLANS_ISSUED_EXCLUDING_EXCEPTIONS,
    /** Of those issued, plan_issue_date - request_date &lt;= 140 days. */
    PLANS_WITHIN_20_WEEKS,
    /** The same, exception = N only. */
    PLANS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS,
    /** Of those issued, 141..364 days. */
    PLANS_20_WEEKS_TO_A_YEAR,
    /** The same, exception = N only. */
    PLANS_20_WEEKS_TO_A_YEAR_EXCLUDING_EXCEPTIONS,
    /** Of those issued, 365 days or more. */
    PLANS_OVER_A_YEAR,
    /** The same, exception = N only. */
    PLANS_OVER_A_YEAR_EXCLUDING_EXCEPTIONS
}
