package org.sendacc.analytics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Ofsted's official statistics of area SEND inspections (2016-2022 framework), ingested and published: each
 * inspected LA has 1 where a written statement of action was required, in the year its inspection began. Ofsted's
 * table has 149 areas, 82 with a statement.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealInspectionsTest {
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
                "ofsted-area-send-inspections/Area_SEND_inspection_data_01_May_2016_to_31_August_2022.ods",
                "ofsted-area-send-inspections/ofsted_csc_send_overview.xlsx",
                "ofsted-area-send-inspections/mi_ofsted_winter_2223.csv");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    @Test
    void the2023OutcomeIsTheScrapesGradeInTheYearOfTheReport() {
        // Birmingham's report of 15 August 2025: grade 2; Slough's grade is "nan" in the scrape, so no value but why
        Row birmingham = PublishedSnapshots.row(indicators, "area_send_inspection_outcome", "d2i", "E08000025", "2025");
        assertThat(PublishedSnapshots.number(birmingham, "value")).isEqualTo(2.0);
        // the scrape's publication_date 15/08/25 and inspection_link, read off the workbook
        assertThat(birmingham.getDate(birmingham.fieldIndex("published_date")).toLocalDate())
                .isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(birmingham.getString(birmingham.fieldIndex("evidence_url")))
                .isEqualTo("https://files.ofsted.gov.uk/v1/file/50284703");
        Row slough = PublishedSnapshots.row(indicators, "area_send_inspection_outcome", "d2i", "E06000039", "2025");
        assertThat(slough.isNullAt(slough.fieldIndex("value"))).isTrue();
        assertThat(slough.getString(slough.fieldIndex("no_value_reason"))).isEqualTo("not given in the scrape (nan)");
        assertThat(indicators
                        .filter(col("indicator_id")
                                .equalTo("area_send_inspection_outcome")
                                .and(col("source").equalTo("d2i"))
                                .and(col("area_level").equalTo("la"))
                                .and(col("value").isNotNull()))
                        .count())
                .isEqualTo(71);
    }

    @Test
    void ofstedsOwnFirstOutcomesAreASeriesApartFromTheScrape() {
        // Hertfordshire's report of 10 November 2023 in Ofsted's management information: widespread failings (3)
        Row hertfordshire =
                PublishedSnapshots.row(indicators, "area_send_inspection_outcome", "ofsted", "E10000015", "2023");
        assertThat(PublishedSnapshots.number(hertfordshire, "value")).isEqualTo(3.0);
        assertThat(hertfordshire
                        .getDate(hertfordshire.fieldIndex("published_date"))
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2023, 11, 10));
        // DfE's CSV of the management information says "Report webpage" where Ofsted had a link: no address
        assertThat(hertfordshire.isNullAt(hertfordshire.fieldIndex("evidence_url")))
                .isTrue();
    }

    @Test
    void eightyTwoLasHadAWrittenStatementOfAction() {
        Dataset<Row> las = indicators.filter(col("indicator_id")
                .equalTo("area_send_inspection_wsoa")
                .and(col("area_level").equalTo("la"))
                .and(col("source").equalTo("ofsted")));
        assertThat(las.filter(col("value").equalTo(1.0)).count()).isEqualTo(82);
        assertThat(las.filter(col("value").equalTo(0.0)).count()).isEqualTo(67);
        // Barnsley, inspected from 20 September 2021 under its old code, is in 2021 under its current one
        Row barnsley = PublishedSnapshots.row(indicators, "area_send_inspection_wsoa", "ofsted", "E08000038", "2021");
        assertThat(PublishedSnapshots.number(barnsley, "value")).isEqualTo(1.0);
        assertThat(barnsley.getDate(barnsley.fieldIndex("published_date")).toLocalDate())
                .isEqualTo(LocalDate.of(2021, 11, 24));
        assertThat(barnsley.getString(barnsley.fieldIndex("partner"))).isEqualTo("joint");
    }

    /**
     * England's yes or no is a count of LAs, published with its counts so that the page can say "x of y LAs" rather
     * than "Yes" for a majority: over the years of the table, 82 of the 149 areas inspected.
     */
    @Test
    void englandsWrittenStatementsAreCountsOfLas() {
        List<Row> england = indicators
                .filter(col("indicator_id")
                        .equalTo("area_send_inspection_wsoa")
                        .and(col("area_code").equalTo("E92000001")))
                .collectAsList();
        double numerators = 0;
        double denominators = 0;
        for (Row year : england) {
            numerators +=
                    year.isNullAt(year.fieldIndex("numerator")) ? 0 : PublishedSnapshots.number(year, "numerator");
            denominators +=
                    year.isNullAt(year.fieldIndex("denominator")) ? 0 : PublishedSnapshots.number(year, "denominator");
        }
        assertThat(numerators).isEqualTo(82.0);
        assertThat(denominators).isEqualTo(149.0);
    }
}
