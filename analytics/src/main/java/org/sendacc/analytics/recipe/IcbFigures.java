package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.indicators.Areas;
import org.sendacc.analytics.indicators.BaseRows;

/**
 * Turns figures a source gives per ICB (NHS England's waiting lists, an ICB's therapy or workforce return) into base
 * rows. NHS England never publishes by LA, and LA and ICB footprints do not nest, so an LA's figure is the declared
 * apportionment of its ICBs' figures: for each LA, numerator = sum over its ICBs of share_of_icb x the ICB's
 * numerator, and the same for the denominator, where share_of_icb is the LA's 0-25 population in the ICB over the
 * ICB's 0-25 population (so an ICB's figure is shared out whole among its LAs). Such rows are flagged apportioned.
 *
 * <p>The figures passed in have one row per ICB and period: {@link Areas#ICB_ODS_CODE}, {@link BaseRows#PERIOD},
 * {@link BaseRows#PERIOD_LABEL}, {@link BaseRows#PERIOD_START}, {@link BaseRows#NUMERATOR}, {@link
 * BaseRows#DENOMINATOR} and {@link BaseRows#MISSING_REASON} (why the source has no figure, when it says).
 */
final class IcbFigures {
    static final String NO_ICB_FIGURE = "no figure from this ICB in the source for this period";

    private static final String ICB_NUMERATOR = "icb_numerator";
    private static final String ICB_DENOMINATOR = "icb_denominator";
    private static final String ICB_REASON = "icb_missing_reason";
    private static final String COMPLETE = "icb_complete";
    private static final String MISSING_ICBS = "missing_icbs";
    private static final String MISSING_COUNT = "missing_icb_count";
    private static final String FIRST_REASON = "first_missing_reason";

    private IcbFigures() {}

    /** Every ICB of the reference data for every period of the figures: its own figure, or why it has none. */
    static Dataset<Row> icbRows(RecipeContext context, Dataset<Row> figures, String indicatorId, String source) {
        Dataset<Row> icbs = context.areas()
                .areas()
                .filter(col(BaseRows.AREA_LEVEL).equalTo(BaseRows.ICB))
                .select(col(BaseRows.AREA_CODE), col(BaseRows.AREA_LEVEL), col(Areas.ICB_ODS_CODE));
        Dataset<Row> located = icbs.crossJoin(periods(figures))
                .join(renamed(figures), new String[] {Areas.ICB_ODS_CODE, BaseRows.PERIOD}, "left");
        return BaseRowSelection.select(
                located,
                indicatorId,
                source,
                col(ICB_NUMERATOR),
                col(ICB_DENOMINATOR),
                lit(false),
                when(complete().equalTo(false), coalesce(col(ICB_REASON), lit(NO_ICB_FIGURE))));
    }

    /**
     * Every LA with an ICB membership, for every period of the figures: the population-share apportionment of its
     * ICBs' figures, or, when any of its ICBs has no figure, nothing and a reason naming that ICB.
     */
    static Dataset<Row> apportionedLaRows(
            RecipeContext context, Dataset<Row> figures, String indicatorId, String source) {
        Dataset<Row> perIcb = context.areas()
                .memberships()
                .crossJoin(periods(figures))
                .join(renamed(figures), new String[] {Areas.ICB_ODS_CODE, BaseRows.PERIOD}, "left")
                .withColumn(COMPLETE, complete());
        Column share = col(Areas.SHARE_OF_ICB);
        Column missing = not(col(COMPLETE));
        Dataset<Row> grouped = perIcb.groupBy(
                        col(Areas.LA_CODE).as(BaseRows.AREA_CODE),
                        col(BaseRows.PERIOD),
                        col(BaseRows.PERIOD_LABEL),
                        col(BaseRows.PERIOD_START))
                .agg(
                        sum(share.multiply(col(ICB_NUMERATOR))).as(BaseRows.NUMERATOR),
                        sum(share.multiply(col(ICB_DENOMINATOR))).as(BaseRows.DENOMINATOR),
                        sum(when(missing, 1).otherwise(0)).as(MISSING_COUNT),
                        concat_ws(", ", array_sort(collect_set(when(missing, col(Areas.ICB_ODS_CODE)))))
                                .as(MISSING_ICBS),
                        min(when(missing, coalesce(col(ICB_REASON), lit(NO_ICB_FIGURE))))
                                .as(FIRST_REASON));
        Column whole = col(MISSING_COUNT).equalTo(0);
        Column reason = when(
                not(whole),
                concat(
                        lit("no figure to apportion: ICB "),
                        col(MISSING_ICBS),
                        lit(" of this LA has none ("),
                        col(FIRST_REASON),
                        lit(")")));
        Dataset<Row> located = grouped.withColumn(BaseRows.AREA_LEVEL, lit(BaseRows.LA));
        return BaseRowSelection.select(
                located,
                indicatorId,
                source,
                when(whole, col(BaseRows.NUMERATOR)),
                when(whole, col(BaseRows.DENOMINATOR)),
                lit(true),
                reason);
    }

