package org.sendacc.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.year;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.ingest.TestRuns;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.reference.ReferenceData;
import org.sendacc.sample.SampleGenerator;
import org.sendacc.testing.SharedSpark;
import org.sendacc.testing.Tiers;

/**
 * The whole pipeline on a small synthetic sample (2023-2024): generated, ingested and published, so that every
 * indicator of the catalogue is computed from every source that carries it, as the demo does. To keep the test short
 * the person-level returns are cut down to a few LAs and ICBs (the published tables and the workforce returns stay
 * whole); the LAs and ICBs left out must then get a reason, not a gap.
 */
@Tag(Tiers.SPARK)
class GeneratedSampleAnalyticsTest {
    /** Hartlepool, Middlesbrough, Redcar and Cleveland, Stockton-on-Tees, County Durham, Slough, Hampshire. */
    static final Set<String> LAS_KEPT =
            Set.of("E06000001", "E06000002", "E06000003", "E06000004", "E06000047", "E06000039", "E10000014");
    /** North East and North Cumbria, Frimley, Hampshire and Isle of Wight. */
    static final Set<String> ICBS_KEPT = Set.of("QHM", "QNQ", "QRL");

    @TempDir
    static Path sample;

    @TempDir
    static Path warehouse;

    static Manifest manifest;
    static Dataset<Row> indicators;

    static SparkSession spark() {
        return SharedSpark.session();
    }

    @BeforeAll
    static void generateIngestAndPublish() throws IOException {
        SampleGenerator.main(new String[] {"--out", sample.toString(), "--from", "2023", "--to", "2024"});
        keepOnlySomePersonLevelReturns();
        TestRuns.ingest(sample, warehouse);
        manifest = PublishedSnapshots.publish(warehouse);
        indicators = PublishedSnapshots.indicators(warehouse, manifest);
    }

    /** Deletes the per-LA and per-ICB person-level files of every area but the few kept. */
    private static void keepOnlySomePersonLevelReturns() throws IOException {
        List<Path> dropped = new ArrayList<>();
        try (Stream<Path> files = Files.list(sample.resolve("returns"))) {
            files.forEach(file -> {
                String name = file.getFileName().toString();
                String area = name.substring(name.lastIndexOf('_') + 1, name.length() - ".csv".length());
                boolean perLa =
                        name.startsWith("ehc_assessment_records_") || name.startsWith("health_advice_requests_");
                boolean perIcb = name.startsWith("therapy_referrals_");
                if ((perLa && !LAS_KEPT.contains(area)) || (perIcb && !ICBS_KEPT.contains(area))) {
                    dropped.add(file);
                }
            });
        }
        for (Path file : dropped) {
            Files.delete(file);
        }
    }

    @Test
    void computesEveryIndicatorFromEverySourceTheCatalogueNames() {
        Set<String> expected = new TreeSet<>();
        for (Indicator indicator : Catalogues.bundled().indicators()) {
            for (IndicatorSource source : indicator.sources()) {
                expected.add(indicator.id() + " from " + source.source());
            }
        }
        List<String> withValues = indicators
                .filter(col("value").isNotNull())
                .select(col("indicator_id"), col("source"))
                .distinct()
                .collectAsList()
                .stream()
                .map(row -> row.getString(0) + " from " + row.getString(1))
                .toList();
        assertThat(new TreeSet<>(withValues)).containsAll(expected);
        assertThat(manifest.skipped()).isEmpty();
    }

    @Test
    void everyCurrentLaHasOneRowWithAValueOrAReasonPerIndicatorSourceAndPeriod() {
        Dataset<Row> las = indicators.filter(col("area_level").equalTo("la"));
        assertThat(las.filter(col("value").isNull().and(col("no_value_reason").isNull()))
                        .count())
                .isZero();
        assertThat(indicators
                        .groupBy(col("indicator_id"), col("source"), col("period"), col("area_code"))
                        .count()
                        .filter(col("count").gt(1))
                        .count())
                .as("rows repeated for an indicator, source, period and area")
                .isZero();
        // A current LA is expected from the year it was created (Cumberland and Westmorland and Furness: 2023).
        List<LocalAuthority> current = ReferenceData.bundled().localAuthorities().stream()
                .filter(LocalAuthority::isCurrent)
                .toList();
        assertThat(current).hasSize(153);
        List<Row> currentRows = current.stream()
                .map(authority -> RowFactory.create(
                        authority.code(),
                        authority.validFrom() == null
                                ? 0
                                : authority.validFrom().getYear()))
                .toList();
        Dataset<Row> currentCodes = spark().createDataFrame(
                        currentRows,
                        DataTypes.createStructType(List.of(
                                DataTypes.createStructField("area_code", DataTypes.StringType, false),
                                DataTypes.createStructField("first_year", DataTypes.IntegerType, false))));
        // Counted: the current LAs that existed in the period's year, each of which must have its row.
        List<Row> perSeries = las.join(currentCodes, "area_code")
                .filter(col("first_year").leq(year(col("period_start"))))
                .groupBy(col("indicator_id"), col("source"), col("period"), year(col("period_start")))
                .agg(count(lit(1)))
                .collectAsList();
        assertThat(perSeries).isNotEmpty();
        for (Row series : perSeries) {
            int periodYear = series.getInt(3);
            long expected = current.stream()
                    .filter(authority -> authority.validFrom() == null
                            || authority.validFrom().getYear() <= periodYear)
                    .count();
            assertThat(series.getLong(4))
                    .as(series.getString(0) + " " + series.getString(1) + " " + series.getString(2))
                    .isEqualTo(expected);
        }
    }

