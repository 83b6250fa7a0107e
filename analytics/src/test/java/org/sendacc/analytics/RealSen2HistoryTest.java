package org.sendacc.analytics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.contract.snapshot.Revision;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * DfE's EHC plan series back to 2014: the older release's wide file (sen2_mi.csv, 2014-2022) beside the newer
 * release (2019-2024). Expected values are the older file's own: every LA's 2014-2018 20-week rates as it publishes
 * them (Leeds 2017: 96.6% including exceptions, 96.8% excluding); refusals as its counts (Leeds 2018: 386 of 1,179).
 * Where both releases give a year the newer wins (Leeds 2020: 500 of 563, the newer file's counts). A script
 * independent of this code compared the two releases' counts and rates for 2019-2022 and found two differences only:
 * the Isles of Scilly (E06000053) in 2022, where the older file gives a rate of 0.0 and the newer none (no plans),
 * with and without exceptions.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealSen2HistoryTest {
    static final String INCLUDING = "ehcp_20wk_incl_exceptions";
    static final String EXCLUDING = "ehcp_20wk_excl_exceptions";
    static final String REFUSED = "ehc_requests_refused";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static Manifest manifest;
    static Dataset<Row> indicators;

    @BeforeAll
    static void ingestAndPublish() throws IOException {
        manifest = PublishedSnapshots.ingestAndPublish(
                input,
                warehouse,
                "dfe-sen2-2014-2022/sen2_mi.csv",
                "dfe-ehcp-2025/timeliness_20_week.csv",
                "dfe-ehcp-2025/requests.csv");
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    private static Row row(String indicator, String area, String period) {
        return PublishedSnapshots.row(indicators, indicator, "dfe_ees", area, period);
    }

    @Test
    void everyLasOlderYearsAreTheOlderFilesOwnRates() throws IOException {
        List<CSVRecord> older = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(
                RealData.folder("dfe-sen2-2014-2022").resolve("sen2_mi.csv"), StandardCharsets.UTF_8)) {
            CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .forEach(older::add);
        }
        List<Row> published = indicators
                .filter(col("indicator_id").equalTo(INCLUDING))
                .filter(col("area_level").equalTo("la"))
                .filter(col("period").lt("2019"))
                .collectAsList();
        java.util.Map<String, Row> byKey = new java.util.HashMap<>();
        published.forEach(row -> byKey.put(
                row.getString(row.fieldIndex("area_code")) + "/" + row.getString(row.fieldIndex("period")), row));
        int checked = 0;
        for (CSVRecord record : older) {
            String period = record.get(0); // time_period (its header may carry the file's byte-order mark)
            if (!record.get("geographic_level").equals("Local authority") || period.compareTo("2019") >= 0) {
                continue;
            }
            String rate = record.get("inc_exc_20week_rate");
            if (rate.equals("z")) {
                continue;
            }
            Row row = byKey.values().stream()
                    .filter(candidate ->
                            candidate.getString(candidate.fieldIndex("period")).equals(period)
                                    && record.get("la_name")
                                            .equals(candidate.getString(candidate.fieldIndex("area_name"))))
                    .findFirst()
                    .orElse(null);
            if (row == null) {
                // an LA the reference tables name differently: found by code instead
                row = byKey.get(record.get("new_la_code") + "/" + period);
            }
            assertThat(row).as(record.get("la_name") + " " + period).isNotNull();
            assertThat(PublishedSnapshots.number(row, "value"))
                    .as(record.get("la_name") + " " + period)
                    .isCloseTo(Double.parseDouble(rate), within(1e-9));
            checked++;
        }
        // 2014: 78 LAs with a rate; 2015 to 2018: 152 each
        assertThat(checked).isEqualTo(78 + 4 * 152);
    }

    @Test
    void everyRowOfTheOlderFileIsAccepted() throws IOException {
        assertThat(PublishedSnapshots.rejections(warehouse)).noneMatch(line -> line.startsWith("sen2_mi.csv,"));
        assertThat(indicators
                        .filter(col("indicator_id").equalTo(REFUSED))
                        .filter(col("period").equalTo("2016"))
                        .filter(col("area_level").equalTo("la"))
                        .filter(col("value").isNotNull())
                        .count())
                .as("every LA of 2016 has its refusals")
                .isEqualTo(152);
    }

    @Test
    void leedsSeriesRunsFrom2014WithTheNewerReleaseFrom2019() {
        Row leeds2017 = row(INCLUDING, "E08000035", "2017");
        assertThat(PublishedSnapshots.number(leeds2017, "value")).isCloseTo(96.6, within(1e-9));
        assertThat(leeds2017.isNullAt(leeds2017.fieldIndex("lower_ci95"))).isTrue();
        assertThat(leeds2017.isNullAt(leeds2017.fieldIndex("numerator"))).isTrue();
        assertThat(leeds2017.getString(leeds2017.fieldIndex("evidence_url")))
                .endsWith("/education-health-and-care-plans/2022");
        assertThat(PublishedSnapshots.number(row(EXCLUDING, "E08000035", "2017"), "value"))
                .isCloseTo(96.8, within(1e-9));
        Row leeds2020 = row(INCLUDING, "E08000035", "2020");
        assertThat(PublishedSnapshots.number(leeds2020, "numerator")).isEqualTo(500.0);
        assertThat(PublishedSnapshots.number(leeds2020, "denominator")).isEqualTo(563.0);
        assertThat(indicators
                        .filter(col("indicator_id").equalTo(INCLUDING))
                        .filter(col("area_code").equalTo("E08000035"))
                        .count())
                .as("2014 to 2024, one row a year")
                .isEqualTo(11);
    }

    @Test
    void refusalsHaveCountsAndTheTrendUsesTheOlderYearsWithinTheSeries() {
        Row leeds2018 = row(REFUSED, "E08000035", "2018");
        assertThat(PublishedSnapshots.number(leeds2018, "numerator")).isEqualTo(386.0);
        assertThat(PublishedSnapshots.number(leeds2018, "denominator")).isEqualTo(1179.0);
        assertThat(PublishedSnapshots.number(leeds2018, "value")).isCloseTo(32.7396, within(1e-4));
        assertThat(leeds2018.isNullAt(leeds2018.fieldIndex("lower_ci95"))).isFalse();
        // 2016 to 2018 have counts (2014 and 2015 have no initial requests): three points
        assertThat(leeds2018.getInt(leeds2018.fieldIndex("trend_points"))).isEqualTo(3);
        // 2022 is after 2019's newer figures and before the 2023 break: 2018 to 2022, five points
        Row leeds2022 = row(REFUSED, "E08000035", "2022");
        assertThat(leeds2022.getInt(leeds2022.fieldIndex("trend_points"))).isEqualTo(5);
    }

    @Test
    void theDifferencesBetweenTheReleasesAreListedAsRevisions() {
        assertThat(manifest.revisions())
                .extracting(revision -> revision.indicatorId() + " " + revision.areaCode() + " " + revision.period()
                        + " " + revision.measure() + " " + revision.older() + " " + revision.newer())
                .containsExactlyInAnyOrder(
                        INCLUDING + " E06000053 2022 inc_exc_20week_rate 0.0 null",
                        EXCLUDING + " E06000053 2022 no_exc_20week_rate 0.0 null");
        assertThat(manifest.revisions()).extracting(Revision::indicatorId).doesNotContain(REFUSED);
    }
}
