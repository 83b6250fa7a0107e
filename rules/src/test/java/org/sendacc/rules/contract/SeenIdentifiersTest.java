package org.sendacc.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeenIdentifiersTest {
    @Test
    void anIdentifierIsNewOnlyTheFirstTime() {
        SeenIdentifiers seen = new SeenIdentifiers(4);

        assertThat(seen.add("REF-0001")).isTrue();
        assertThat(seen.add("REF-0002")).isTrue();
        assertThat(seen.add("REF-0001")).isFalse();
        assertThat(seen.add("ref-0001")).as("case matters").isTrue();
        assertThat(seen.add("REF-000")).as("a prefix of one seen").isTrue();
        assertThat(seen.add("REF-00011")).as("one seen is a prefix of it").isTrue();
        assertThat(seen.add("")).isTrue();
        assertThat(seen.add("")).isFalse();
        assertThat(seen.size()).isEqualTo(6);
    }

    @Test
    void stringsWithTheSameHashAreToldApart() {
        // "Aa" and "BB" have the same String.hashCode (2112), as do their concatenations.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        SeenIdentifiers seen = new SeenIdentifiers(16);

        for (String id : List.of("AaAa", "AaBB", "BBAa", "BBBB")) {
            assertThat(seen.add(id)).as(id).isTrue();
        }
        for (String id : List.of("AaAa", "AaBB", "BBAa", "BBBB")) {
            assertThat(seen.add(id)).as(id + " again").isFalse();
        }
    }

    @Test
    void growsFarBeyondItsExpectedSizeAndAgreesWithAHashSet() {
        // 200,000 identifiers into a set sized for 16: its table and arrays grow many times over. A third are
        // repeats of earlier ones, some not ASCII.
        Random random = new Random(20261129L);
        SeenIdentifiers seen = new SeenIdentifiers(16);
        Set<String> expected = new HashSet<>();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            String id = !added.isEmpty() && random.nextInt(3) == 0
                    ? added.get(random.nextInt(added.size()))
                    : Long.toString(random.nextLong() & 0xFFFFFFFFFFL, 36) + (i % 97 == 0 ? "é" : "");
            added.add(id);
            assertThat(seen.add(id)).as(id).isEqualTo(expected.add(id));
        }
        assertThat(seen.size()).isEqualTo(expected.size());
    }
}
