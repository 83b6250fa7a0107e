package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.catalogue.CatalogueException;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.indicators.Areas;
import org.sendacc.analytics.indicators.BaseRows;
import org.sendacc.ingest.contract.Contract;
import org.sendacc.ingest.nhs.CommunityWaitingListSource;

/**
 * Children waiting for a community health service, from NHS England's monthly waiting-list workbooks: the waiting
 * in the {@code numerator_bands} (e.g. 18-52 and 52+ weeks) over the {@code denominator} (the {@code total} band,
 * or {@code population_0_25} for a count), for the {@code service} and {@code age_group} as the warehouse stores
 * them. NHS England publishes England, NHS regions, ICBs and providers, never LAs: we keep England and the ICBs (NHS
 * regions are not the E12 regions), apportion the ICBs to LAs, and let the job add up the LAs to regions.
 *
 * <p>The period is the month the tables report ({@code 2023-10}), not the publication month. A band left blank
 * (no submission) leaves the organisation without a figure, with the workbook's reason.
 */
final class WaitingListRecipe implements Recipe {
    static final String TABLE = "nhs_community_waiting_list";
    static final String TOTAL_BAND = "total";
    static final String POPULATION = "population_0_25";
    static final String ENGLAND_LEVEL = "England";
    static final String ICB_LEVEL = "ICB";

    private static final String NUMERATOR_MISSING = "numerator_bands_missing";
    private static final String NUMERATOR_BANDS_FOUND = "numerator_bands_found";
    private static final String DENOMINATOR_MISSING = "denominator_bands_missing";
    private static final String DENOMINATOR_BANDS_FOUND = "denominator_bands_found";

    @Override
    public String name() {
        return "nhs_waiting_list";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(TABLE);
    }

    @Override
    public Dataset<Row> compute(RecipeContext context, Indicator indicator, IndicatorSource source) {
        List<String> numeratorBands = source.list("numerator_bands");
        String denominator = source.optionalText("denominator").orElse(TOTAL_BAND);
        boolean perPopulation = denominator.equals(POPULATION);
        if (perPopulation && !indicator.unit().equals("count")) {
            throw new CatalogueException(indicator.id() + ": a population denominator is only for a count");
        }
        Column level = col(CommunityWaitingListSource.ORG_LEVEL);
        Column waiting = col(CommunityWaitingListSource.WAITING).cast("double");
        Column inNumerator = col(CommunityWaitingListSource.WEEKS_BAND).isin(numeratorBands.toArray());
        Column inDenominator = perPopulation
                ? lit(false)
                : col(CommunityWaitingListSource.WEEKS_BAND).equalTo(denominator);
        Column reason = col(Contract.MISSING_REASONS).getItem(CommunityWaitingListSource.WAITING);
        Dataset<Row> counted = context.table(TABLE)
                .filter(col(CommunityWaitingListSource.AGE_GROUP)
                        .equalTo(source.optionalText("age_group").orElse("children"))
                        .and(col(CommunityWaitingListSource.SERVICE).equalTo(source.text("service")))
                        .and(level.equalTo(ENGLAND_LEVEL)
                                .or(level.equalTo(ICB_LEVEL)
                                        .and(col(CommunityWaitingListSource.ICB_ODS_CODE)
                                                .isNotNull())))
                        .and(inNumerator.or(inDenominator)))
                .groupBy(
                        level.as(CommunityWaitingListSource.ORG_LEVEL),
                        col(CommunityWaitingListSource.ICB_ODS_CODE).as(Areas.ICB_ODS_CODE),
                        trunc(col(CommunityWaitingListSource.PERIOD), "month").as(BaseRows.PERIOD_START))
                .agg(
                        sum(when(inNumerator, waiting)).as(BaseRows.NUMERATOR),
                        sum(when(inNumerator.and(waiting.isNull()), 1).otherwise(0))
                                .as(NUMERATOR_MISSING),
                        sum(when(inNumerator, 1).otherwise(0)).as(NUMERATOR_BANDS_FOUND),
                        sum(when(inDenominator, waiting)).as(BaseRows.DENOMINATOR),
                        sum(when(inDenominator.and(waiting.isNull()), 1).otherwise(0))
                                .as(DENOMINATOR_MISSING),
                        sum(when(inDenominator, 1).otherwise(0)).as(DENOMINATOR_BANDS_FOUND),
                        min(when(waiting.isNull(), reason)).as(BaseRows.MISSING_REASON));
        // Every band once and none blank; a band given twice for a month (two editions) is not a figure either.
        Column numeratorWhole =
                col(NUMERATOR_MISSING).equalTo(0).and(col(NUMERATOR_BANDS_FOUND).equalTo(numeratorBands.size()));
        Column denominatorWhole = perPopulation
                ? lit(true)
                : col(DENOMINATOR_MISSING)
                        .equalTo(0)
                        .and(col(DENOMINATOR_BANDS_FOUND).equalTo(1));
        Column whole = numeratorWhole.and(denominatorWhole);
        Dataset<Row> figures = counted.withColumn(BaseRows.NUMERATOR, when(whole, col(BaseRows.NUMERATOR)))
                .withColumn(BaseRows.DENOMINATOR, when(whole, col(BaseRows.DENOMINATOR)))
                .withColumn(BaseRows.PERIOD, date_format(col(BaseRows.PERIOD_START), "yyyy-MM"))
                .withColumn(BaseRows.PERIOD_LABEL, col(BaseRows.PERIOD));

        Dataset<Row> icbFigures =
                figures.filter(col(CommunityWaitingListSource.ORG_LEVEL).equalTo(ICB_LEVEL));
        Dataset<Row> englandFigures = figures.filter(
                        col(CommunityWaitingListSource.ORG_LEVEL).equalTo(ENGLAND_LEVEL))
                .withColumn(BaseRows.AREA_CODE, lit(BaseRows.ENGLAND_CODE))
                .withColumn(BaseRows.AREA_LEVEL, lit(BaseRows.ENGLAND));
        if (perPopulation) {
            icbFigures = IcbFigures.withPopulationDenominator(context, icbFigures);
            englandFigures = englandFigures
                    .join(
                            context.areas().areas().select(col(BaseRows.AREA_CODE), col(Areas.POPULATION_0_25)),
                            BaseRows.AREA_CODE)
                    .withColumn(
                            BaseRows.DENOMINATOR,
                            when(col(BaseRows.NUMERATOR).isNotNull(), col(Areas.POPULATION_0_25)));
        }
        Dataset<Row> england = BaseRowSelection.select(
                englandFigures,
                indicator.id(),
                source.source(),
                col(BaseRows.NUMERATOR),
                col(BaseRows.DENOMINATOR),
                lit(false),
                col(BaseRows.MISSING_REASON));
        return england.unionByName(IcbFigures.icbRows(context, icbFigures, indicator.id(), source.source()))
                .unionByName(IcbFigures.apportionedLaRows(context, icbFigures, indicator.id(), source.source()));
    }
}
