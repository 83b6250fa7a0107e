package org.sendacc.contract.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether our own disclosure control applies to an indicator's figures: counts of 1 to 4 and what would reveal them
 * withheld, for what we compute from unpublished local returns; none for what a publisher has already released, which
 * is shown as published (docs/snapshot.md "Suppression").
 */
public enum Disclosure implements Token {
    SUPPRESS_COUNTS_1_TO_4("suppress_counts_1_to_4"),
    NONE("none");

    private final String token;

    Disclosure(String token) {
        this.token = token;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }

    public static Disclosure fromCatalogue(String text) {
        return Token.parse(Disclosure.class, text);
    }
}
