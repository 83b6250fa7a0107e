package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
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

/**
 * Children's therapy waits from the ICBs' own referral returns, so an ICB (and its LAs) can see the NHS England
 * measure from its own records: at the census, the children still waiting for the {@code service} (no first contact
 * by the census date) who have waited more than {@code over_days} days since referral (126 = 18 weeks, 364 = 52
 * weeks), over all children still waiting for it ({@code denominator} {@code waiting}) or over the ICB's 0-25
 * population ({@code population_0_25}, for a count). One period per census year (see {@link CensusYears}). LAs get
 * the population-share apportionment of their ICBs; England is the sum of the ICBs that returned.
 *
 * <p>An ICB counts at a census when its return has any referral at that census, whatever the service, so an ICB
 * with nobody waiting for this service has a figure of zero rather than none.
 */
final class TherapyReferralsRecipe implements Recipe {
    static final String TABLE = "local_therapy_referrals";
    static final String ICB_ODS_CODE = "icb_ods_code";
    static final String SERVICE = "service";
    static final String REFERRAL_DATE = "referral_date";
    static final String FIRST_CONTACT_DATE = "first_contact_date";
    static final String CENSUS_DATE = "census_date";
    static final String WAITING = "waiting";
    static final String POPULATION = "population_0_25";

    @Override
    public String name() {
        return "therapy_referrals_waiting";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(TABLE);
    }

    @Override
    public Dataset<Row> compute(RecipeContext context, Indicator indicator, IndicatorSource source) {
        int overDays = Integer.parseInt(source.text("over_days"));
        String denominator = source.optionalText("denominator").orElse(WAITING);
        if (!denominator.equals(WAITING) && !denominator.equals(POPULATION)) {
            throw new CatalogueException(indicator.id() + ": denominator '" + denominator + "' is not one of ["
                    + WAITING + ", " + POPULATION + "]");
        }
        Column census = col(CENSUS_DATE);
        Column stillWaiting = col(SERVICE)
                .equalTo(source.text("service"))
                .and(col(REFERRAL_DATE).leq(census))
                .and(col(FIRST_CONTACT_DATE).isNull().or(col(FIRST_CONTACT_DATE).gt(census)));
        Column waitedLong =
                stillWaiting.and(datediff(census, col(REFERRAL_DATE)).gt(overDays));
        Dataset<Row> figures = CensusYears.latestOfEachYear(context.table(TABLE), ICB_ODS_CODE, CENSUS_DATE)
                .groupBy(
                        col(ICB_ODS_CODE).as(Areas.ICB_ODS_CODE),
                        col(BaseRows.PERIOD),
                        col(BaseRows.PERIOD_LABEL),
                        col(BaseRows.PERIOD_START))
                .agg(
                        sum(when(waitedLong, 1.0).otherwise(0.0)).as(BaseRows.NUMERATOR),
                        sum(when(stillWaiting, 1.0).otherwise(0.0)).as(BaseRows.DENOMINATOR))
                .withColumn(BaseRows.MISSING_REASON, lit(null).cast("string"));
        if (denominator.equals(POPULATION)) {
            figures = IcbFigures.withPopulationDenominator(context, figures);
        }
        return IcbFigures.allLevels(context, figures, indicator.id(), source.source());
    }
}
