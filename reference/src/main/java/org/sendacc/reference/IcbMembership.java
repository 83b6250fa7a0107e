package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * The part of a local authority's children and young people that lives in one ICB.
 *
 * <p>LA and ICB footprints do not nest, so any ICB figure shown for an LA is apportioned by this declared rule: the
 * share of the LA's mid-2020 population aged 0-25 living in the ICB, on July-2022 ICB boundaries.
 *
 * @param share0to25 share of the LA's 0-25 population in this ICB, 0 &lt; share &lt;= 1
 * @param population0to25 mid-2020 population aged 0-25 in the overlap
 */
public record IcbMembership(String laCode, String icbOdsCode, double share0to25, long population0to25)
        implements Serializable {

    public IcbMembership {
        requireNonNull(laCode, "laCode is null");
        requireNonNull(icbOdsCode, "icbOdsCode is null");
        if (!(share0to25 > 0 && share0to25 <= 1)) {
            throw new IllegalArgumentException(
                    "share of LA " + laCode + " in ICB " + icbOdsCode + " is " + share0to25 + ", not in (0, 1]");
        }
        if (population0to25 < 0) {
            throw new IllegalArgumentException(
                    "population of LA " + laCode + " in ICB " + icbOdsCode + " is negative: " + population0to25);
        }
    }
}
