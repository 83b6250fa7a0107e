package org.sendacc.analytics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.ingest.TestRuns;
import org.sendacc.testing.RealData;
import org.sendacc.testing.SharedSpark;
import org.sendacc.testing.Tiers;

/**
 * NHS England's October 2023 community health services waiting-list workbook (community_health_2023-12-01.xlsx),
 * ingested and published. Every expected figure was read off the workbook's sheet XML by hand (unzip; column AV is
 * "(CYP) Therapy interventions: Speech and language", AL "(CYP) Community paediatric service"; row 6 is England,
 * row 49 ICB QWE, South West London; sheet6.xml is Table 4, the total; sheet12.xml Table 4f, 18-52 weeks;
 * sheet13.xml Table 4g, over 52 weeks), not from this code's output:
 *
 * <pre>
 *                      total (Table 4)   18-52 (Table 4f)   52+ (Table 4g)
 * England, SLT  AV6         67,790            22,820             4,113
 * England, paeds AL6        83,253            36,093            14,033
 * QWE, SLT      AV49         1,175               285               250
 * </pre>
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealWaitingListAnalyticsTest {
    static final String FILE = "community_health_2023-12-01.xlsx";
    static final String OCTOBER_2023 = "2023-10";
    static final String SOUTH_WEST_LONDON_ICB = "E54000031";
    static final String CROYDON = "E09000008";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static Dataset<Row> indicators;

    static SparkSession spark() {
        return SharedSpark.session();
    }

    @BeforeAll
    static void ingestAndPublish() throws IOException {
        Files.copy(RealData.folder("nhs-community-health").resolve(FILE), input.resolve(FILE));
        TestRuns.ingest(input, warehouse);
        Manifest manifest = PublishedSnapshots.publish(warehouse);
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    private static Row row(String indicator, String area) {
        return PublishedSnapshots.row(indicators, indicator, "nhs_cwl", area, OCTOBER_2023);
    }

    private static double number(Row row, String column) {
        return PublishedSnapshots.number(row, column);
    }

    @Test
    void englandsChildrensSltOver18WeeksIsBothBandsOverTheTotal() {
        Row england = row("slt_waiting_over_18wk", "E92000001");
        // (22,820 + 4,113) / 67,790 = 26,933 / 67,790 = 39.7300486797%
        assertThat(number(england, "numerator")).isEqualTo(26_933.0);
        assertThat(number(england, "denominator")).isEqualTo(67_790.0);
        assertThat(number(england, "value")).isCloseTo(39.7300486797, within(1e-9));
        assertThat(england.getString(england.fieldIndex("period_label"))).isEqualTo("2023-10");
        assertThat(england.getDate(england.fieldIndex("period_start")).toString())
                .isEqualTo("2023-10-01");
        // Wilson, (2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2)) with x = 26,933, n = 67,790:
        // z = 1.959964 gives 39.3622782346 to 40.0989829945; z = 3.090232 gives 39.1507454359 to 40.3122449596.
        assertThat(number(england, "lower_ci95")).isCloseTo(39.3622782346, within(1e-8));
        assertThat(number(england, "upper_ci95")).isCloseTo(40.0989829945, within(1e-8));
        assertThat(number(england, "lower_ci998")).isCloseTo(39.1507454359, within(1e-8));
        assertThat(number(england, "upper_ci998")).isCloseTo(40.3122449596, within(1e-8));
    }

    @Test
    void englandsCommunityPaediatricsOver18Weeks() {
        Row england = row("community_paeds_waiting_over_18wk", "E92000001");
        // (36,093 + 14,033) / 83,253 = 50,126 / 83,253
        assertThat(number(england, "numerator")).isEqualTo(50_126.0);
        assertThat(number(england, "denominator")).isEqualTo(83_253.0);
        assertThat(number(england, "value")).isCloseTo(100.0 * 50_126 / 83_253, within(1e-9));
    }

    @Test
    void englandsChildrenWaitingOverAYearForSltAreACount() {
        assertThat(number(row("slt_waiting_over_52wk_count", "E92000001"), "value"))
                .isEqualTo(4_113.0);
    }

    @Test
    void anIcbKeepsItsOwnFiguresAndItsLasShareThem() {
        Row southWestLondon = row("slt_waiting_over_18wk", SOUTH_WEST_LONDON_ICB);
        // (285 + 250) / 1,175 = 535 / 1,175 = 45.5319148936%
        assertThat(number(southWestLondon, "numerator")).isEqualTo(535.0);
        assertThat(number(southWestLondon, "value")).isCloseTo(45.5319148936, within(1e-9));
        assertThat(southWestLondon.getBoolean(southWestLondon.fieldIndex("apportioned")))
                .isFalse();
        // Croydon lies wholly in QWE, whose 0-25 population is 127,412 (Croydon) + 57,891 + 64,126 + 59,104
        // + 64,612 + 98,749 = 471,894: its share is 127,412 / 471,894, and its percentage is QWE's. It is an estimate:
        // published without counts or an interval, as the ICB's figure is the measurement.
        Row croydon = row("slt_waiting_over_18wk", CROYDON);
        assertThat(croydon.isNullAt(croydon.fieldIndex("numerator"))).isTrue();
        assertThat(croydon.isNullAt(croydon.fieldIndex("lower_ci95"))).isTrue();
        assertThat(number(croydon, "value")).isCloseTo(45.5319148936, within(1e-9));
        assertThat(croydon.getBoolean(croydon.fieldIndex("apportioned"))).isTrue();
        // 250 x 127,412 / 471,894 = 67.5003284636 children waiting over a year, published as 68.
        assertThat(number(row("slt_waiting_over_52wk_count", CROYDON), "value")).isEqualTo(68.0);
        // a count is not compared with England's total, which is the sum of every area's
        Row croydonCount = row("slt_waiting_over_52wk_count", CROYDON);
        assertThat(croydonCount.getString(croydonCount.fieldIndex("comparison_england")))
                .isEqualTo("not_compared");
    }

    @Test
    void everyCurrentLaHasAnApportionedValueOrAReason() {
        Dataset<Row> las = indicators.filter(col("area_level")
                .equalTo("la")
                .and(col("source").equalTo("nhs_cwl"))
                .and(col("indicator_id").equalTo("slt_waiting_over_18wk")));
        assertThat(las.count()).isEqualTo(153);
        assertThat(las.filter(col("value").isNull().and(col("no_value_reason").isNull()))
                        .count())
                .isZero();
    }
}