    /** England as the sum of the ICBs with a figure (for returns, which have no England row of their own). */
    static Dataset<Row> englandFromIcbs(Dataset<Row> figures, String indicatorId, String source) {
        Dataset<Row> located = figures.filter(col(BaseRows.NUMERATOR)
                        .isNotNull()
                        .and(col(BaseRows.DENOMINATOR).isNotNull()))
                .groupBy(col(BaseRows.PERIOD), col(BaseRows.PERIOD_LABEL), col(BaseRows.PERIOD_START))
                .agg(
                        sum(col(BaseRows.NUMERATOR)).as(BaseRows.NUMERATOR),
                        sum(col(BaseRows.DENOMINATOR)).as(BaseRows.DENOMINATOR))
                .withColumn(BaseRows.AREA_CODE, lit(BaseRows.ENGLAND_CODE))
                .withColumn(BaseRows.AREA_LEVEL, lit(BaseRows.ENGLAND));
        return BaseRowSelection.select(
                located, indicatorId, source, col(BaseRows.NUMERATOR), col(BaseRows.DENOMINATOR));
    }

    /** The ICB rows, the apportioned LA rows and England as the sum of the ICBs: what an ICB return yields. */
    static Dataset<Row> allLevels(RecipeContext context, Dataset<Row> figures, String indicatorId, String source) {
        return icbRows(context, figures, indicatorId, source)
                .unionByName(apportionedLaRows(context, figures, indicatorId, source))
                .unionByName(englandFromIcbs(figures, indicatorId, source));
    }

    /**
     * The figures with the ICB's 0-25 population as the denominator: for a count indicator, whose value is the
     * numerator, so that its denominator (and the trend test over it) is a population, apportioned like the count.
     */
    static Dataset<Row> withPopulationDenominator(RecipeContext context, Dataset<Row> figures) {
        Dataset<Row> populations = context.areas()
                .areas()
                .filter(col(BaseRows.AREA_LEVEL).equalTo(BaseRows.ICB))
                .select(col(Areas.ICB_ODS_CODE), col(Areas.POPULATION_0_25));
        return figures.join(populations, Areas.ICB_ODS_CODE, "left")
                .withColumn(BaseRows.DENOMINATOR, when(col(BaseRows.NUMERATOR).isNotNull(), col(Areas.POPULATION_0_25)))
                .drop(Areas.POPULATION_0_25);
    }

    private static Dataset<Row> periods(Dataset<Row> figures) {
        return figures.select(col(BaseRows.PERIOD), col(BaseRows.PERIOD_LABEL), col(BaseRows.PERIOD_START))
                .distinct();
    }

    private static Dataset<Row> renamed(Dataset<Row> figures) {
        return figures.select(
                col(Areas.ICB_ODS_CODE),
                col(BaseRows.PERIOD),
                col(BaseRows.NUMERATOR).cast("double").as(ICB_NUMERATOR),
                col(BaseRows.DENOMINATOR).cast("double").as(ICB_DENOMINATOR),
                col(BaseRows.MISSING_REASON).cast("string").as(ICB_REASON));
    }

    private static Column complete() {
        return coalesce(col(ICB_NUMERATOR).isNotNull().and(col(ICB_DENOMINATOR).isNotNull()), lit(false));
    }
}
