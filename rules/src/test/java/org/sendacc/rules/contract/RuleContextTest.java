package org.sendacc.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sendacc.reference.ReferenceData;

class RuleContextTest {
    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 29);

    @Test
    void aReusedMatcherStillMatchesTheWholeTextOfEachCell() {
        RuleContext context = new RuleContext(REFERENCE, RUN_DATE);
        Pattern icb = Pattern.compile("Q[A-Z0-9]{2}");
        Pattern pseudonym = Pattern.compile("[A-Za-z0-9_-]{4,64}");

        assertThat(context.matches(icb, "QWE")).isTrue();
        assertThat(context.matches(icb, "QWEX")).as("longer than the pattern").isFalse();
        assertThat(context.matches(icb, "XQWE"))
                .as("the pattern inside the text")
                .isFalse();
        assertThat(context.matches(pseudonym, "ab-c_9")).isTrue();
        assertThat(context.matches(pseudonym, "abc"))
                .as("three characters, four required")
                .isFalse();
        assertThat(context.matches(icb, "QK1"))
                .as("the first pattern again, after the second")
                .isTrue();
        assertThat(context.matches(icb, "")).isFalse();
    }

    @Test
    void expectsAboutOneRecordPerFortyBytesWithAFloor() {
        assertThat(new RuleContext(REFERENCE, RUN_DATE, 4_000_000, "").expectedRecords())
                .isEqualTo(100_000);
        assertThat(new RuleContext(REFERENCE, RUN_DATE, 400, "").expectedRecords())
                .isEqualTo(4096);
        assertThat(new RuleContext(REFERENCE, RUN_DATE).expectedRecords()).isEqualTo(4096);
    }
}
