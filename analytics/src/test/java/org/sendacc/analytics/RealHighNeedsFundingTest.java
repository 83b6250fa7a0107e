package org.sendacc.analytics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.testing.Tiers;

/**
 * ESFA's DSG allocations (2019-20 to 2023-24), HM Treasury's GDP deflators and ONS's mid-year estimates, as a user
 * downloads them, ingested and published: high needs funding per resident aged 0 to 25, cash and at 2024-25 prices.
 * Expected values are worked out by hand from the files.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealHighNeedsFundingTest {
    private static final String CASH = "high_needs_funding_per_head_0_25";
    private static final String REAL = "high_needs_funding_per_head_0_25_real";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static Dataset<Row> indicators;

    @BeforeAll
    static void ingestAndPublish() throws IOException {
        Manifest manifest = PublishedSnapshots.ingestAndPublish(
                input,
                warehouse,
                "dfe-high-needs-finance/dedicated-schools-grant_2021_11_18.ods",
                "dfe-high-needs-finance/dedicated-schools-grant_2022_07_18.ods",
                "dfe-high-needs-finance/dedicated-schools-grant_2023_07_20.ods",
                "dfe-high-needs-finance/dsg_allocations_summary_2019-20_to_2023-24.ods",
                "dfe-funding/dedicated-schools-grant_2024_07_20.ods",
                "hmt-gdp-deflators/uk_cost_indices_hmt_march2026.csv",
                "ons-mye-population-2021-2024/ukpopestimatesmid2021on2021geographyfinal.xls",
                "ons-mye-population-2021-2024/mye22final.xlsx",
                "ons-mye-population-2021-2024/mye23tablesew.xlsx",
                "ons-mye-population-2021-2024/mye24tablesew.csv");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    private static double value(String indicator, String area, String period) {
        return PublishedSnapshots.number(
                PublishedSnapshots.row(indicators, indicator, "esfa_dsg", area, period), "value");
    }

    @Test
    void cashPerHeadIsTheBlockOverTheNearestPopulation() {
        // 2023-24 (April 2023 to March 2024, middle 1 October 2023): mid-2023. ESFA's file of July 2023, not the
        // summary. Leeds: £127,523,359 / 288,441 = £442.11; England: £9,952,172,126 / 17,544,580 = £567.25.
        assertThat(value(CASH, "E08000035", "202324")).isCloseTo(442.11, within(0.01));
        assertThat(value(CASH, "E92000001", "202324")).isCloseTo(567.25, within(0.01));
        Row leeds = PublishedSnapshots.row(indicators, CASH, "esfa_dsg", "E08000035", "202324");
        assertThat(leeds.getString(leeds.fieldIndex("period_label"))).isEqualTo("2023-24");
    }

    @Test
    void realTermsAreCashAt2024To25PricesByTheGdpDeflator() {
        // 2019-20's deflator is 80.8738 (2024-25 = 100): real = cash x 100 / 80.8738 = cash x 1.23649
        double ratio = value(REAL, "E92000001", "201920") / value(CASH, "E92000001", "201920");
        assertThat(ratio).isCloseTo(100 / 80.8738, within(1e-9));
        assertThat(value(REAL, "E92000001", "202324") / value(CASH, "E92000001", "202324"))
                .isCloseTo(100 / 96.1117, within(1e-9));
    }

    @Test
    void everyLaOf2023To24HasAFigure() {
        long las = indicators
                .filter(col("indicator_id")
                        .equalTo(CASH)
                        .and(col("period").equalTo("202324"))
                        .and(col("area_level").equalTo("la"))
                        .and(col("value").isNotNull()))
                .count();
        // 151 LAs in ESFA's 2023-24 file, each with a population (City of London and Isles of Scilly are not in it)
        assertThat(las).isEqualTo(151);
    }
}
