package org.sendacc.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.analytics.recipe.BaseRow;
import org.sendacc.analytics.recipe.BreakdownRow;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.BreakdownColumns;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.reference.ReferenceData;

/** The breakdowns table on hand-made rows: Leeds's and England's 2024 timeliness for girls and young women. */
class BreakdownTableTest {
    static final String TIMELINESS = "ehcp_20wk_excl_exceptions";

    static BreakdownRow row(String source, String code, AreaLevel level, double numerator, double denominator) {
        return new BreakdownRow(
                TIMELINESS,
                source,
                code,
                level,
                BaseRow.Period.calendarYear(2024),
                "Sex",
                "Female",
                numerator,
                denominator,
                null,
                false);
    }

    static Object cell(Object[] line, String column) {
        return line[BreakdownColumns.ALL.indexOf(column)];
    }

    @Test
    void aBreakdownHasItsValueIntervalsAndComparisonWithEnglandsSameBreakdown() {
        BreakdownTable table = BreakdownTable.build(
                List.of(
                        row("dfe_ees", "E92000001", AreaLevel.ENGLAND, 12712, 27891),
                        row("dfe_ees", "E08000035", AreaLevel.LA, 21, 234),
                        // a small count DfE published: shown as published
                        row("dfe_ees", "E06000046", AreaLevel.LA, 2, 7),
                        // a breakdown of an unpublished local return is not published at all
                        row("local_return", "E08000035", AreaLevel.LA, 3, 40)),
                Catalogues.bundled(),
                Areas.from(ReferenceData.bundled()),
                "s1");

        assertThat(table.values()).hasSize(3);
        Object[] leeds = table.values().get(1);
        assertThat(cell(leeds, SnapshotColumns.AREA_NAME)).isEqualTo("Leeds");
        assertThat((Double) cell(leeds, SnapshotColumns.VALUE)).isCloseTo(8.974, within(0.001));
        // Wilson 95% and 99.8% limits for 21 of 234, worked out by hand
        assertThat((Double) cell(leeds, SnapshotColumns.LOWER_CI95)).isCloseTo(5.945, within(0.001));
        assertThat((Double) cell(leeds, SnapshotColumns.UPPER_CI95)).isCloseTo(13.329, within(0.001));
        assertThat((Double) cell(leeds, SnapshotColumns.UPPER_CI998)).isCloseTo(16.467, within(0.001));
        assertThat((Double) cell(leeds, SnapshotColumns.ENGLAND_VALUE)).isCloseTo(45.577, within(0.001));
        assertThat(cell(leeds, SnapshotColumns.COMPARISON_ENGLAND)).isEqualTo("worse_99.8");
        assertThat(cell(leeds, BreakdownColumns.BREAKDOWN_TOPIC)).isEqualTo("Sex");
        assertThat(cell(leeds, BreakdownColumns.BREAKDOWN)).isEqualTo("Female");

        Object[] isleOfWight = table.values().get(2);
        assertThat(cell(isleOfWight, SnapshotColumns.SUPPRESSED)).isEqualTo(false);
        assertThat(cell(isleOfWight, SnapshotColumns.NUMERATOR)).isEqualTo(2.0);

        Object[] england = table.values().get(0);
        assertThat(cell(england, SnapshotColumns.COMPARISON_ENGLAND)).isEqualTo("not_compared");
    }
}
