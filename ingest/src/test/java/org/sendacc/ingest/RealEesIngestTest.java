package org.sendacc.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.warehouse.RunSummary;
import org.sendacc.contract.warehouse.SourceSummary;
import org.sendacc.ingest.source.Provenance;
import org.sendacc.ingest.warehouse.WarehouseJson;
import org.sendacc.testing.RealData;
import org.sendacc.testing.SharedSpark;
import org.sendacc.testing.Tiers;

/**
 * The whole of DfE's 2025 "Education, health and care plans" release, ingested by a real run into a real
 * warehouse. Row counts are the files' data lines (wc -l less the header, see SOURCES.md); England's 2024
 * timeliness figures are the published ones.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealEesIngestTest {
    @TempDir
    static Path warehouse;

    static RunSummary summary;

    static SparkSession spark() {
        return SharedSpark.session();
    }

    @BeforeAll
    static void ingestTheRelease() {
        summary = run(RealData.folder("dfe-ehcp-2025").toString(), warehouse.toString(), step -> {});
    }

    static RunSummary run(String input, String warehouseFolder, IngestRun.Checkpoint checkpoint) {
        return TestRuns.ingest(input, warehouseFolder, checkpoint);
    }

    private static SourceSummary source(String id) {
        return summary.sources().stream()
                .filter(source -> source.source().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no source " + id + " in the summary"));
    }

    static Dataset<Row> table(String name) {
        return TestRuns.table(warehouse, name);
    }

    @Test
    void ingestsEveryDfeFileWithExactRowCountsAndNoRejections() {
        Map<String, Long> expectedRows = Map.of(
                "dfe.timeliness_20_week", 12_211L,
                "dfe.requests", 13_169L,
                "dfe.assessments", 12_847L,
                "dfe.caseload", 25_339L,
                "dfe.annual_reviews", 13_290L,
                "dfe.sen_needs_all_plans", 13_939L,
                "dfe.sen2_dmo_dco", 1_064L);
        expectedRows.forEach((id, rows) -> {
            SourceSummary source = source(id);
            assertThat(source.rowsRead()).as(id).isEqualTo(rows);
            assertThat(source.accepted()).as(id).isEqualTo(rows);
            assertThat(source.rejected()).as(id).isZero();
            assertThat(table(source.table()).count()).as(id).isEqualTo(rows);
        });
        assertThat(summary.status()).isEqualTo(RunSummary.COMMITTED);
        assertThat(summary.skippedFiles()).contains("data-guidance.txt");
    }

    @Test
    void preservesEngland2024TimelinessExactly() {
        Row england = table("dfe_timeliness_20_week")
                .filter(col("geographic_level")
                        .equalTo("National")
                        .and(col("time_period").equalTo(2024))
                        .and(col("breakdown").equalTo("All EHC plans issued")))
                .select("plans_issued_den_ex", "plans_issued_20_weeks_ex", "PC_plans_issued_20_weeks_ex")
                .first();
        assertThat(england.getLong(0)).isEqualTo(84_866L);
        assertThat(england.getLong(1)).isEqualTo(39_407L);
        assertThat(england.getDouble(2)).isEqualTo(46.4);
    }

    @Test
    void england2024CanBeReadWithAPlainParquetReader() throws IOException {
        long plans = -1;
        long onTime = -1;
        List<Path> parts;
        try (Stream<Path> files = Files.list(warehouse.resolve("dfe_timeliness_20_week"))) {
            parts = files.filter(file -> file.toString().endsWith(".parquet")).toList();
        }
        for (Path part : parts) {
            try (ParquetReader<Group> reader = ParquetReader.builder(
                            new GroupReadSupport(), new org.apache.hadoop.fs.Path(part.toUri()))
                    .withConf(new Configuration())
                    .build()) {
                for (Group row = reader.read(); row != null; row = reader.read()) {
                    if (row.getString("geographic_level", 0).equals("National")
                            && row.getLong("time_period", 0) == 2024
                            && row.getString("breakdown", 0).equals("All EHC plans issued")) {
                        plans = row.getLong("plans_issued_den_ex", 0);
                        onTime = row.getLong("plans_issued_20_weeks_ex", 0);
                    }
                }
            }
        }
        assertThat(plans).isEqualTo(84_866L);
        assertThat(onTime).isEqualTo(39_407L);
    }

    @Test
    void recodedCountiesLandOnOneCanonicalCodePerPeriod() {
        // North Yorkshire 815, Somerset 933 and Buckinghamshire 825 change code inside DfE's own files.
        Map<String, String> canonical = Map.of("815", "E06000065", "933", "E06000066", "825", "E06000060");
        for (String table : List.of("dfe_timeliness_20_week", "dfe_requests", "dfe_caseload", "dfe_sen2_dmo_dco")) {
            List<Row> codes = table(table)
                    .filter(col("old_la_code").isin("815", "933", "825"))
                    .select("old_la_code", "time_period", "la_code")
                    .distinct()
                    .collectAsList();
            Map<String, List<String>> byNumberAndPeriod = codes.stream()
                    .collect(Collectors.groupingBy(
                            row -> row.getString(0) + "/" + row.getLong(1),
                            Collectors.mapping(row -> row.getString(2), Collectors.toList())));
            assertThat(byNumberAndPeriod).as(table).isNotEmpty();
            byNumberAndPeriod.forEach((key, laCodes) ->
                    assertThat(laCodes).as(table + " " + key).containsExactly(canonical.get(key.substring(0, 3))));
        }
    }

    @Test
    void keepsDfeSymbolsAsMissingWithTheirReason() {
        // England 2019: DfE did not publish the over-20-weeks-under-a-year split ("x").
        Row england2019 = table("dfe_timeliness_20_week")
                .filter(col("geographic_level")
                        .equalTo("National")
                        .and(col("time_period").equalTo(2019)))
                .select(
                        col("plans_issued_gt20weeks_ltYear"),
                        col("missing_reasons").getItem("plans_issued_gt20weeks_ltYear"))
                .first();
        assertThat(england2019.isNullAt(0)).isTrue();
        assertThat(england2019.getString(1)).isEqualTo("not available (x)");
    }

    @Test
    void keepsPublishedNegativeResidualsOfAnnualReviews() {
        // DfE's review_decision_outstanding is a residual and is negative in 1,717 published rows.
        assertThat(table("dfe_annual_reviews")
                        .filter(col("review_decision_outstanding").lt(0))
                        .count())
                .isEqualTo(1_717L);
    }

    @Test
    void recordsProvenanceOnEveryRow() {
        Row first = table("dfe_timeliness_20_week")
                .orderBy(Provenance.SOURCE_ROW)
                .select(Provenance.SOURCE_FILE, Provenance.SOURCE_ROW, Provenance.INGEST_RUN_ID, "time_period")
                .first();
        assertThat(first.getString(0)).isEqualTo("timeliness_20_week.csv");
        assertThat(first.getLong(1)).isEqualTo(2L);
        assertThat(first.getString(2)).isEqualTo(summary.runId());
        assertThat(first.getLong(3)).isEqualTo(2019L);
    }

    @Test
    void writesSummaryAndRejectionsFiles() throws IOException {
        Path run = warehouse.resolve("runs").resolve(summary.runId());
        RunSummary written =
                WarehouseJson.JSON.readValue(run.resolve("summary.json").toFile(), RunSummary.class);
        assertThat(written.sources()).hasSameSizeAs(summary.sources());
        assertThat(written.status()).isEqualTo(RunSummary.COMMITTED);
        assertThat(Files.readAllLines(run.resolve("rejections.csv")).get(0))
                .isEqualTo("file,row,column,rule,value,message");
    }

    @Test
    void aRunThatFailsPartWayLeavesThePublishedTablesUnchanged(@TempDir Path input) throws IOException {
        Path table = warehouse.resolve("dfe_sen2_dmo_dco");
        List<Row> before = spark().read().parquet(table.toString()).collectAsList();
        Files.copy(RealData.folder("dfe-ehcp-2025").resolve("sen2_dmo_dco.csv"), input.resolve("sen2_dmo_dco.csv"));
        Files.writeString(input.resolve("sen2_dmo_dco_2026.csv"), "not,a,dfe,file\n");

        assertThatThrownBy(() -> run(input.toString(), warehouse.toString(), step -> {
                    if (step.equals("before commit")) {
                        throw new IllegalStateException("killed before commit");
                    }
                }))
                .isInstanceOf(IngestException.class)
                .hasMessageEndingWith(
                        "failed; the warehouse's tables are unchanged: killed before commit (IllegalStateException)");

        List<Row> after = spark().read().parquet(table.toString()).collectAsList();
        assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        assertThat(warehouse.resolve("_work")).isEmptyDirectory();
    }

    @Test
    void reRunningOnTheSameInputYieldsTheSameTable(@TempDir Path input, @TempDir Path otherWarehouse)
            throws IOException {
        Files.copy(RealData.folder("dfe-ehcp-2025").resolve("sen2_dmo_dco.csv"), input.resolve("sen2_dmo_dco.csv"));
        run(input.toString(), otherWarehouse.toString(), step -> {});
        Dataset<Row> first =
                comparable(otherWarehouse.resolve("dfe_sen2_dmo_dco")).cache();
        first.count();
        run(input.toString(), otherWarehouse.toString(), step -> {});
        Dataset<Row> second = comparable(otherWarehouse.resolve("dfe_sen2_dmo_dco"));
        assertThat(first.exceptAll(second).count()).isZero();
        assertThat(second.exceptAll(first).count()).isZero();
        assertThat(second.count()).isEqualTo(1_064L);
    }

    /** A table without its run id, and with its map column as JSON, since Spark cannot compare maps. */
    private static Dataset<Row> comparable(Path table) {
        return spark().read()
                .parquet(table.toString())
                .drop(Provenance.INGEST_RUN_ID)
                .withColumn("missing_reasons", org.apache.spark.sql.functions.to_json(col("missing_reasons")));
    }
}
