package org.sendacc.contract.snapshot;

import com.fasterxml.jackson.annotation.JsonValue;
import org.sendacc.contract.catalogue.Token;

/**
 * What the chi-square test for trend found over a series' latest periods, as the snapshot's {@code trend} column
 * spells it (docs/snapshot.md "Trends").
 */
public enum TrendDirection implements Token {
    INCREASING("increasing"),
    DECREASING("decreasing"),
    NO_SIGNIFICANT_CHANGE("no_significant_change"),
    /** Fewer than three periods, or no variation to test (for example a proportion of 0 throughout). */
    NOT_ENOUGH_DATA("not_enough_data"),
    /** Not tested: the indicator has no interval to test with, or the row is an estimate (docs/snapshot.md). */
    NOT_TESTED("not_tested");

    private final String token;

    TrendDirection(String token) {
        this.token = token;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }

    /** True for a significant change either way. */
    public boolean isSignificant() {
        return this == INCREASING || this == DECREASING;
    }

    public static TrendDirection fromToken(String text) {
        return Token.parse(TrendDirection.class, text);
    }
}
