package org.sendacc.analytics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Every NHS community health waiting-list edition in the real files (January, April, July and October 2023, in three
 * layouts), ingested and published: the waiting-list indicators have a figure for each month, so trends are monthly.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealWaitingListEditionsTest {
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
                "nhs-community-health-editions/community_health_2023-03-01.xlsx",
                "nhs-community-health-editions/community_health_2023-06-01.xlsx",
                "nhs-community-health-editions/community_health_2023-09-01.xlsx",
                "nhs-community-health/community_health_2023-12-01.xlsx");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    @Test
    void englandsChildrensSpeechAndLanguageWaitsHaveFourMonthsOf2023() {
        List<String> months = indicators
                .filter(col("indicator_id")
                        .equalTo("slt_waiting_over_18wk")
                        .and(col("source").equalTo("nhs_cwl"))
                        .and(col("area_code").equalTo("E92000001"))
                        .and(col("value").isNotNull()))
                .select("period")
                .orderBy("period")
                .collectAsList()
                .stream()
                .map(row -> row.getString(0))
                .toList();
        assertThat(months).containsExactly("2023-01", "2023-04", "2023-07", "2023-10");
        // January 2023's denominator is the edition's England total, 67,774 (Table 4, cell AV7)
        Row january = PublishedSnapshots.row(indicators, "slt_waiting_over_18wk", "nhs_cwl", "E92000001", "2023-01");
        assertThat(PublishedSnapshots.number(january, "denominator")).isEqualTo(67_774.0);
    }
}
