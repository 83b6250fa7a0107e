package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PseudonymousIdsTest {

    @Test
    void distinctCountersGiveDistinctTokens() {
        PseudonymousIds ids = new PseudonymousIds(1L, "E08000037", "test");
        Set<String> tokens = new HashSet<>();
        for (int sequence = 0; sequence < 50_000; sequence++) {
            tokens.add(ids.token(2024, sequence % 4, sequence % 3, sequence));
        }
        assertThat(tokens).hasSize(50_000);
    }

    @Test
    void tokensFitTheTemplatePatternAndCarryNoAreaCode() {
        String token = new PseudonymousIds(1L, "E08000037", "test").token(2024, 0, 0, 0);

        assertThat(token).matches("[a-z2-7]{13}").doesNotContain("E08");
    }

    @Test
    void theSameAreaAndSeedGiveTheSameToken() {
        assertThat(new PseudonymousIds(5L, "QWE", "test").token(2020, 1, 0, 9))
                .isEqualTo(new PseudonymousIds(5L, "QWE", "test").token(2020, 1, 0, 9));
    }
}
