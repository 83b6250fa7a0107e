package org.sendacc.analytics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.testing.RealData;
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

    /**
     * Every ICB and month recomputed here from the publisher's file and ONS's lookups alone (not the product's reference
     * tables): Sub-ICB Location to ICB by ONS's July-2022 lookup, ICB to its April-2024 GSS code by ONS's 2024 lookup.
     */
    @Test
    void everyIcbEachMonthIsTheSumOfItsLocationsInTheFile() throws IOException {
        Map<String, String> icbOfLocation = new HashMap<>();
        Map<String, String> codeOfIcb = new HashMap<>();
        for (CSVRecord record : csv(RealData.folder("ons-lookups").resolve("SICBL22_ICB22_NHSER22_EN_LU.csv"), false)) {
            icbOfLocation.put(record.get("SICBL22CDH"), record.get("ICB22CDH"));
        }
        for (CSVRecord record :
                csv(RealData.folder("ons-icb-lookups").resolve("lad24_sicbl24_icb24_overlap.csv"), false)) {
            codeOfIcb.put(record.get("ICB24CDH"), record.get("ICB24CD"));
        }
        // month -> location -> {ASD16c, ASD16b}, null where "*"
        Map<String, Map<String, Double[]>> months = new TreeMap<>();
        for (CSVRecord record :
                csv(RealData.folder("nhs-autism-statistics").resolve("AutismStatsDec22_subICB.csv.gz"), true)) {
            String metric = record.get("METRIC");
            if (!record.get("SECONDARY_LEVEL").equals("NONE")
                    || !(metric.equals("ASD16b") || metric.equals("ASD16c"))
                    || record.get("REPORTING_PERIOD_START").equals(record.get("REPORTING_PERIOD_END"))) {
                continue;
            }
            String start = record.get("REPORTING_PERIOD_START"); // dd/mm/yyyy
            String month = start.substring(6) + "-" + start.substring(3, 5);
            Double[] pair = months.computeIfAbsent(month, key -> new TreeMap<>())
                    .computeIfAbsent(record.get("PRIMARY_LEVEL"), key -> new Double[] {Double.NaN, Double.NaN});
            String value = record.get("METRIC_VALUE");
            pair[metric.equals("ASD16c") ? 0 : 1] = value.equals("*") ? null : Double.valueOf(value);
        }
        int checked = 0;
        for (var month : months.entrySet()) {
            Map<String, double[]> sums = new TreeMap<>();
            month.getValue().forEach((location, pair) -> {
                if (pair[0] != null && pair[1] != null && icbOfLocation.containsKey(location)) {
                    double[] sum = sums.computeIfAbsent(icbOfLocation.get(location), key -> new double[2]);
                    sum[0] += pair[0];
                    sum[1] += pair[1];
                }
            });
            for (var icb : sums.entrySet()) {
                assertCounts(row(codeOfIcb.get(icb.getKey()), month.getKey()), icb.getValue()[0], icb.getValue()[1]);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(42 * 3);
    }

    private static List<CSVRecord> csv(Path file, boolean gzip) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (gzip) {
            in = new GZIPInputStream(in);
        }
        try (Reader reader = new InputStreamReader(new BOMInputStream(in), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
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
