package org.sendacc.sample;

/**
 * England-level targets by calendar year that the synthetic areas scatter around.
 *
 * <p>The levels follow DfE's real headline figures (requests 82k in 2019 rising to 154k in 2024; plans issued 53k
 * rising to 90k; within 20 weeks falling from about 60% to under half; caseload 354k in January 2019 rising to 639k
 * in January 2025) and MoJ's appeal rate (1.8% to 3.2%), so that the sample looks like England. Years outside the
 * table continue the last trend. These are targets for the simulation, not the published figures: those are always
 * counted from the synthetic records.
 */
final class NationalTrajectory {

    private static final int FIRST_YEAR = 2014;

    /** Requests for an EHC needs assessment received in the calendar year, 2014..2025. */
    private static final double[] REQUESTS = {
        52000, 56000, 61000, 68000, 75000, 82300, 76000, 93300, 114500, 138200, 154500, 168000
    };

    /** Share of requests the LA decided to assess, by the year of request. */
    private static final double[] ASSESS_SHARE = {
        0.73, 0.73, 0.73, 0.74, 0.75, 0.755, 0.79, 0.75, 0.70, 0.68, 0.66, 0.65
    };

    /** Share of plans issued within 20 weeks, by the year of request (before area effects). */
    private static final double[] WITHIN_20_WEEKS = {
        0.64, 0.64, 0.63, 0.63, 0.62, 0.60, 0.585, 0.55, 0.49, 0.505, 0.465, 0.44
    };

    /** Share of decisions whether to assess made within 6 weeks, by the year of request. */
    private static final double[] DECISION_WITHIN_6_WEEKS = {
        0.86, 0.86, 0.86, 0.86, 0.86, 0.86, 0.86, 0.86, 0.85, 0.85, 0.85, 0.84
    };

    /** Share of late plans that took over a year, by the year of request. */
    private static final double[] OVER_A_YEAR_SHARE_OF_LATE = {
        0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.09, 0.09, 0.10, 0.11, 0.13, 0.14
    };

    /** EHC plans maintained in January of the year (DfE caseload), 2014..2025. */
    private static final double[] CASELOAD_JANUARY = {
        237000, 255000, 275000, 300000, 325000, 353995, 390109, 430697, 473255, 517048, 576474, 638745
    };

    /** Appeals registered per appealable decision (MoJ appeal rate), 2014..2025. */
    private static final double[] APPEAL_RATE = {
        0.016, 0.012, 0.013, 0.015, 0.016, 0.018, 0.017, 0.018, 0.023, 0.025, 0.032, 0.036
    };

    /** Share of LAs reporting a Designated Medical Officer in post (DfE DMO/DCO file), 2014..2025. */
    private static final double[] DMO_IN_POST = {0.45, 0.45, 0.46, 0.47, 0.48, 0.49, 0.50, 0.47, 0.45, 0.53, 0.58, 0.59
    };

    /** Share of LAs reporting a Designated Clinical Officer in post, 2014..2025. */
    private static final double[] DCO_IN_POST = {0.65, 0.67, 0.69, 0.71, 0.73, 0.74, 0.81, 0.88, 0.93, 0.89, 0.86, 0.93
    };

    /**
     * EHC plans with a personal budget over plans in January (DfE SEN2), 2014..2025: 20,346 of 390,109 in 2020 ...
     * 19,596 of 638,745 in 2025; 5% before 2020. The person-level SEN2 of 2023 counted fewer.
     */
    private static final double[] PERSONAL_BUDGET_SHARE = {
        0.050, 0.050, 0.050, 0.050, 0.050, 0.050, 0.0522, 0.0516, 0.0534, 0.0365, 0.0317, 0.0307
    };

    /** Children's waiting times multiplier (waits lengthen after 2020), 2014..2025. */
    private static final double[] WAIT_MULTIPLIER = {
        0.70, 0.72, 0.74, 0.76, 0.78, 0.80, 0.88, 0.97, 1.05, 1.12, 1.18, 1.22
    };

    static final double WITHDRAWN_SHARE = 0.015;
    static final double UNDECIDED_SHARE = 0.025;
    static final double PLAN_AFTER_ASSESSMENT_SHARE = 0.93;
    static final double EXCEPTION_SHARE = 0.055;
    static final double CEASED_SHARE_OF_CASELOAD = 0.048;
    static final double CEASED_NEEDS_MET_SHARE_OF_CEASED = 0.22;

    private NationalTrajectory() {}

    static double requests(int year) {
        return extrapolated(REQUESTS, year, 0.06);
    }

    static double assessShare(int year) {
        return bounded(ASSESS_SHARE, year);
    }

    static double within20Weeks(int year) {
        return bounded(WITHIN_20_WEEKS, year);
    }

    static double decisionWithin6Weeks(int year) {
        return bounded(DECISION_WITHIN_6_WEEKS, year);
    }

    static double overAYearShareOfLate(int year) {
        return bounded(OVER_A_YEAR_SHARE_OF_LATE, year);
    }

    static double caseloadJanuary(int year) {
        return extrapolated(CASELOAD_JANUARY, year, 0.09);
    }

    static double appealRate(int year) {
        return bounded(APPEAL_RATE, year);
    }

    static double dmoInPost(int year) {
        return bounded(DMO_IN_POST, year);
    }

    static double dcoInPost(int year) {
        return bounded(DCO_IN_POST, year);
    }

    static double personalBudgetShare(int year) {
        return bounded(PERSONAL_BUDGET_SHARE, year);
    }

    static double waitMultiplier(int year) {
        return bounded(WAIT_MULTIPLIER, year);
    }

    private static double bounded(double[] values, int year) {
        int index = Math.max(0, Math.min(values.length - 1, year - FIRST_YEAR));
        return values[index];
    }

    /** The table value, growing at {@code annualGrowth} a year after the table ends (shrinking before it starts). */
    private static double extrapolated(double[] values, int year, double annualGrowth) {
        int index = year - FIRST_YEAR;
        if (index < 0) {
            return values[0] * StrictMath.pow(1 + annualGrowth, index);
        }
        if (index >= values.length) {
            return values[values.length - 1] * StrictMath.pow(1 + annualGrowth, index - values.length + 1);
        }
        return values[index];
    }
}
