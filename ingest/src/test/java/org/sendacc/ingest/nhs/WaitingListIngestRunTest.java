package org.sendacc.ingest.nhs;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The real waiting-list workbook ingested by a real run into a Parquet warehouse, and read back with Spark. */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class WaitingListIngestRunTest {
    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static RunSummary summary;

    @BeforeAll
    static void ingestTheWorkbook() throws IOException {
        Path workbook = RealData.folder("nhs-community-health").resolve(RealWaitingListWorkbookTest.FILE);
        Files.copy(workbook, input.resolve(RealWaitingListWorkbookTest.FILE));
        summary = TestRuns.ingest(input, warehouse);
    }

    private static Dataset<Row> table() {
        return TestRuns.table(warehouse, "nhs_community_waiting_list");
    }

    @Test
    void writesEveryRecordOfTheWorkbook() {
        // 185 organisations x 47 services x 8 tables, as in RealWaitingListWorkbookTest.
        SourceSummary source = summary.sources().get(0);
        assertThat(source.source()).isEqualTo("nhs.community_waiting_list");
        assertThat(source.rowsRead()).isEqualTo(69_560L);
        assertThat(source.rejected()).isZero();
        assertThat(table().count()).isEqualTo(69_560L);
    }

    @Test
    void storesEnglandsChildrensSltWaitOverAYearWithItsPeriodAsADate() {
        // Table 4g AV6.
        Row england = table().filter(col("org_level")
                        .equalTo("England")
                        .and(col("service").equalTo("Therapy interventions: Speech and language"))
                        .and(col("age_group").equalTo("children"))
                        .and(col("weeks_band").equalTo("52+")))
                .select(col("waiting"), col("period").cast("string"), col("source_row"))
                .first();
        assertThat(england.getLong(0)).isEqualTo(4_113L);
        assertThat(england.getString(1)).isEqualTo("2023-10-01");
        assertThat(england.getLong(2)).isEqualTo(6L);
    }

    @Test
    void storesTheReasonABlankIsMissing() {
        // Table 4 P49: QWE, "(A) Nursing and Therapy support for LTCs: Lymphoedema", blank.
        Row blank = table().filter(col("org_code")
                        .equalTo("QWE")
                        .and(col("service").equalTo("Nursing and Therapy support for LTCs: Lymphoedema"))
                        .and(col("weeks_band").equalTo("total")))
                .select(col("waiting"), col("missing_reasons").getItem("waiting"))
                .first();
        assertThat(blank.isNullAt(0)).isTrue();
        assertThat(blank.getString(1)).isEqualTo("no submission (blank)");
    }
}
