package org.sendacc.rules.contract;

/**
 * The shape of an LA's GSS code, as every source that carries one checks it: an upper-tier authority's entity code
 * (E06 unitary, E08 metropolitan district, E09 London borough, E10 county) and six digits.
 */
public final class LaCodes {
    public static final String PATTERN = "E(06|08|09|10)\\d{6}";

    private LaCodes() {}
}
