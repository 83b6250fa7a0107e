package org.sendacc.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inequalities view lists a topic's breakdowns as people count them, not as text sorts them. */
class InequalitiesTest {
    @Test
    void agesAreInNaturalOrderAndOtherBreakdownsAlphabetical() {
        List<String> ages = new ArrayList<>(List.of("age 10", "age 2 and under", "age 20 and over", "age 3", "age 9"));
        ages.sort(Inequalities::naturally);
        assertThat(ages).containsExactly("age 2 and under", "age 3", "age 9", "age 10", "age 20 and over");

        List<String> sexes = new ArrayList<>(List.of("Male", "Female", "Unknown"));
        sexes.sort(Inequalities::naturally);
        assertThat(sexes).containsExactly("Female", "Male", "Unknown");
    }
}
