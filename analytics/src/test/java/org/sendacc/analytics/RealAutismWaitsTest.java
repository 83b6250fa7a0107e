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
import org.sendacc.testing.Tiers;

/**
 * NHS England's Autism Statistics, July to September 2022 by Sub-ICB Location, read straight from the publisher's
 * {@code .csv.gz} and published as {@code autism_open_13wk_0_17} (ASD16c over ASD16b).
 *
 * <p>Expected values were worked out from the file with a short script independent of this code: keep the rows whose
 * SECONDARY_LEVEL is NONE, map each PRIMARY_LEVEL through ONS's SICBL22 lookup to its ICB, leave out a location whose
 * ASD16b or ASD16c is "*" (07G every month; 01D in July, 01V in August and September), and add up. England (every
 * location, UNKNOWN included): July 64,495 of 76,160 (84.68%), August 66,585 of 75,890, September 67,795 of 76,250.
 * North East and North Cumbria (QHM), July: 6,665 of 8,370. Surrey Heartlands (QXU), September: 985 of 1,070.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealAutismWaitsTest {
    static final String ID = "autism_open_13wk_0_17";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static Dataset<Row> indicators;

    @BeforeAll
    static void ingestAndPublish() throws IOException {
        Manifest manifest = PublishedSnapshots.ingestAndPublish(
                input, warehouse, "nhs-autism-statistics/AutismStatsDec22_subICB.csv.gz");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    private static Row row(String area, String month) {
        return PublishedSnapshots.row(indicators, ID, "nhs_autism", area, month);
    }

    private static void assertCounts(Row row, double numerator, double denominator) {
        assertThat(PublishedSnapshots.number(row, "numerator")).isEqualTo(numerator);
        assertThat(PublishedSnapshots.number(row, "denominator")).isEqualTo(denominator);
        assertThat(PublishedSnapshots.number(row, "value")).isCloseTo(100 * numerator / denominator, within(1e-9));
    }

    @Test
    void englandIsTheSumOfEveryPublishedLocation() {
        assertCounts(row("E92000001", "2022-07"), 64_495, 76_160);
        assertCounts(row("E92000001", "2022-08"), 66_585, 75_890);
        assertCounts(row("E92000001", "2022-09"), 67_795, 76_250);
    }

    @Test
    void anIcbIsTheSumOfItsSubIcbLocations() {
        assertCounts(row("E54000050", "2022-07"), 6_665, 8_370);
        // Surrey Heartlands: its 2024 code E54000063, its location 92A on either boundaries
        assertCounts(row("E54000063", "2022-09"), 985, 1_070);
        assertThat(indicators
                        .filter(col("indicator_id").equalTo(ID))
                        .filter(col("area_level").equalTo("icb"))
                        .filter(col("value").isNotNull())
                        .count())
                .as("42 ICBs x 3 months")
                .isEqualTo(126);
    }

    @Test
    void anLaGetsItsIcbsFigureAsAnApportionedEstimate() {
        // Leeds is wholly in West Yorkshire ICB (QWO): its share is the ICB's figure, marked apportioned
        Row leeds = row("E08000035", "2022-07");
        assertThat(leeds.getBoolean(leeds.fieldIndex("apportioned"))).isTrue();
        assertThat(PublishedSnapshots.number(leeds, "value")).isCloseTo(100.0 * 1_570 / 2_035, within(1e-9));
    }

    @Test
    void theStrayOneDayPeriodIsRejectedByRowAndRule() throws IOException {
        List<String> rejections = PublishedSnapshots.rejections(warehouse);
        assertThat(rejections).hasSize(2);
        assertThat(rejections.get(1))
                .startsWith("AutismStatsDec22_subICB.csv.gz,")
                .contains(",REPORTING_PERIOD_END,period.not_a_month,01/07/2022-01/07/2022,");
    }
}
