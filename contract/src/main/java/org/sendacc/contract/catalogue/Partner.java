package org.sendacc.contract.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who is accountable for an indicator: the local authority, the NHS integrated care board, or both jointly. */
public enum Partner implements Token {
    LA("LA"),
    ICB("ICB"),
    JOINT("joint");

    private final String token;

    Partner(String token) {
        this.token = token;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }

    public static Partner fromCatalogue(String text) {
        return Token.parse(Partner.class, text);
    }
}
