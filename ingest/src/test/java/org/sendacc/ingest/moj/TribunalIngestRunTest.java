package org.sendacc.ingest.moj;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.warehouse.RunSummary;
import org.sendacc.contract.warehouse.SourceSummary;
import org.sendacc.ingest.TestRuns;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/** The real tribunal table ingested by a real run: its table, and its rejections in the run's rejections.csv. */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class TribunalIngestRunTest {
    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static RunSummary summary;

    @BeforeAll
    static void ingestTheTable() throws IOException {
        Path table = RealData.folder("dfe-ehcp-2025").resolve(RealTribunalTableTest.FILE);
        Files.copy(table, input.resolve(RealTribunalTableTest.FILE));
        summary = TestRuns.ingest(input, warehouse);
    }

    private static Dataset<Row> table() {
        return TestRuns.table(warehouse, "moj_tribunal_appeal_rate");
    }

    @Test
    void writesTheKeptRowsAndCountsTheRejectedOnes() {
        // As in RealTribunalTableTest: 1,685 rows, 58 rejected.
        SourceSummary source = summary.sources().get(0);
        assertThat(source.source()).isEqualTo("moj.tribunal_appeal_rate");
        assertThat(source.rowsRead()).isEqualTo(1_685L);
        assertThat(source.rejected()).isEqualTo(58L);
        assertThat(table().count()).isEqualTo(1_627L);
    }

    @Test
    void listsEachRejectionInTheRunsRejectionsFile() throws IOException {
        List<String> lines = Files.readAllLines(
                warehouse.resolve("runs").resolve(summary.runId()).resolve("rejections.csv"));
        assertThat(lines).hasSize(1 + 58);
        assertThat(lines)
                .contains(RealTribunalTableTest.FILE
                        + ",69,old_la_code,la.name_mismatch,891,\"LA number 891 is Nottinghamshire (E10000024) in"
                        + " 2014, not Nottingham\"");
    }

    @Test
    void storesEngland2024() {
        // Line 174: "England Total4,9",... "22,276","689,739",3.20%,"364,912",6.10%
        Row england = table().filter(col("geographic_level")
                        .equalTo("National")
                        .and(col("time_period").equalTo(2024)))
                .select(
                        "appeals_registered",
                        "appealable_decisions",
                        "appeal_rate_pct",
                        "appeal_rate_in_development_pct")
                .first();
        assertThat(england.getLong(0)).isEqualTo(22_276L);
        assertThat(england.getLong(1)).isEqualTo(689_739L);
        assertThat(england.getDouble(2)).isEqualTo(3.2);
        assertThat(england.getDouble(3)).isEqualTo(6.1);
    }
}
