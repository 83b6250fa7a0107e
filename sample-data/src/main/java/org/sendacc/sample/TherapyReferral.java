package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

/**
 * One children's therapy referral as it stood on a census day: seen (first contact date) or still waiting (none).
 */
record TherapyReferral(
        String referralId,
        String icbOdsCode,
        TherapyService service,
        int referralDate,
        int firstContactDate,
        int censusDate) {

    TherapyReferral {
        requireNonNull(referralId, "referralId is null");
        requireNonNull(icbOdsCode, "icbOdsCode is null");
        requireNonNull(service, "service is null");
        if (referralDate > censusDate) {
            throw new IllegalArgumentException("referral " + referralId + " is after its census");
        }
        if (firstContactDate != IsoDates.NONE && (firstContactDate < referralDate || firstContactDate > censusDate)) {
            throw new IllegalArgumentException("referral " + referralId + " has a first contact outside its wait");
        }
    }
}
