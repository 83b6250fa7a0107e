package org.sendacc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.ingest.nhs.CommunityWaitingListSource;
import org.sendacc.ingest.source.Provenance;
import org.sendacc.rules.contract.Contract;
import org.sendacc.testing.SharedSpark;
import org.sendacc.testing.Tiers;

/**
 * NHS England publishes waiting lists by ICB, never by LA, and Hampshire straddles two ICBs (Frimley, QNQ, and
 * Hampshire and Isle of Wight, QRL). A tiny waiting-list table in the warehouse's own schema, for October 2023, is
 * published by the real job; Hampshire's figures must be the population-share apportionment of its two ICBs',
 * worked out here by hand from sample-data/reference/la_icb_membership.csv:
 *
 * <pre>
 * QNQ 0-25 population = 39,017 (Bracknell Forest) + 56,011 (Slough) + 45,606 (Windsor and Maidenhead)
 *                     + 50,189 (Hampshire's part) + 49,265 (Surrey's part)              = 240,088
 * QRL 0-25 population = 78,917 (Portsmouth) + 96,613 (Southampton) + 35,041 (Isle of Wight)
 *                     + 344,767 (Hampshire's part)                                      = 555,338
 * Hampshire's share of QNQ = 50,189 / 240,088 = 0.2090441838; of QRL = 344,767 / 555,338 = 0.6208237146
 * </pre>
 *
 * The ICB figures (children's SLT): QNQ 300 waiting 18-52 weeks and 60 over 52 weeks of 1,200; QRL 1,500 and 500 of
 * 5,000; QXU (Surrey Heartlands) has its 18-52 band blank; England 2,600 and 500 of 10,000.
 */
@Tag(Tiers.SPARK)
class IcbApportionmentTest {
    static final String SLT = "Therapy interventions: Speech and language";
    static final String OCTOBER_2023 = "2023-10";
    static final String HAMPSHIRE = "E10000014";
    static final String SLOUGH = "E06000039";
    static final String SURREY = "E10000030";
    static final String FRIMLEY_ICB = "E54000034";
    static final String SOUTH_EAST = "E12000008";

    @TempDir
    static Path warehouse;

    static Dataset<Row> indicators;
    static Dataset<Row> restricted;

    static SparkSession spark() {
        return SharedSpark.session();
    }

    @BeforeAll
    static void writeTheTableAndPublish() throws IOException {
        List<Row> rows = new ArrayList<>();
        rows.add(waiting("England", null, null, "children", SLT, "total", 10_000L));
        rows.add(waiting("England", null, null, "children", SLT, "18-52", 2_600L));
        rows.add(waiting("England", null, null, "children", SLT, "52+", 500L));
        rows.add(waiting("ICB", "QNQ", "QNQ", "children", SLT, "total", 1_200L));
        rows.add(waiting("ICB", "QNQ", "QNQ", "children", SLT, "18-52", 300L));
        rows.add(waiting("ICB", "QNQ", "QNQ", "children", SLT, "52+", 60L));
        rows.add(waiting("ICB", "QNQ", "QNQ", "children", SLT, "12-18", 400L)); // not a band counted
        rows.add(waiting("ICB", "QRL", "QRL", "children", SLT, "total", 5_000L));
        rows.add(waiting("ICB", "QRL", "QRL", "children", SLT, "18-52", 1_500L));
        rows.add(waiting("ICB", "QRL", "QRL", "children", SLT, "52+", 500L));
        rows.add(waiting("ICB", "QRL", "QRL", "adult", SLT, "total", 9_999L)); // adults: not counted
        rows.add(waiting("ICB", "QXU", "QXU", "children", SLT, "total", 2_000L));
        rows.add(waiting("ICB", "QXU", "QXU", "children", SLT, "18-52", null));
        rows.add(waiting("ICB", "QXU", "QXU", "children", SLT, "52+", 100L));
        rows.add(waiting("Provider", "RZ1", null, "children", SLT, "total", 777L)); // providers: not counted
        spark().createDataFrame(rows, schema())
                .write()
                .parquet(warehouse.resolve("nhs_community_waiting_list").toString());

        Manifest manifest = PublishedSnapshots.publish(warehouse);
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
        restricted = PublishedSnapshots.restricted(warehouse, manifest);
    }

    /** The warehouse table's schema, as the ingest writes it: the contract's columns, then provenance. */
    private static StructType schema() {
        return Provenance.tableSchema(CommunityWaitingListSource.source().contract());
    }

