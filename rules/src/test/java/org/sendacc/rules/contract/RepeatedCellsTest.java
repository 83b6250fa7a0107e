package org.sendacc.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendacc.reference.ReferenceData;

/**
 * A cell repeated row after row in a file (an ICB's code, a census date) is checked once and then taken as it was
 * accepted; a repeated cell that was rejected is rejected again on every row, and each column keeps its own.
 */
class RepeatedCellsTest {
    private static final Contract CONTRACT = Contract.builder("test.repeated", MissingValueLegend.NONE)
            .column(Column.text("icb").required().matching("Q[A-Z0-9]{2}"))
            .column(Column.date("census").required())
            .column(Column.count("waiting").between(0, 100))
            .build();

    private static ValidatedRow row(RuleContext context, String icb, String census, String waiting) {
        return CONTRACT.validate(Map.of("icb", icb, "census", census, "waiting", waiting), context);
    }

    @Test
    void takesARepeatedAcceptedCellAsAcceptedAndChecksEveryOtherCellAgain() {
        RuleContext context = new RuleContext(ReferenceData.bundled(), LocalDate.of(2026, 11, 30));

        List<ValidatedRow> rows = List.of(
                row(context, "QHM", "2024-03-31", "5"),
                row(context, "QHM", "2024-03-31", "500"),
                row(context, "QHM", "2024-03-31", "500"),
                // the same text in another column is that column's to check
                row(context, "2024-03-31", "QHM", "7"),
                row(context, "QHM", "2024-03-31", "7"),
                row(context, "QH", "2024-02-30", "7"));

        assertThat(rows.get(0).hasProblems()).isFalse();
        assertThat(rows.get(0).value("census")).contains(LocalDate.of(2024, 3, 31));
        assertThat(rows.get(1).problems()).extracting(Problem::rule).containsExactly("value.max");
        assertThat(rows.get(2).problems())
                .as("rejected again, not remembered")
                .extracting(Problem::rule)
                .containsExactly("value.max");
        assertThat(rows.get(2).value("icb")).contains("QHM");
        assertThat(rows.get(3).problems())
                .extracting(Problem::column, Problem::rule)
                .containsExactlyInAnyOrder(tuple("icb", "value.pattern"), tuple("census", "value.type"));
        assertThat(rows.get(4).hasProblems()).isFalse();
        assertThat(rows.get(4).value("waiting")).contains(7L);
        assertThat(rows.get(5).problems())
                .extracting(Problem::column, Problem::rule)
                .containsExactlyInAnyOrder(tuple("icb", "value.pattern"), tuple("census", "value.type"));
        assertThat(rows.get(5).value("waiting"))
                .as("the repeated count, taken as before")
                .contains(7L);
    }
}
