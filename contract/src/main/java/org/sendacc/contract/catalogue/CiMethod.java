package org.sendacc.contract.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an indicator's confidence intervals are computed: Wilson for proportions, Byar for counts and rates. */
public enum CiMethod implements Token {
    WILSON("wilson"),
    BYAR("byar"),
    /**
     * The publisher's own 95% interval (DfE's for Progress 8), with the 99.8% interval derived from it as a normal
     * interval (half-width x 3.090 / 1.960); not tested for trend (docs/snapshot.md "Outcomes").
     */
    PUBLISHED("published"),
    /** No interval (a yes/no answer, a workforce ratio): the value is not compared or tested for trend. */
    NONE("none");

    private final String token;

    CiMethod(String token) {
        this.token = token;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }

    public static CiMethod fromCatalogue(String text) {
        return Token.parse(CiMethod.class, text);
    }
}
