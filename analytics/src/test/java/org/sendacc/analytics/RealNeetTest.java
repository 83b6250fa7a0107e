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
 * DfE's NCCIS dashboard data, 2021 to 2025 (one file a year, UD_NEETNK_LA_dashboard_YYYY.csv), ingested and published
 * as the share of 16 and 17 year olds with an EHC plan, or with SEN support, who are NEET or whose activity is not
 * known. Expected values are the files' own cells: England 2025 10.1% with an EHC plan and 9.6% with SEN support, 8.6%
 * and 8.4% in 2021; Leeds 2025 13.2% and 9.4%, and no EHC plan figure in 2021 (the cell is blank).
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealNeetTest {
    static final String EHCP = "neet_nk_16_17_ehcp";
    static final String SUPPORT = "neet_nk_16_17_sen_support";

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
                "dfe-nccis-neet/UD_NEETNK_LA_dashboard_2021.csv",
                "dfe-nccis-neet/UD_NEETNK_LA_dashboard_2022.csv",
                "dfe-nccis-neet/UD_NEETNK_LA_dashboard_2023.csv",
                "dfe-nccis-neet/UD_NEETNK_LA_dashboard_2024.csv",
                "dfe-nccis-neet/UD_NEETNK_LA_dashboard_2025.csv");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    private static Row row(String indicator, String area, String period) {
        return PublishedSnapshots.row(indicators, indicator, "dfe_ees", area, period);
    }

    @Test
    void publishesTheFilesOwnPercentages() {
        assertThat(PublishedSnapshots.number(row(EHCP, "E92000001", "2025"), "value"))
                .isCloseTo(10.1, within(1e-9));
        assertThat(PublishedSnapshots.number(row(SUPPORT, "E92000001", "2025"), "value"))
                .isCloseTo(9.6, within(1e-9));
        assertThat(PublishedSnapshots.number(row(EHCP, "E92000001", "2021"), "value"))
                .isCloseTo(8.6, within(1e-9));
        assertThat(PublishedSnapshots.number(row(EHCP, "E08000035", "2025"), "value"))
                .isCloseTo(13.2, within(1e-9));
        assertThat(PublishedSnapshots.number(row(SUPPORT, "E08000035", "2025"), "value"))
                .isCloseTo(9.4, within(1e-9));
        Row leeds2025 = row(EHCP, "E08000035", "2025");
        assertThat(leeds2025.getDouble(leeds2025.fieldIndex("england_value"))).isCloseTo(10.1, within(1e-9));
        // no counts are published, so no interval and no test
        assertThat(leeds2025.isNullAt(leeds2025.fieldIndex("lower_ci95"))).isTrue();
        assertThat(leeds2025.getString(leeds2025.fieldIndex("comparison_england")))
                .isEqualTo("not_compared");
    }

    @Test
    void aBlankCellIsNoFigureAndNoFootprintIsMadeUp() {
        Row leeds2021 = row(EHCP, "E08000035", "2021");
        assertThat(leeds2021.isNullAt(leeds2021.fieldIndex("value"))).isTrue();
        assertThat(leeds2021.isNullAt(leeds2021.fieldIndex("no_value_reason"))).isFalse();
        Row westYorkshire = row(EHCP, "E54000054", "2025");
        assertThat(westYorkshire.isNullAt(westYorkshire.fieldIndex("value"))).isTrue();
        assertThat(westYorkshire.getString(westYorkshire.fieldIndex("no_value_reason")))
                .startsWith("not published for ICB footprints");
        // every current LA has a 2025 row, with a value or a reason
        assertThat(indicators
                        .filter(col("indicator_id").equalTo(EHCP))
                        .filter(col("area_level")
                                .equalTo("la")
                                .and(col("period").equalTo("2025")))
                        .filter(col("value").isNull().and(col("no_value_reason").isNull()))
                        .count())
                .isZero();
    }
}
