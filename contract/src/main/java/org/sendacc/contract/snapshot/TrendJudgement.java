package org.sendacc.contract.snapshot;

import com.fasterxml.jackson.annotation.JsonValue;
import org.sendacc.contract.catalogue.Token;

/**
 * A trend judged by the indicator's polarity, as the snapshot's {@code trend_judgement} column spells it: getting
 * better or worse, no significant change, a significant change in an indicator with no polarity ({@code no_judgement}),
 * or too few periods to test.
 */
public enum TrendJudgement implements Token {
    GETTING_BETTER("getting_better"),
    GETTING_WORSE("getting_worse"),
    NO_SIGNIFICANT_CHANGE("no_significant_change"),
    NO_JUDGEMENT("no_judgement"),
    NOT_ENOUGH_DATA("not_enough_data"),
    /** Not tested: the indicator has no interval to test with, or the row is an estimate (docs/snapshot.md). */
    NOT_TESTED("not_tested");

    private final String token;

    TrendJudgement(String token) {
        this.token = token;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }

    public static TrendJudgement fromToken(String text) {
        return Token.parse(TrendJudgement.class, text);
    }
}
