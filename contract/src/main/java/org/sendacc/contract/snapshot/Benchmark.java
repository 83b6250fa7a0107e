package org.sendacc.contract.snapshot;

import com.fasterxml.jackson.annotation.JsonValue;
import org.sendacc.contract.catalogue.Token;

/**
 * What an area's figure is compared with. The snapshot holds a value and a comparison column for each of the first
 * four (docs/snapshot.md "Comparisons"); {@link #GROUP} is a comparison group a reader chooses on the pages, compared
 * there by the same rule.
 */
public enum Benchmark implements Token {
    ENGLAND("england"),
    REGION("region"),
    NEIGHBOURS("neighbours"),
    ICB("icb"),
    GROUP("group");

    private final String token;

    Benchmark(String token) {
        this.token = token;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }

    public static Benchmark fromToken(String text) {
        return Token.parse(Benchmark.class, text);
    }
}