    @Test
    void publishesNoLocalReturnCountBetweenOneAndFourWhereTheCatalogueControlsDisclosure() {
        List<String> controlled = Catalogues.bundled().indicators().stream()
                .filter(Indicator::isDisclosureControlled)
                .map(Indicator::id)
                .toList();
        assertThat(controlled).contains("slt_waiting_over_52wk_count", "health_advice_6wk");
        Dataset<Row> ours = indicators.filter(
                col("indicator_id").isin(controlled.toArray()).and(col("source").equalTo("local_return")));
        assertThat(ours.filter(round(col("numerator")).between(1, 4)).count()).isZero();
        assertThat(ours.filter(col("unit")
                                .equalTo("percent")
                                .and(round(col("denominator").minus(col("numerator")))
                                        .between(1, 4)))
                        .count())
                .as("percentages whose complement (those without the outcome) is 1 to 4")
                .isZero();
        assertThat(ours.filter(col("unit")
                                .notEqual("count")
                                .and(round(col("denominator")).between(1, 4)))
                        .count())
                .isZero();
        assertThat(ours.filter(col("suppressed")).count()).isPositive();
        assertThat(indicators
                        .filter(col("suppressed").and(col("value").isNotNull()))
                        .count())
                .isZero();
        // Indicators without a CI publish their value only, so no published numerator or denominator of a local
        // return lies between 1 and 4.
        assertThat(indicators
                        .filter(col("source")
                                .equalTo("local_return")
                                .and(round(col("numerator"))
                                        .between(1, 4)
                                        .or(round(col("denominator")).between(1, 4))))
                        .count())
                .isZero();
    }

    /**
     * The check an attacker would make, written apart from the job's own code: for every series and period of a local
     * return, every published England, region or ICB-footprint total has no LA (and England no ICB) withheld alone
     * beneath it, so no withheld count is its total less the published parts.
     */
    @Test
    void noWithheldLocalReturnCountIsATotalLessItsPublishedParts() {
        org.sendacc.analytics.areas.Areas areas = org.sendacc.analytics.areas.Areas.from(ReferenceData.bundled());
        List<Row> rows = indicators
                .filter(col("source").equalTo("local_return"))
                .select("indicator_id", "period", "area_code", "area_level", "region_code", "numerator", "suppressed")
                .collectAsList();
        java.util.Map<String, List<Row>> bySeries =
                rows.stream().collect(Collectors.groupingBy(row -> row.getString(0) + " " + row.getString(1)));
        List<String> exposed = new ArrayList<>();
        long checked = 0;
        for (java.util.Map.Entry<String, List<Row>> series : bySeries.entrySet()) {
            java.util.Map<String, Long> withheldUnder = new java.util.HashMap<>();
            java.util.Map<String, Row> totals = new java.util.HashMap<>();
            for (Row row : series.getValue()) {
                String level = row.getString(3);
                boolean withheld = row.getBoolean(6);
                if (!level.equals("la")) {
                    totals.put(row.getString(2), row);
                    if (level.equals("icb") && withheld) {
                        withheldUnder.merge("E92000001 from ICBs", 1L, Long::sum);
                    }
                    continue;
                }
                if (!withheld) {
                    continue;
                }
                withheldUnder.merge("E92000001", 1L, Long::sum);
                if (row.getString(4) != null) {
                    withheldUnder.merge(row.getString(4), 1L, Long::sum);
                }
                areas.sharesOf(row.getString(2)).forEach(share -> withheldUnder.merge(share.icbCode(), 1L, Long::sum));
            }
            for (java.util.Map.Entry<String, Long> under : withheldUnder.entrySet()) {
                Row total = totals.get(under.getKey().replace(" from ICBs", ""));
                if (total != null && !total.isNullAt(5)) {
                    checked++;
                    if (under.getValue() == 1L) {
                        exposed.add(series.getKey() + " under " + under.getKey());
                    }
                }
            }
        }
        assertThat(checked)
                .as("published totals with withheld counts beneath them")
                .isPositive();
        assertThat(exposed).isEmpty();
    }

    @Test
    void flagsEveryLaFigureSharedOutFromAnIcbAsApportioned() {
        List<String> notFlagged = indicators
                .filter(col("area_level")
                        .equalTo("la")
                        .and(col("value").isNotNull())
                        .and(col("indicator_id")
                                .isin(
                                        "slt_waiting_over_18wk",
                                        "community_paeds_waiting_over_18wk",
                                        "slt_waiting_over_52wk_count",
                                        "slt_caseload_per_wte"))
                        .and(col("apportioned").equalTo(false)))
                .select(col("indicator_id"))
                .distinct()
                .as(Encoders.STRING())
                .collectAsList();
        assertThat(notFlagged).isEmpty();
        Set<String> unapportioned = indicators
                .filter(col("area_level")
                        .equalTo("la")
                        .and(col("value").isNotNull())
                        .and(col("indicator_id")
                                .isin("health_advice_6wk", "ep_fte_per_10k_0_25", "ep_statutory_time_share")))
                .select(col("apportioned"))
                .distinct()
                .as(Encoders.BOOLEAN())
                .collectAsList()
                .stream()
                .map(String::valueOf)
                .collect(Collectors.toSet());
        assertThat(unapportioned).containsExactly("false");
    }
}
