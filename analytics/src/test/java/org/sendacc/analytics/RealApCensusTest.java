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
 * DfE's AP census (ap_placements_ap_census.csv.gz, read compressed) published as {@code ap_pupils_per_10k_5_15}. With
 * no ONS table in the warehouse, only 2020/21 has a population of its own year: the reference tables' mid-2020 bands
 * 5-10 and 11-15. Worked out by hand from the files: Leeds had 168 pupils aged 5 to 15 in LA-funded AP in 2020/21 (the
 * Total rows of Age 5 to Age 15), against 60,577 + 45,110 = 105,687 residents: 15.896 per 10,000; England 23,858
 * against 7,612,793 (the 153 LAs' bands added up): 31.340.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealApCensusTest {
    static final String ID = "ap_pupils_per_10k_5_15";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static Dataset<Row> indicators;

    @BeforeAll
    static void ingestAndPublish() throws IOException {
        Manifest manifest =
                PublishedSnapshots.ingestAndPublish(input, warehouse, "dfe-ap-census/ap_placements_ap_census.csv.gz");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    private static Row row(String area, String period) {
        return PublishedSnapshots.row(indicators, ID, "dfe_ees", area, period);
    }

    @Test
    void everyRowOfTheCompressedFileIsAccepted() throws IOException {
        assertThat(PublishedSnapshots.rejections(warehouse)).hasSize(1);
        // 151 LAs in 2020/21 (Gateshead and Northumberland under their 2013 codes), less Cumbria and
        // Northamptonshire, which have no mid-2020 population in the reference tables (they no longer exist)
        assertThat(indicators
                        .filter(col("indicator_id").equalTo(ID))
                        .filter(col("period").equalTo("202021"))
                        .filter(col("area_level").equalTo("la"))
                        .filter(col("value").isNotNull())
                        .count())
                .isEqualTo(149);
    }

    @Test
    void pupilsAged5To15PerResidentOfTheSameYear() {
        Row leeds = row("E08000035", "202021");
        assertThat(PublishedSnapshots.number(leeds, "numerator")).isEqualTo(168.0);
        assertThat(PublishedSnapshots.number(leeds, "denominator")).isEqualTo(105_687.0);
        assertThat(PublishedSnapshots.number(leeds, "value")).isCloseTo(15.896, within(1e-3));
        Row england = row("E92000001", "202021");
        assertThat(PublishedSnapshots.number(england, "numerator")).isEqualTo(23_858.0);
        assertThat(PublishedSnapshots.number(england, "value")).isCloseTo(31.340, within(1e-3));
        assertThat(england.getString(england.fieldIndex("period_label"))).isEqualTo("2020/21");
    }

    @Test
    void aYearWithoutItsOwnPopulationHasNoFigureAndSaysWhy() {
        Row leeds = row("E08000035", "202223");
        assertThat(leeds.isNullAt(leeds.fieldIndex("value"))).isTrue();
        assertThat(leeds.getString(leeds.fieldIndex("no_value_reason")))
                .isEqualTo("no estimate of the population aged 5 to 15 for mid-2022 (the same year's population is"
                        + " used, no other)");
    }
}
