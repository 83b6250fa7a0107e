package org.sendacc.analytics.indicators;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.ntile;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sendacc.analytics.catalogue.Catalogue;
import org.sendacc.analytics.catalogue.Indicator;

/**
 * Builds the indicators table from the recipes' base rows: fills in the levels a source lacks by aggregating LAs,
 * computes values and confidence intervals, benchmarks against England, region, ICB footprint and statistical
 * neighbours, ranks LAs, tests the trend, flags breaks in series, and marks small counts for suppression. Each
 * step is a small function of a Dataset, in the order {@link #build} calls them.
 */
public final class IndicatorTable {
    static final String MULTIPLIER = "multiplier";
    static final String CI_METHOD = "ci_method";
    static final String DISCLOSURE = "disclosure";
    static final String SEN2_BREAK = "sen2_break";
    static final String CHANGED_ON = Areas.CHANGED_ON;
    static final String VALID_FROM = Areas.VALID_FROM;

    /** The person-level SEN2 collection began with the January 2023 census: periods from here on are "after". */
    static final String SEN2_PERSON_LEVEL_FROM = "2022-09-01";

    static final String NOT_IN_SOURCE = "no figure in the source for this area and period";
    static final String SUPPRESSED_REASON = "suppressed to protect confidentiality (a count between 1 and 4)";
    static final String NO_DENOMINATOR = "no denominator for this area (a predecessor LA has no population of its own)";

    private static final String[] SERIES = {BaseRows.INDICATOR_ID, BaseRows.SOURCE};
    private static final String[] PERIOD_KEYS = {
        BaseRows.INDICATOR_ID, BaseRows.SOURCE, BaseRows.PERIOD, BaseRows.PERIOD_LABEL, BaseRows.PERIOD_START
    };

    private IndicatorTable() {}

    /** Registers the statistics UDFs this class calls by name. */
    public static void registerFunctions(SparkSession spark) {
        spark.udf().register("sendacc_ci", IndicatorStatistics.CONFIDENCE_INTERVALS, IndicatorStatistics.INTERVALS);
        spark.udf().register("sendacc_compare", IndicatorStatistics.COMPARISON, DataTypes.StringType);
        spark.udf().register("sendacc_trend", IndicatorStatistics.TREND_TEST, IndicatorStatistics.TREND);
    }

    /** The full table, before suppression is applied (for the area's own analysts). */
    public static Dataset<Row> build(
            SparkSession spark, Dataset<Row> base, Catalogue catalogue, Areas areas, String snapshotId) {
        registerFunctions(spark);
        Dataset<Row> complete = withEveryCurrentLa(withAggregates(base, areas), areas);
        Dataset<Row> described = complete.join(metadata(spark, catalogue), BaseRows.INDICATOR_ID)
                .join(
                        areas.areas()
                                .select(
                                        col(BaseRows.AREA_CODE),
                                        col(Areas.AREA_NAME),
                                        col(Areas.REGION_CODE),
                                        col(Areas.ICB_CODE)),
                        BaseRows.AREA_CODE,
                        "left");
        // Checkpointed: the benchmarks join these rows with themselves four ways, which would otherwise recompute
        // every recipe and aggregation each time (and ship multi-megabyte task binaries).
        Dataset<Row> valued =
                withSuppressionFlags(withIntervals(withValues(described))).localCheckpoint();
        Dataset<Row> benchmarked = withComparisons(withBenchmarks(valued, areas));
        Dataset<Row> trended = withBreaks(withTrends(withRanks(benchmarked)), areas.changes());
        return withNoValueReasons(trended)
                .withColumn(IndicatorColumns.SNAPSHOT_ID, lit(snapshotId))
                .select(IndicatorColumns.ALL.stream()
                        .map(org.apache.spark.sql.functions::col)
                        .toArray(Column[]::new));
    }

