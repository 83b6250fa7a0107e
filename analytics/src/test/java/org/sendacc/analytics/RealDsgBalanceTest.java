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
 * DfE's derived DSG cumulative balances (dsg_deficit_derived.xlsx, 2019-20 to 2021-22), ingested by name and published
 * as {@code dsg_cumulative_balance_pct}. Expected values are the file's own cells: Leeds -0.49 in 2019-20 and 0.02 in
 * 2021-22; England -2.26 and the East of England -1.36 in 2021-22; Cambridgeshire -7.33 and Norfolk -7.76 in 2021-22.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealDsgBalanceTest {
    static final String ID = "dsg_cumulative_balance_pct";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static Dataset<Row> indicators;

    @BeforeAll
    static void ingestAndPublish() throws IOException {
        Manifest manifest =
                PublishedSnapshots.ingestAndPublish(input, warehouse, "dfe-dsg-deficits/dsg_deficit_derived.xlsx");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    private static Row row(String area, String period) {
        return PublishedSnapshots.row(indicators, ID, "dfe_s251", area, period);
    }

    private static double value(Row row) {
        return PublishedSnapshots.number(row, "value");
    }

    @Test
    void publishesTheFilesOwnPercentagesForLasRegionsAndEngland() {
        assertThat(value(row("E08000035", "201920"))).isCloseTo(-0.49, within(1e-9));
        assertThat(value(row("E08000035", "202122"))).isCloseTo(0.02, within(1e-9));
        assertThat(value(row("E92000001", "202122"))).isCloseTo(-2.26, within(1e-9));
        assertThat(value(row("E12000006", "202122"))).isCloseTo(-1.36, within(1e-9));
        Row leeds = row("E08000035", "202122");
        assertThat(leeds.getString(leeds.fieldIndex("period_label"))).isEqualTo("2021-22");
        assertThat(leeds.getDouble(leeds.fieldIndex("england_value"))).isCloseTo(-2.26, within(1e-9));
        // no interval: the counts behind the percentage are not published
        assertThat(leeds.isNullAt(leeds.fieldIndex("numerator"))).isTrue();
    }

    @Test
    void everyLaNamedInTheFileIsMatchedToItsCode() {
        // 448 LA rows over three years, every name matched (the ingest rejects a name it cannot match)
        assertThat(indicators
                        .filter(col("indicator_id")
                                .equalTo(ID)
                                .and(col("area_level").equalTo("la")))
                        .filter(col("value").isNotNull())
                        .count())
                .isEqualTo(448);
    }

    @Test
    void aDeeperDeficitRanksLowerAndNoFootprintIsMadeUp() {
        Row cambridgeshire = row("E10000003", "202122");
        Row norfolk = row("E10000020", "202122");
        assertThat(norfolk.getInt(norfolk.fieldIndex("rank")))
                .isGreaterThan(cambridgeshire.getInt(cambridgeshire.fieldIndex("rank")));
        Row westYorkshire = row("E54000054", "202122");
        assertThat(westYorkshire.isNullAt(westYorkshire.fieldIndex("value"))).isTrue();
        assertThat(westYorkshire.getString(westYorkshire.fieldIndex("no_value_reason")))
                .startsWith("not published for ICB footprints");
    }
}