    private static Row waiting(
            String level, String code, String icb, String ageGroup, String service, String band, Long count) {
        Map<String, Object> values = new HashMap<>();
        values.put(CommunityWaitingListSource.PERIOD, Date.valueOf("2023-10-01"));
        values.put(CommunityWaitingListSource.SHEET, "Table 4");
        values.put(CommunityWaitingListSource.ORG_LEVEL, level);
        values.put(CommunityWaitingListSource.ORG_CODE, code);
        values.put(CommunityWaitingListSource.ORG_NAME, code == null ? "ENGLAND" : code);
        values.put(CommunityWaitingListSource.ICB_ODS_CODE, icb);
        values.put(CommunityWaitingListSource.AGE_GROUP, ageGroup);
        values.put(CommunityWaitingListSource.SERVICE, service);
        values.put(CommunityWaitingListSource.WEEKS_BAND, band);
        values.put(CommunityWaitingListSource.WAITING, count);
        values.put(
                Contract.MISSING_REASONS,
                count == null ? Map.of(CommunityWaitingListSource.WAITING, "no submission (blank)") : Map.of());
        values.put(Provenance.SOURCE_FILE, "community_health_2023-12-01.xlsx");
        values.put(Provenance.SOURCE_ROW, 6L);
        values.put(Provenance.INGEST_RUN_ID, "test");
        StructType schema = schema();
        Object[] cells = new Object[schema.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = values.get(schema.fields()[i].name());
        }
        return RowFactory.create(cells);
    }

    private static Row row(String indicator, String area) {
        return PublishedSnapshots.row(indicators, indicator, "nhs_cwl", area, OCTOBER_2023);
    }

    /** The row before publication: an estimate's exact shares of its ICBs' counts are kept there. */
    private static Row exact(String indicator, String area) {
        return PublishedSnapshots.row(restricted, indicator, "nhs_cwl", area, OCTOBER_2023);
    }

    private static double number(Row row, String column) {
        return PublishedSnapshots.number(row, column);
    }

    @Test
    void apportionsHampshireFromItsTwoIcbsByPopulationShare() {
        Row hampshire = exact("slt_waiting_over_18wk", HAMPSHIRE);
        // numerator = (300 + 60) x 50,189/240,088 + (1,500 + 500) x 344,767/555,338
        //           = 75.2559061677 + 1,241.6474291332 = 1,316.9033353010
        // denominator = 1,200 x 50,189/240,088 + 5,000 x 344,767/555,338
        //             = 250.8530205591 + 3,104.1185728332 = 3,354.9715933923
        // value = 100 x 1,316.9033353010 / 3,354.9715933923 = 39.2522946512
        double numerator = 360.0 * 50_189 / 240_088 + 2_000.0 * 344_767 / 555_338;
        double denominator = 1_200.0 * 50_189 / 240_088 + 5_000.0 * 344_767 / 555_338;
        assertThat(number(hampshire, "numerator")).isCloseTo(numerator, within(1e-9));
        assertThat(number(hampshire, "numerator")).isCloseTo(1_316.9033353010, within(1e-9));
        assertThat(number(hampshire, "denominator")).isCloseTo(3_354.9715933923, within(1e-9));
        assertThat(number(hampshire, "value")).isCloseTo(100 * numerator / denominator, within(1e-9));
        assertThat(number(hampshire, "value")).isCloseTo(39.2522946512, within(1e-9));
        assertThat(hampshire.getBoolean(hampshire.fieldIndex("apportioned"))).isTrue();
        assertThat(hampshire.getString(hampshire.fieldIndex("area_level"))).isEqualTo("la");
        Row published = row("slt_waiting_over_18wk", HAMPSHIRE);
        assertThat(number(published, "value")).isCloseTo(39.2522946512, within(1e-9));
    }

    @Test
    void publishesAnEstimateWithoutCountsIntervalsComparisonsRankOrTrendTest() {
        Row hampshire = row("slt_waiting_over_18wk", HAMPSHIRE);
        for (String column : List.of(
                "numerator",
                "denominator",
                "lower_ci95",
                "upper_ci95",
                "lower_ci998",
                "upper_ci998",
                "rank",
                "ranked_areas",
                "quartile",
                "neighbours_value")) {
            assertThat(hampshire.isNullAt(hampshire.fieldIndex(column)))
                    .as(column)
                    .isTrue();
        }
        for (String column :
                List.of("comparison_england", "comparison_region", "comparison_neighbours", "comparison_icb")) {
            assertThat(hampshire.getString(hampshire.fieldIndex(column)))
                    .as(column)
                    .isEqualTo("not_compared");
        }
        assertThat(hampshire.getString(hampshire.fieldIndex("trend"))).isEqualTo("not_tested");
        // The ICB's own figure is the measurement: 360 of 1,200 in QNQ has its interval and its rank among ICBs
        // (QNQ 30% and QRL 40% waiting over 18 weeks; lower is better, so QNQ ranks 1st of the two with a figure).
        Row frimley = row("slt_waiting_over_18wk", FRIMLEY_ICB);
        assertThat(frimley.isNullAt(frimley.fieldIndex("lower_ci95"))).isFalse();
        assertThat(frimley.getInt(frimley.fieldIndex("rank"))).isEqualTo(1);
        assertThat(frimley.getLong(frimley.fieldIndex("ranked_areas"))).isEqualTo(2L);
    }

