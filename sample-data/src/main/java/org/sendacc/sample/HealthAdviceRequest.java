package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

/**
 * One request from an LA to an ICB for health advice in an EHC needs assessment (reg. 8: 6 weeks to reply).
 *
 * <p>Dates are epoch days; {@link IsoDates#NONE} means the advice was still outstanding on the snapshot day.
 */
record HealthAdviceRequest(
        String requestId, String laCode, String icbOdsCode, int requestDate, int responseDate, boolean exception) {

    HealthAdviceRequest {
        requireNonNull(requestId, "requestId is null");
        requireNonNull(laCode, "laCode is null");
        requireNonNull(icbOdsCode, "icbOdsCode is null");
        if (requestDate == IsoDates.NONE) {
            throw new IllegalArgumentException("health advice request " + requestId + " has no request date");
        }
        if (responseDate != IsoDates.NONE && responseDate < requestDate) {
            throw new IllegalArgumentException(
                    "health advice request " + requestId + " was answered before it was asked");
        }
    }
}
