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
 * The LA analysts' network's re-publication of DfE's persistent absence (enrolments_pa_10_exact_percent.json),
 * ingested and published as {@code persistent_absence_ehcp} and {@code persistent_absence_sen_support}, all phases.
 * Expected values are the file's own records: Leeds 2024/25 34.29229% with an EHC plan and 29.091762% with SEN support;
 * Kirklees 2018/19 26.290801% with an EHC plan; 153 LAs with an EHC plan figure in 2024/25; no England figure.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealPersistentAbsenceTest {
    static final String EHCP = "persistent_absence_ehcp";
    static final String SUPPORT = "persistent_absence_sen_support";

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
                "d2i-send-attendance/enrolments_pa_10_exact_percent.json",
                "d2i-send-attendance/overall_absence_perc.json");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    private static Row row(String indicator, String area, String period) {
        return PublishedSnapshots.row(indicators, indicator, "d2i_attendance", area, period);
    }

    @Test
    void publishesTheRecordsPercentagesForAllPhases() {
        Row leeds = row(EHCP, "E08000035", "202425");
        assertThat(PublishedSnapshots.number(leeds, "value")).isCloseTo(34.29229, within(1e-9));
        assertThat(leeds.getString(leeds.fieldIndex("period_label"))).isEqualTo("2024/25");
        assertThat(PublishedSnapshots.number(row(SUPPORT, "E08000035", "202425"), "value"))
                .isCloseTo(29.091762, within(1e-9));
        assertThat(PublishedSnapshots.number(row(EHCP, "E08000034", "201819"), "value"))
                .isCloseTo(26.290801, within(1e-9));
        assertThat(indicators
                        .filter(col("indicator_id").equalTo(EHCP))
                        .filter(col("area_level")
                                .equalTo("la")
                                .and(col("period").equalTo("202425")))
                        .filter(col("value").isNotNull())
                        .count())
                .isEqualTo(153);
    }

    @Test
    void theOverallAbsenceFileIsIngestedBesideItAndNotTakenForPersistentAbsence() throws IOException {
        // all 6,763 + 2,278 records accepted; the overall absence (2025/26 autumn term) is no persistent absence figure
        assertThat(PublishedSnapshots.rejections(warehouse)).hasSize(1);
        assertThat(indicators
                        .filter(col("indicator_id").equalTo(EHCP))
                        .filter(col("period").equalTo("202526"))
                        .count())
                .isZero();
    }

    @Test
    void noEnglandRegionOrFootprintFigureIsMadeUpFromTheLas() {
        for (String area : new String[] {"E92000001", "E12000003", "E54000054"}) {
            Row aggregate = row(EHCP, area, "202425");
            assertThat(aggregate.isNullAt(aggregate.fieldIndex("value")))
                    .as(area)
                    .isTrue();
            assertThat(aggregate.isNullAt(aggregate.fieldIndex("no_value_reason")))
                    .as(area)
                    .isFalse();
        }
        Row leeds = row(EHCP, "E08000035", "202425");
        assertThat(leeds.isNullAt(leeds.fieldIndex("england_value"))).isTrue();
    }
}
