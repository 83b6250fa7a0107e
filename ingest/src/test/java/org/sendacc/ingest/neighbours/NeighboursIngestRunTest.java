package org.sendacc.ingest.neighbours;

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
import org.sendacc.reference.ReferenceData;
import org.sendacc.testing.RealData;
import org.sendacc.testing.SharedSpark;
import org.sendacc.testing.Tiers;

/**
 * The real statistical neighbours workbook ingested by a real run into a Parquet warehouse. The reference tables'
 * neighbours (sample-data/reference/statistical_neighbours.csv) were built from the same workbook by another
 * route, so the table must hold exactly the same 1,530 (LA, rank, neighbour, closeness) rows.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class NeighboursIngestRunTest {
    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static RunSummary summary;

    @BeforeAll
    static void ingestTheWorkbook() throws IOException {
        Path workbook = RealData.folder("dfe-statistical-neighbours").resolve(RealNeighboursWorkbookTest.FILE);
        Files.copy(workbook, input.resolve(RealNeighboursWorkbookTest.FILE));
        summary = TestRuns.ingest(input, warehouse);
    }

    private static Dataset<Row> table() {
        return TestRuns.table(warehouse, "dfe_statistical_neighbours");
    }

    @Test
    void writesTenNeighboursPerCurrentLa() {
        SourceSummary source = summary.sources().get(0);
        assertThat(source.source()).isEqualTo("dfe.statistical_neighbours");
        assertThat(source.rowsRead()).isEqualTo(1_530L);
        assertThat(source.rejected()).isZero();
        assertThat(table().count()).isEqualTo(1_530L);
    }

    @Test
    void agreesRowForRowWithTheReferenceTablesNeighbours() {
        Dataset<Row> reference = SharedSpark.session()
                .createDataFrame(
                        ReferenceData.bundled().statisticalNeighbours().stream()
                                .map(neighbour -> org.apache.spark.sql.RowFactory.create(
                                        neighbour.laCode(),
                                        (long) neighbour.rank(),
                                        neighbour.neighbourLaCode(),
                                        neighbour.closeness()))
                                .toList(),
                        table().select("la_code", "rank", "neighbour_la_code", "closeness")
                                .schema());
        Dataset<Row> ingested = table().select("la_code", "rank", "neighbour_la_code", "closeness");

        assertThat(ingested.exceptAll(reference).count()).isZero();
        assertThat(reference.exceptAll(ingested).count()).isZero();
    }

    @Test
    void storesTheEditionAsADate() {
        assertThat(table().select(col("edition").cast("string")).distinct().collectAsList())
                .extracting(row -> row.getString(0))
                .containsExactly("2025-05-01");
    }
}
