package org.sendacc.analytics;

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
 * DfE's Key Stage 4 performance by pupil characteristics, 2018/19 (revised), read from its workbook and published as
 * {@code ks4_attainment8_*} and {@code ks4_progress8_*}. Expected values are the workbook's own rows of the "SEN
 * status" breakdown whose other characteristics are all Total: England with an EHC plan ("SEN State EHC") Attainment 8
 * 13.7 and Progress 8 -1.17 (95% CI -1.19 to -1.16), with no SEN 50.1 and 0.08; Leeds with an EHC plan 10.3 and -1.48
 * (-1.65 to -1.32), with no SEN 48.8.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealKs4Test {
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
                "dfe-ks4-characteristics/201819_LA_characteristics_data_including_sen_description.xlsx");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    private static Row row(String indicator, String area) {
        return PublishedSnapshots.row(indicators, indicator, "dfe_ees", area, "201819");
    }

    @Test
    void everyRowOfTheWorkbookIsAccepted() throws IOException {
        assertThat(PublishedSnapshots.rejections(warehouse)).hasSize(1);
    }

    @Test
    void englandsAttainment8WithAnEhcPlanIsTheWorkbooksEnglandRow() {
        Row england = row("ks4_attainment8_ehcp", "E92000001");
        assertThat(PublishedSnapshots.number(england, "value")).isCloseTo(13.7, within(1e-9));
        assertThat(PublishedSnapshots.number(england, "no_sen_value")).isCloseTo(50.1, within(1e-9));
        assertThat(PublishedSnapshots.number(england, "gap_to_no_sen")).isCloseTo(13.7 - 50.1, within(1e-9));
        assertThat(england.getString(england.fieldIndex("period_label"))).isEqualTo("2018/19");
        assertThat(PublishedSnapshots.number(row("ks4_attainment8_sen_support", "E92000001"), "value"))
                .isCloseTo(32.6, within(1e-9));
    }

    @Test
    void londonIsOneRegionThoughTheWorkbookGivesInnerAndOuterLondonItsCode() {
        // The workbook's regional rows "London" (15.6, 3,139 pupils), "Inner London" (15.4, 1,171) and "Outer London"
        // (15.8, 1,968) all carry E12000007; only London is the region.
        Row london = row("ks4_attainment8_ehcp", "E12000007");
        assertThat(PublishedSnapshots.number(london, "value")).isCloseTo(15.6, within(1e-9));
    }

    @Test
    void progress8KeepsDfesOwnIntervalAndIsComparedByIt() {
        Row england = row("ks4_progress8_ehcp", "E92000001");
        assertThat(PublishedSnapshots.number(england, "value")).isCloseTo(-1.17, within(1e-9));
        assertThat(PublishedSnapshots.number(england, "lower_ci95")).isCloseTo(-1.19, within(1e-9));
        assertThat(PublishedSnapshots.number(england, "upper_ci95")).isCloseTo(-1.16, within(1e-9));
        Row leeds = row("ks4_progress8_ehcp", "E08000035");
        assertThat(PublishedSnapshots.number(leeds, "value")).isCloseTo(-1.48, within(1e-9));
        assertThat(PublishedSnapshots.number(leeds, "lower_ci95")).isCloseTo(-1.65, within(1e-9));
        assertThat(PublishedSnapshots.number(leeds, "upper_ci95")).isCloseTo(-1.32, within(1e-9));
        // the 99.8% upper limit: -1.48 + 0.16 x 3.0902 / 1.9600 = -1.2277, still below England's -1.17
        assertThat(PublishedSnapshots.number(leeds, "upper_ci998")).isCloseTo(-1.2277, within(1e-4));
        assertThat(leeds.getString(leeds.fieldIndex("comparison_england"))).isEqualTo("worse_99.8");
        // DfE's averages have no counts behind them in the snapshot
        assertThat(leeds.isNullAt(leeds.fieldIndex("numerator"))).isTrue();
    }

    @Test
    void anLasGapIsToItsOwnPupilsWithNoSen() {
        Row leeds = row("ks4_attainment8_ehcp", "E08000035");
        assertThat(PublishedSnapshots.number(leeds, "value")).isCloseTo(10.3, within(1e-9));
        assertThat(PublishedSnapshots.number(leeds, "no_sen_value")).isCloseTo(48.8, within(1e-9));
        assertThat(PublishedSnapshots.number(leeds, "gap_to_no_sen")).isCloseTo(10.3 - 48.8, within(1e-9));
        Row footprint = row("ks4_attainment8_ehcp", "E54000054");
        assertThat(footprint.isNullAt(footprint.fieldIndex("value"))).isTrue();
    }
}
