package org.sendacc.analytics.areas;

import static java.util.Objects.requireNonNull;

/**
 * An LA's part of an ICB footprint: the share of the LA's 0-25 population that lives in the ICB (an LA's shares sum to
 * 1, used to add LAs up to footprints) and the share of the ICB's 0-25 population that lives in the LA (an ICB's
 * shares sum to 1, used to apportion an ICB's figure among its LAs).
 */
public record IcbShare(String laCode, String icbCode, String icbOdsCode, double shareOfLa, double shareOfIcb) {
    public IcbShare {
        requireNonNull(laCode, "laCode is null");
        requireNonNull(icbCode, "icbCode is null");
        requireNonNull(icbOdsCode, "icbOdsCode is null");
    }
}
