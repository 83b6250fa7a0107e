package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * Mid-year population aged 0-25 of a local authority, the denominator for rates per child or young person.
 *
 * <p>The bands follow SEND phases: early years 0-4, primary 5-10, secondary 11-15, post-16 16-17 and young adults
 * 18-25 (EHC plans run to 25).
 */
public record Population(
        String laCode,
        int midYear,
        long age0to25,
        long age0to4,
        long age5to10,
        long age11to15,
        long age16to17,
        long age18to25)
        implements Serializable {

    public Population {
        requireNonNull(laCode, "laCode is null");
        long bands = age0to4 + age5to10 + age11to15 + age16to17 + age18to25;
        if (bands != age0to25) {
            throw new IllegalArgumentException("population bands of LA " + laCode + " in " + midYear + " sum to "
                    + bands + ", not to the 0-25 total " + age0to25);
        }
    }
}
