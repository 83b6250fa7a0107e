package org.sendacc.analytics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.contract.snapshot.SnapshotLayout;
import org.sendacc.testing.SharedSpark;
import org.sendacc.testing.Tiers;

/**
 * DfE's SEN2 personal budgets file beside the January caseload of the same release, as a user holds them (two
 * downloads), ingested and published. Expected values are worked out by hand from the two files.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealPersonalBudgetsTest {
    private static final String INDICATOR = "personal_budgets_per_100_plans";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static Dataset<Row> indicators;
    static Dataset<Row> breakdowns;

    @BeforeAll
    static void ingestAndPublish() throws IOException {
        Manifest manifest = PublishedSnapshots.ingestAndPublish(
                input, warehouse, "dfe-sen2-personal-budgets/personal_budgets.csv", "dfe-ehcp-2025/caseload.csv");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
        breakdowns = SharedSpark.session()
                .read()
                .parquet(warehouse
                        .resolve(SnapshotLayout.FOLDER)
                        .resolve(manifest.snapshotId())
                        .resolve(SnapshotLayout.BREAKDOWNS)
                        .toString());
    }

    @Test
    void eachBreakdownIsOverTheCaseloadsSameBreakdownAndOneTheCaseloadLacksIsLeftOut() {
        // England 2024/25, girls and young women: 6,355 plans with a personal budget of 187,502 plans = 3.389 per 100
        List<Row> female = breakdowns
                .filter(col("area_code")
                        .equalTo("E92000001")
                        .and(col("period").equalTo("202425"))
                        .and(col("breakdown_topic").equalTo("Sex"))
                        .and(col("breakdown").equalTo("Female")))
                .collectAsList();
        assertThat(female).hasSize(1);
        assertThat(PublishedSnapshots.number(female.get(0), "numerator")).isEqualTo(6_355.0);
        assertThat(PublishedSnapshots.number(female.get(0), "denominator")).isEqualTo(187_502.0);
        assertThat(PublishedSnapshots.number(female.get(0), "value")).isCloseTo(3.3893, within(0.0001));
        // the caseload has no "Type of placement" topic: no such breakdown is published
        assertThat(breakdowns
                        .filter(col("breakdown_topic").equalTo("Type of placement"))
                        .count())
                .isZero();
    }

    private static Row row(String area, String period) {
        return PublishedSnapshots.row(indicators, INDICATOR, "dfe_ees", area, period);
    }

    @Test
    void england2024To25Is3Point07PlansWithABudgetPer100() {
        // 19,596 plans with a personal budget / 638,745 plans in January 2025 x 100 = 3.0679
        Row england = row("E92000001", "202425");
        assertThat(PublishedSnapshots.number(england, "numerator")).isEqualTo(19_596.0);
        assertThat(PublishedSnapshots.number(england, "denominator")).isEqualTo(638_745.0);
        assertThat(PublishedSnapshots.number(england, "value")).isCloseTo(3.0679, within(0.0001));
        assertThat(england.getString(england.fieldIndex("period_label"))).isEqualTo("2024/25");
    }

    @Test
    void anLaIsItsBudgetsOverItsOwnCaseload() {
        // Leeds 2024/25: 64 of 6,093 plans = 1.0504 per 100.
        assertThat(PublishedSnapshots.number(row("E08000035", "202425"), "value"))
                .isCloseTo(1.0504, within(0.0001));
        // Hackney 2024/25: DfE publishes 4 of 3,681, a count below 5, and so do we (0.1087 per 100).
        Row hackney = row("E09000012", "202425");
        assertThat(hackney.getBoolean(hackney.fieldIndex("suppressed"))).isFalse();
        assertThat(PublishedSnapshots.number(hackney, "numerator")).isEqualTo(4.0);
        assertThat(PublishedSnapshots.number(hackney, "value")).isCloseTo(0.1087, within(0.0001));
    }

    @Test
    void aFigureDfeLeftOutKeepsDfesReason() {
        // Leicester's 2023/24 total is "x" in DfE's file.
        Row leicester = row("E06000016", "202324");
        assertThat(leicester.isNullAt(leicester.fieldIndex("value"))).isTrue();
        assertThat(leicester.getString(leicester.fieldIndex("no_value_reason"))).contains("(x)");
    }

    @Test
    void flagsTheMoveToPersonLevelSen2AsABreak() {
        Row england = row("E92000001", "202223");
        assertThat(england.getBoolean(england.fieldIndex("break_in_series"))).isTrue();
        // 18,887 of 517,048 in January 2023, against 25,259 of 473,255 a year before.
        assertThat(PublishedSnapshots.number(england, "value")).isCloseTo(3.6529, within(0.0001));
        assertThat(PublishedSnapshots.number(row("E92000001", "202122"), "value"))
                .isCloseTo(5.3373, within(0.0001));
    }
}
