package org.sendacc.contract.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an indicator's value counts, and what its numerator over denominator is multiplied by. */
public enum Unit implements Token {
    PERCENT("percent", 100),
    PER_1000("per_1000", 1_000),
    PER_10000("per_10000", 10_000),
    COUNT("count", 1),
    RATIO("ratio", 1),
    YES_NO("yes_no", 1),
    /** Pounds sterling, e.g. funding per resident. */
    POUNDS("pounds", 1),
    /** A mean score on the publisher's scale, e.g. Attainment 8 (0 to 90 points); shown to one decimal place. */
    SCORE("score", 1),
    /** A progress score centred on 0, e.g. Progress 8; shown to two decimal places, as DfE publishes it. */
    PROGRESS_SCORE("progress_score", 1),
    /** An inspection's outcome grade, 1 to 3, shown in words (a mean grade for a region or England). */
    OUTCOME("outcome", 1);

    private final String token;
    private final double multiplier;

    Unit(String token, double multiplier) {
        this.token = token;
        this.multiplier = multiplier;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }

    /** 100 for a percentage, 1,000 for a rate per 1,000, 1 otherwise. */
    public double multiplier() {
        return multiplier;
    }

    public static Unit fromCatalogue(String text) {
        return Token.parse(Unit.class, text);
    }
}
