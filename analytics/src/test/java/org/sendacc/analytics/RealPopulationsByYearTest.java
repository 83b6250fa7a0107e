package org.sendacc.analytics;

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
import org.sendacc.testing.Tiers;

/**
 * DfE's caseload beside ONS's mid-year estimates of mid-2021 to mid-2024 (in their .xls, .xlsx and CSV forms): each
 * year's rate per 1,000 residents aged 0 to 25 uses the estimate nearest the year, and the manifest says which.
 * Expected values are worked out by hand from the files.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealPopulationsByYearTest {
    private static final String RATE = "ehcp_rate_0_25";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static Manifest manifest;
    static Dataset<Row> indicators;

    @BeforeAll
    static void ingestAndPublish() throws IOException {
        manifest = PublishedSnapshots.ingestAndPublish(
                input,
                warehouse,
                "dfe-ehcp-2025/caseload.csv",
                "ons-mye-population-2021-2024/ukpopestimatesmid2021on2021geographyfinal.xls",
                "ons-mye-population-2021-2024/mye22final.xlsx",
                "ons-mye-population-2021-2024/mye23tablesew.xlsx",
                "ons-mye-population-2021-2024/mye24tablesew.csv");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    private static Row row(String area, String period) {
        return PublishedSnapshots.row(indicators, RATE, "dfe_ees", area, period);
    }

    @Test
    void eachYearsRateUsesTheNearestEstimate() {
        // 2024/25 (September 2024 to August 2025, middle 1 March 2025): mid-2025 would be nearer but there is none,
        // so mid-2024. Leeds: 6,093 plans / 295,072 residents aged 0-25 x 1,000 = 20.649.
        Row leeds = row("E08000035", "202425");
        assertThat(PublishedSnapshots.number(leeds, "denominator")).isEqualTo(295_072.0);
        assertThat(PublishedSnapshots.number(leeds, "value")).isCloseTo(20.6492, within(0.0001));
        // 2021/22 (middle 1 March 2022): mid-2022 (4 months away) rather than mid-2021 (8 months). 5,005 / 285,147.
        Row earlier = row("E08000035", "202122");
        assertThat(PublishedSnapshots.number(earlier, "denominator")).isEqualTo(285_147.0);
        assertThat(PublishedSnapshots.number(earlier, "value")).isCloseTo(17.5524, within(0.0001));
        // England has ONS's own estimate: 638,745 / 17,849,967 x 1,000 = 35.784.
        assertThat(PublishedSnapshots.number(row("E92000001", "202425"), "value"))
                .isCloseTo(35.7841, within(0.0001));
    }

    @Test
    void theManifestSaysWhichMidYearEachPeriodUsed() {
        // 2018/19 and 2019/20 are nearest mid-2020 (the bundled table of current LAs); 2020/21 mid-2021; 2021/22
        // mid-2022; 2023/24 and 2024/25 mid-2024. Cumbria, a predecessor LA with no row in the bundled table and
        // last estimated by ONS at mid-2021, uses mid-2021 for every year it has a figure: 2018/19 to 2022/23.
        assertThat(manifest.populationMidYears())
                .containsEntry("201819", List.of(2020, 2021))
                .containsEntry("202021", List.of(2021))
                .containsEntry("202122", List.of(2021, 2022))
                .containsEntry("202324", List.of(2024))
                .containsEntry("202425", List.of(2024));
        // Cumbria 2018/19 now has a denominator of its own: ONS's mid-2021 estimate of 128,211.
        assertThat(PublishedSnapshots.number(row("E10000006", "201819"), "denominator"))
                .isEqualTo(128_211.0);
    }
}