    @Test
    void apportionsHampshiresCountAndItsPopulation() {
        Row hampshire = exact("slt_waiting_over_52wk_count", HAMPSHIRE);
        // count = 60 x 50,189/240,088 + 500 x 344,767/555,338 = 12.5426510280 + 310.4118572833 = 322.9545083113
        // population = 240,088 x 50,189/240,088 + 555,338 x 344,767/555,338 = 50,189 + 344,767 = 394,956
        assertThat(number(hampshire, "numerator")).isCloseTo(322.9545083113, within(1e-9));
        assertThat(number(hampshire, "value")).isCloseTo(322.9545083113, within(1e-9));
        assertThat(number(hampshire, "denominator")).isCloseTo(394_956, within(1e-6));
        assertThat(hampshire.getBoolean(hampshire.fieldIndex("apportioned"))).isTrue();
        // published as a whole number of children: 322.95 rounds to 323
        assertThat(number(row("slt_waiting_over_52wk_count", HAMPSHIRE), "value"))
                .isEqualTo(323.0);
    }

    @Test
    void givesAnLaInsideOneIcbItsIcbsPercentageFlaggedApportioned() {
        Row slough = exact("slt_waiting_over_18wk", SLOUGH);
        // Slough's share of QNQ = 56,011 / 240,088: 360 x that = 83.9857052414 of 1,200 x that = 279.9523508047,
        // which is QNQ's 360 / 1,200 = 30%.
        assertThat(number(slough, "numerator")).isCloseTo(83.9857052414, within(1e-9));
        assertThat(number(slough, "denominator")).isCloseTo(279.9523508047, within(1e-9));
        assertThat(number(slough, "value")).isCloseTo(30.0, within(1e-9));
        assertThat(slough.getBoolean(slough.fieldIndex("apportioned"))).isTrue();
    }

    @Test
    void keepsTheIcbsAndEnglandsOwnFiguresUnapportioned() {
        Row frimley = row("slt_waiting_over_18wk", FRIMLEY_ICB);
        assertThat(frimley.getString(frimley.fieldIndex("area_level"))).isEqualTo("icb");
        assertThat(number(frimley, "numerator")).isEqualTo(360.0); // 300 + 60
        assertThat(number(frimley, "denominator")).isEqualTo(1_200.0);
        assertThat(frimley.getBoolean(frimley.fieldIndex("apportioned"))).isFalse();
        Row england = row("slt_waiting_over_18wk", "E92000001");
        assertThat(number(england, "value")).isCloseTo(31.0, within(1e-9)); // (2,600 + 500) / 10,000
        assertThat(england.getBoolean(england.fieldIndex("apportioned"))).isFalse();
        assertThat(number(row("slt_waiting_over_52wk_count", "E92000001"), "value"))
                .isEqualTo(500.0);
    }

    @Test
    void leavesAnLaWithoutAFigureWhenOneOfItsIcbsHasNone() {
        // Surrey lies in QNQ and QXU; QXU's 18-52 band is blank, so Surrey's share cannot be known.
        Row surrey = row("slt_waiting_over_18wk", SURREY);
        assertThat(surrey.isNullAt(surrey.fieldIndex("value"))).isTrue();
        assertThat(surrey.getString(surrey.fieldIndex("no_value_reason")))
                .startsWith("no figure for NHS Surrey Heartlands Integrated Care Board (QXU), the ICB this local"
                        + " authority belongs to: no submission");
        // The 52+ band alone is complete for QXU, so Surrey's count exists.
        assertThat(row("slt_waiting_over_52wk_count", SURREY).isNullAt(surrey.fieldIndex("value")))
                .isFalse();
    }

    @Test
    void addsUpTheApportionedLasToTheirRegion() {
        // South East LAs with a figure: all four of QRL's LAs (shares of QRL sum to 1) and QNQ's LAs but Surrey
        // (QNQ shares 240,088 - 49,265 = 190,823 of 240,088).
        // numerator = 2,000 + 360 x 190,823/240,088 = 2,286.1295858185
        // denominator = 5,000 + 1,200 x 190,823/240,088 = 5,953.7652860618
        Row southEast = exact("slt_waiting_over_18wk", SOUTH_EAST);
        assertThat(number(southEast, "numerator")).isCloseTo(2_286.1295858185, within(1e-9));
        assertThat(number(southEast, "denominator")).isCloseTo(5_953.7652860618, within(1e-9));
        assertThat(southEast.getBoolean(southEast.fieldIndex("apportioned"))).isTrue();
    }
}