    /**
     * The published table: suppressed rows keep their place and reason, but no figure that could disclose. Indicators
     * without a confidence interval (yes/no answers, workforce ratios) publish their value only: their numerators and
     * denominators (an LA's "1 of 1", FTE counts) are inputs with no statistical use here, kept in the restricted table.
     */
    public static Dataset<Row> published(Dataset<Row> full, Catalogue catalogue) {
        Column suppressed = col(IndicatorColumns.SUPPRESSED);
        List<String> withoutIntervals = catalogue.indicators().stream()
                .filter(indicator -> indicator.ciMethod().equals("none"))
                .map(Indicator::id)
                .toList();
        Column valueOnly = col(BaseRows.INDICATOR_ID).isin(withoutIntervals.toArray());
        Dataset<Row> masked = full;
        for (String column : List.of(BaseRows.NUMERATOR, BaseRows.DENOMINATOR)) {
            masked = masked.withColumn(
                    column, when(valueOnly, lit(null).cast("double")).otherwise(col(column)));
        }
        for (String column : List.of(
                IndicatorColumns.VALUE,
                BaseRows.NUMERATOR,
                BaseRows.DENOMINATOR,
                IndicatorColumns.LOWER_CI95,
                IndicatorColumns.UPPER_CI95,
                IndicatorColumns.LOWER_CI998,
                IndicatorColumns.UPPER_CI998)) {
            masked = masked.withColumn(
                    column, when(suppressed, lit(null).cast("double")).otherwise(col(column)));
        }
        for (String column : List.of(
                IndicatorColumns.COMPARISON_ENGLAND,
                IndicatorColumns.COMPARISON_REGION,
                IndicatorColumns.COMPARISON_NEIGHBOURS,
                IndicatorColumns.COMPARISON_ICB)) {
            masked = masked.withColumn(
                    column, when(suppressed, lit("not_compared")).otherwise(col(column)));
        }
        return masked.select(IndicatorColumns.ALL.stream()
                .map(org.apache.spark.sql.functions::col)
                .toArray(Column[]::new));
    }

