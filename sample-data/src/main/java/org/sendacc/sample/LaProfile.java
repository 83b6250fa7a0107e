package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import org.sendacc.reference.LocalAuthority;

/**
 * One local authority's synthetic character, year by year: how many requests it receives and how it handles them.
 *
 * <p>Areas must really differ (some issue 10% of plans on time, some 90%) and stay recognisably themselves from year to
 * year with some drift, so each probability is the England target plus a persistent area effect plus an
 * autoregressive yearly drift, calibrated so that the population-weighted mean over areas hits the England target.
 * Arrays are indexed by {@code year - firstYear} and never modified after construction.
 *
 * @param expectedRequests mean number of requests received in the year (scale 1)
 * @param assessShare probability that a request is assessed
 * @param decisionWithin6Weeks probability that the decision whether to assess comes within 6 weeks
 * @param within20Weeks probability that a plan (no exception applying) is issued within 20 weeks
 * @param overAYearShareOfLate probability that a late plan takes over a year
 * @param exceptionShare probability that a reg. 13(3) exception applies to an assessment
 * @param caseloadRateFactor the area's EHC plans per head relative to England
 * @param appealRateFactor the area's tribunal appeal rate relative to England
 */
record LaProfile(
        LocalAuthority authority,
        long population0to25,
        int firstYear,
        double[] expectedRequests,
        double[] assessShare,
        double[] decisionWithin6Weeks,
        double[] within20Weeks,
        double[] overAYearShareOfLate,
        double exceptionShare,
        double caseloadRateFactor,
        double appealRateFactor) {

    LaProfile {
        requireNonNull(authority, "authority is null");
        requireNonNull(expectedRequests, "expectedRequests is null");
        requireNonNull(assessShare, "assessShare is null");
        requireNonNull(decisionWithin6Weeks, "decisionWithin6Weeks is null");
        requireNonNull(within20Weeks, "within20Weeks is null");
        requireNonNull(overAYearShareOfLate, "overAYearShareOfLate is null");
        int years = expectedRequests.length;
        if (assessShare.length != years
                || decisionWithin6Weeks.length != years
                || within20Weeks.length != years
                || overAYearShareOfLate.length != years) {
            throw new IllegalArgumentException("yearly arrays of LA " + authority.code() + " differ in length");
        }
        if (population0to25 < 0) {
            throw new IllegalArgumentException("population of LA " + authority.code() + " is negative");
        }
    }

    String code() {
        return authority.code();
    }

    int lastYear() {
        return firstYear + expectedRequests.length - 1;
    }

    double expectedRequests(int year) {
        return expectedRequests[index(year)];
    }

    double assessShare(int year) {
        return assessShare[index(year)];
    }

    double decisionWithin6Weeks(int year) {
        return decisionWithin6Weeks[index(year)];
    }

    double within20Weeks(int year) {
        return within20Weeks[index(year)];
    }

    double overAYearShareOfLate(int year) {
        return overAYearShareOfLate[index(year)];
    }

    private int index(int year) {
        int index = year - firstYear;
        if (index < 0 || index >= expectedRequests.length) {
            throw new IllegalArgumentException("year " + year + " is outside the profile of LA " + authority.code()
                    + " (" + firstYear + ".." + lastYear() + ")");
        }
        return index;
    }
}