    /** The indicator's properties the computation needs, one row per indicator. */
    static Dataset<Row> metadata(SparkSession spark, Catalogue catalogue) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(BaseRows.INDICATOR_ID, DataTypes.StringType, false),
                DataTypes.createStructField(MULTIPLIER, DataTypes.DoubleType, false),
                DataTypes.createStructField(CI_METHOD, DataTypes.StringType, false),
                DataTypes.createStructField(IndicatorColumns.UNIT, DataTypes.StringType, false),
                DataTypes.createStructField(IndicatorColumns.POLARITY, DataTypes.StringType, false),
                DataTypes.createStructField(IndicatorColumns.PARTNER, DataTypes.StringType, false),
                DataTypes.createStructField(DISCLOSURE, DataTypes.BooleanType, false),
                DataTypes.createStructField(SEN2_BREAK, DataTypes.BooleanType, false)));
        List<Row> rows = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            rows.add(RowFactory.create(
                    indicator.id(),
                    indicator.multiplier(),
                    indicator.ciMethod(),
                    indicator.unit(),
                    indicator.polarity(),
                    indicator.partner(),
                    indicator.isDisclosureControlled(),
                    indicator.breaksInSeries().contains("sen2_person_level_2023")));
        }
        return spark.createDataFrame(rows, schema);
    }

    /**
     * Adds the levels a source lacks, from its LA rows: an ICB footprint sums its LAs weighted by each LA's share of
     * 0-25 population in the ICB (flagged apportioned where an LA straddles ICBs), a region and England sum their LAs.
     */
    static Dataset<Row> withAggregates(Dataset<Row> base, Areas areas) {
        Dataset<Row> las = base.filter(col(BaseRows.AREA_LEVEL)
                .equalTo(BaseRows.LA)
                .and(col(BaseRows.NUMERATOR).isNotNull())
                .and(col(BaseRows.DENOMINATOR).isNotNull()));
        Dataset<Row> icbs = las.join(
                        areas.memberships(), las.col(BaseRows.AREA_CODE).equalTo(col(Areas.LA_CODE)))
                .groupBy(keysAnd(col(Areas.ICB_CODE).as(BaseRows.AREA_CODE)))
                .agg(
                        sum(col(BaseRows.NUMERATOR).multiply(col(Areas.SHARE_OF_LA)))
                                .as(BaseRows.NUMERATOR),
                        sum(col(BaseRows.DENOMINATOR).multiply(col(Areas.SHARE_OF_LA)))
                                .as(BaseRows.DENOMINATOR),
                        max(col(Areas.SHARE_OF_LA).lt(1.0).or(col(BaseRows.APPORTIONED)))
                                .as(BaseRows.APPORTIONED))
                .withColumn(BaseRows.AREA_LEVEL, lit(BaseRows.ICB));
        Dataset<Row> regions = las.join(
                        areas.areas().select(col(BaseRows.AREA_CODE), col(Areas.REGION_CODE)), BaseRows.AREA_CODE)
                .groupBy(keysAnd(col(Areas.REGION_CODE).as(BaseRows.AREA_CODE)))
                .agg(
                        sum(BaseRows.NUMERATOR).as(BaseRows.NUMERATOR),
                        sum(BaseRows.DENOMINATOR).as(BaseRows.DENOMINATOR),
                        max(BaseRows.APPORTIONED).as(BaseRows.APPORTIONED))
                .withColumn(BaseRows.AREA_LEVEL, lit(BaseRows.REGION));
        Dataset<Row> england = las.groupBy(keysAnd(lit(BaseRows.ENGLAND_CODE).as(BaseRows.AREA_CODE)))
                .agg(
                        sum(BaseRows.NUMERATOR).as(BaseRows.NUMERATOR),
                        sum(BaseRows.DENOMINATOR).as(BaseRows.DENOMINATOR),
                        max(BaseRows.APPORTIONED).as(BaseRows.APPORTIONED))
                .withColumn(BaseRows.AREA_LEVEL, lit(BaseRows.ENGLAND));
        Dataset<Row> aggregated = icbs.unionByName(regions)
                .unionByName(england)
                .withColumn(BaseRows.GIVEN_VALUE, lit(null).cast("double"))
                .withColumn(BaseRows.MISSING_REASON, lit(null).cast("string"));
        Dataset<Row> present = base.select(col(BaseRows.INDICATOR_ID), col(BaseRows.SOURCE), col(BaseRows.AREA_LEVEL))
                .distinct();
        Dataset<Row> missingLevels = aggregated.join(
                present,
                List.of(BaseRows.INDICATOR_ID, BaseRows.SOURCE, BaseRows.AREA_LEVEL)
                        .toArray(String[]::new),
                "left_anti");
        return base.unionByName(missingLevels.select(base.columns()[0], rest(base.columns())));
    }

    private static String[] rest(String[] columns) {
        String[] rest = new String[columns.length - 1];
        System.arraycopy(columns, 1, rest, 0, rest.length);
        return rest;
    }

    private static Column[] keysAnd(Column area) {
        List<Column> keys = new ArrayList<>();
        for (String key : PERIOD_KEYS) {
            keys.add(col(key));
        }
        keys.add(area);
        return keys.toArray(Column[]::new);
    }

    /** Every current LA gets a row for every period of every series, with a reason where the source has none. */
    static Dataset<Row> withEveryCurrentLa(Dataset<Row> rows, Areas areas) {
        Dataset<Row> periods = rows.select(PERIOD_KEYS[0], rest(PERIOD_KEYS)).distinct();
        Dataset<Row> las = areas.areas()
                .filter(col(BaseRows.AREA_LEVEL).equalTo(BaseRows.LA).and(col(Areas.CURRENT)))
                .select(col(BaseRows.AREA_CODE), col(VALID_FROM));
        Dataset<Row> expected = periods.crossJoin(las)
                .filter(col(VALID_FROM).isNull().or(year(col(VALID_FROM)).leq(year(col(BaseRows.PERIOD_START)))))
                .drop(VALID_FROM);
        Dataset<Row> missing = expected.join(
                        rows.select(
                                col(BaseRows.INDICATOR_ID),
                                col(BaseRows.SOURCE),
                                col(BaseRows.PERIOD),
                                col(BaseRows.AREA_CODE)),
                        new String[] {BaseRows.INDICATOR_ID, BaseRows.SOURCE, BaseRows.PERIOD, BaseRows.AREA_CODE},
                        "left_anti")
                .withColumn(BaseRows.AREA_LEVEL, lit(BaseRows.LA))
                .withColumn(BaseRows.NUMERATOR, lit(null).cast("double"))
                .withColumn(BaseRows.DENOMINATOR, lit(null).cast("double"))
                .withColumn(BaseRows.GIVEN_VALUE, lit(null).cast("double"))
                .withColumn(BaseRows.APPORTIONED, lit(false))
                .withColumn(BaseRows.MISSING_REASON, lit(NOT_IN_SOURCE));
        return rows.unionByName(missing);
    }

    static Dataset<Row> withValues(Dataset<Row> rows) {
        Column computed = when(col(IndicatorColumns.UNIT).equalTo("count"), col(BaseRows.NUMERATOR))
                .when(
                        col(BaseRows.DENOMINATOR).gt(0),
                        col(BaseRows.NUMERATOR)
                                .divide(col(BaseRows.DENOMINATOR))
                                .multiply(col(MULTIPLIER)));
        return rows.withColumn(IndicatorColumns.VALUE, coalesce(col(BaseRows.GIVEN_VALUE), computed));
    }

    static Dataset<Row> withIntervals(Dataset<Row> rows) {
        Column intervals = call_udf(
                "sendacc_ci",
                col(CI_METHOD),
                col(IndicatorColumns.UNIT),
                col(BaseRows.NUMERATOR),
                col(BaseRows.DENOMINATOR),
                col(MULTIPLIER));
        return rows.withColumn("_ci", when(col(IndicatorColumns.VALUE).isNotNull(), intervals))
                .withColumn(IndicatorColumns.LOWER_CI95, col("_ci.lower_ci95"))
                .withColumn(IndicatorColumns.UPPER_CI95, col("_ci.upper_ci95"))
                .withColumn(IndicatorColumns.LOWER_CI998, col("_ci.lower_ci998"))
                .withColumn(IndicatorColumns.UPPER_CI998, col("_ci.upper_ci998"))
                .drop("_ci");
    }

    /** Counts 1 to 4 (after rounding an apportioned count) are disclosive where the indicator is controlled. */
    static Dataset<Row> withSuppressionFlags(Dataset<Row> rows) {
        Column numerator = round(col(BaseRows.NUMERATOR));
        Column denominator = round(col(BaseRows.DENOMINATOR));
        Column smallNumerator = numerator.between(1, 4);
        Column smallDenominator = col(IndicatorColumns.UNIT).notEqual("count").and(denominator.between(1, 4));
        return rows.withColumn(
                IndicatorColumns.SUPPRESSED,
                coalesce(col(DISCLOSURE).and(smallNumerator.or(smallDenominator)), lit(false)));
    }

    static Dataset<Row> withBenchmarks(Dataset<Row> rows, Areas areas) {
        String[] seriesPeriod = {BaseRows.INDICATOR_ID, BaseRows.SOURCE, BaseRows.PERIOD};
        Dataset<Row> england = rows.filter(col(BaseRows.AREA_LEVEL).equalTo(BaseRows.ENGLAND))
                .select(
                        col(BaseRows.INDICATOR_ID),
                        col(BaseRows.SOURCE),
                        col(BaseRows.PERIOD),
                        col(IndicatorColumns.VALUE).as(IndicatorColumns.ENGLAND_VALUE));
        Dataset<Row> regions = rows.filter(col(BaseRows.AREA_LEVEL).equalTo(BaseRows.REGION))
                .select(
                        col(BaseRows.INDICATOR_ID),
                        col(BaseRows.SOURCE),
                        col(BaseRows.PERIOD),
                        col(BaseRows.AREA_CODE).as("_region"),
                        col(IndicatorColumns.VALUE).as(IndicatorColumns.REGION_VALUE));
        Dataset<Row> icbs = rows.filter(col(BaseRows.AREA_LEVEL).equalTo(BaseRows.ICB))
                .select(
                        col(BaseRows.INDICATOR_ID),
                        col(BaseRows.SOURCE),
                        col(BaseRows.PERIOD),
                        col(BaseRows.AREA_CODE).as("_icb"),
                        col(IndicatorColumns.VALUE).as(IndicatorColumns.ICB_VALUE));
        Dataset<Row> las = rows.filter(col(BaseRows.AREA_LEVEL)
                        .equalTo(BaseRows.LA)
                        .and(col(BaseRows.NUMERATOR).isNotNull())
                        .and(col(BaseRows.DENOMINATOR).isNotNull()))
                .select(
                        col(BaseRows.INDICATOR_ID),
                        col(BaseRows.SOURCE),
                        col(BaseRows.PERIOD),
                        col(BaseRows.AREA_CODE).as(Areas.NEIGHBOUR_CODE),
                        col(BaseRows.NUMERATOR).as("_n"),
                        col(BaseRows.DENOMINATOR).as("_d"),
                        col(MULTIPLIER).as("_m"),
                        col(IndicatorColumns.UNIT).as("_unit"));
        Dataset<Row> neighbours = areas.neighbours()
                .join(las, Areas.NEIGHBOUR_CODE)
                .filter(col("_unit").notEqual("count"))
                .groupBy(col(BaseRows.INDICATOR_ID), col(BaseRows.SOURCE), col(BaseRows.PERIOD), col(Areas.LA_CODE))
                .agg(
                        sum("_n").multiply(max("_m")).divide(sum("_d")).as(IndicatorColumns.NEIGHBOURS_VALUE),
                        count(lit(1)).as(IndicatorColumns.NEIGHBOURS_INCLUDED));
        Column isLa = col(BaseRows.AREA_LEVEL).equalTo(BaseRows.LA);
        return rows.join(england, seriesPeriod, "left")
                .join(
                        regions.withColumnRenamed("_region", Areas.REGION_CODE),
                        new String[] {BaseRows.INDICATOR_ID, BaseRows.SOURCE, BaseRows.PERIOD, Areas.REGION_CODE},
                        "left")
                .join(
                        icbs.withColumnRenamed("_icb", Areas.ICB_CODE),
                        new String[] {BaseRows.INDICATOR_ID, BaseRows.SOURCE, BaseRows.PERIOD, Areas.ICB_CODE},
                        "left")
                .join(
                        neighbours.withColumnRenamed(Areas.LA_CODE, BaseRows.AREA_CODE),
                        new String[] {BaseRows.INDICATOR_ID, BaseRows.SOURCE, BaseRows.PERIOD, BaseRows.AREA_CODE},
                        "left")
                // Only an LA is benchmarked against its region and ICB footprint.
                .withColumn(IndicatorColumns.REGION_VALUE, when(isLa, col(IndicatorColumns.REGION_VALUE)))
                .withColumn(IndicatorColumns.ICB_VALUE, when(isLa, col(IndicatorColumns.ICB_VALUE)));
    }

    static Dataset<Row> withComparisons(Dataset<Row> rows) {
        return rows.withColumn(IndicatorColumns.COMPARISON_ENGLAND, comparison(IndicatorColumns.ENGLAND_VALUE))
                .withColumn(IndicatorColumns.COMPARISON_REGION, comparison(IndicatorColumns.REGION_VALUE))
                .withColumn(IndicatorColumns.COMPARISON_NEIGHBOURS, comparison(IndicatorColumns.NEIGHBOURS_VALUE))
                .withColumn(IndicatorColumns.COMPARISON_ICB, comparison(IndicatorColumns.ICB_VALUE));
    }

    private static Column comparison(String benchmark) {
        return call_udf(
                "sendacc_compare",
                col(IndicatorColumns.VALUE),
                col(IndicatorColumns.LOWER_CI95),
                col(IndicatorColumns.UPPER_CI95),
                col(IndicatorColumns.LOWER_CI998),
                col(IndicatorColumns.UPPER_CI998),
                col(benchmark),
                col(IndicatorColumns.POLARITY));
    }

    /** Ranks LAs with a published value, 1 = best by polarity (highest first where there is no polarity). */
    static Dataset<Row> withRanks(Dataset<Row> rows) {
        Column rankable = col(BaseRows.AREA_LEVEL)
                .equalTo(BaseRows.LA)
                .and(col(IndicatorColumns.VALUE).isNotNull())
                .and(col(IndicatorColumns.SUPPRESSED).equalTo(false));
        Column orderValue = when(col(IndicatorColumns.POLARITY).equalTo("lower_is_better"), col(IndicatorColumns.VALUE))
                .otherwise(col(IndicatorColumns.VALUE).multiply(-1));
        WindowSpec league = Window.partitionBy(
                        col(BaseRows.INDICATOR_ID), col(BaseRows.SOURCE), col(BaseRows.PERIOD), col("_rankable"))
                .orderBy(orderValue);
        WindowSpec whole = Window.partitionBy(
                col(BaseRows.INDICATOR_ID), col(BaseRows.SOURCE), col(BaseRows.PERIOD), col("_rankable"));
        return rows.withColumn("_rankable", rankable)
                .withColumn(IndicatorColumns.RANK, when(col("_rankable"), rank().over(league)))
                .withColumn(IndicatorColumns.QUARTILE, when(col("_rankable"), ntile(4).over(league)))
                .withColumn(
                        IndicatorColumns.RANKED_AREAS,
                        when(col("_rankable"), count(lit(1)).over(whole)))
                .drop("_rankable");
    }

    /** The previous period's value (unless it was suppressed) and the trend test over the latest five periods. */
    static Dataset<Row> withTrends(Dataset<Row> rows) {
        WindowSpec series = Window.partitionBy(col(SERIES[0]), col(SERIES[1]), col(BaseRows.AREA_CODE))
                .orderBy(col(BaseRows.PERIOD_START));
        WindowSpec latestFive = series.rowsBetween(-4, 0);
        Column trend = call_udf(
                "sendacc_trend",
                col(CI_METHOD),
                col(IndicatorColumns.POLARITY),
                collect_list(struct(col(BaseRows.NUMERATOR), col(BaseRows.DENOMINATOR)))
                        .over(latestFive));
        return rows.withColumn(
                        IndicatorColumns.PREVIOUS_VALUE,
                        lag(when(col(IndicatorColumns.SUPPRESSED).equalTo(false), col(IndicatorColumns.VALUE)), 1)
                                .over(series))
                .withColumn("_trend", trend)
                .withColumn("_window_start", min(col(BaseRows.PERIOD_START)).over(latestFive))
                .withColumn(IndicatorColumns.TREND, col("_trend.direction"))
                .withColumn(IndicatorColumns.TREND_JUDGEMENT, col("_trend.judgement"))
                .withColumn(IndicatorColumns.TREND_POINTS, col("_trend.points"))
                .drop("_trend");
    }

    /**
     * A row's trend window crosses a break when it spans the 2023 move to person-level SEN2 (for indicators built on
     * SEN2) or a boundary change of the area (a new LA, or a region or ICB footprint one of whose LAs changed).
     */
    static Dataset<Row> withBreaks(Dataset<Row> rows, Dataset<Row> areaChanges) {
        Column sen2From = to_date(lit(SEN2_PERSON_LEVEL_FROM));
        Column crossesSen2 = col(SEN2_BREAK)
                .and(col("_window_start").lt(sen2From))
                .and(col(BaseRows.PERIOD_START).geq(sen2From));
        Column crossesBoundary =
                col(CHANGED_ON).gt(col("_window_start")).and(col(CHANGED_ON).leq(col(BaseRows.PERIOD_START)));
        Dataset<Row> changes = areaChanges
                .groupBy(col(BaseRows.AREA_CODE))
                .agg(max(col(CHANGED_ON)).as(CHANGED_ON));
        return rows.join(changes, BaseRows.AREA_CODE, "left")
                .withColumn(IndicatorColumns.BREAK_IN_SERIES, coalesce(crossesSen2.or(crossesBoundary), crossesSen2))
                .withColumn(
                        IndicatorColumns.BREAK_IN_SERIES, coalesce(col(IndicatorColumns.BREAK_IN_SERIES), lit(false)))
                .drop(CHANGED_ON, "_window_start");
    }

    static Dataset<Row> withNoValueReasons(Dataset<Row> rows) {
        Column reason = when(col(IndicatorColumns.SUPPRESSED), lit(SUPPRESSED_REASON))
                .when(col(IndicatorColumns.VALUE).isNotNull(), lit(null).cast("string"))
                .otherwise(coalesce(
                        col(BaseRows.MISSING_REASON),
                        when(
                                col(BaseRows.NUMERATOR)
                                        .isNotNull()
                                        .and(col(BaseRows.DENOMINATOR).isNull()),
                                lit(NO_DENOMINATOR)),
                        lit(NOT_IN_SOURCE)));
        return rows.withColumn(IndicatorColumns.NO_VALUE_REASON, reason);
    }
}
