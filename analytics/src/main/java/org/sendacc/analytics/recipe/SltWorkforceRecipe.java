package org.sendacc.analytics.recipe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.catalogue.CatalogueException;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;
import org.sendacc.analytics.indicators.Areas;
import org.sendacc.analytics.indicators.BaseRows;

/**
 * Children's SLT open caseload per WTE therapist in post, from the ICBs' SLT workforce returns: caseloads can be
 * "inordinately large" even in a fully staffed service, and no national figure exists. Per ICB and census year
 * (see {@link CensusYears}); an LA gets the population-share apportionment of both caseload and WTE of its ICBs,
 * England the sum of the ICBs that returned.
 *
 * <p>No national maximum caseload exists, so the catalogue names a {@code reference_caseload} that an area sets
 * for itself; the recipe only checks that it is a positive number, and the dashboard reads it from the published
 * catalogue.json to draw the reference line.
 */
final class SltWorkforceRecipe implements Recipe {
    static final String TABLE = "local_slt_workforce";
    static final String ICB_ODS_CODE = "icb_ods_code";
    static final String CENSUS_DATE = "census_date";
    static final String SLT_WTE = "slt_wte";
    static final String OPEN_CASELOAD = "open_caseload";

    @Override
    public String name() {
        return "slt_workforce_caseload";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(TABLE);
    }

    @Override
    public Dataset<Row> compute(RecipeContext context, Indicator indicator, IndicatorSource source) {
        requirePositive(indicator, source.text("reference_caseload"));
        Dataset<Row> figures = CensusYears.latestOfEachYear(context.table(TABLE), ICB_ODS_CODE, CENSUS_DATE)
                .select(
                        col(ICB_ODS_CODE).as(Areas.ICB_ODS_CODE),
                        col(BaseRows.PERIOD),
                        col(BaseRows.PERIOD_LABEL),
                        col(BaseRows.PERIOD_START),
                        col(OPEN_CASELOAD).cast("double").as(BaseRows.NUMERATOR),
                        col(SLT_WTE).cast("double").as(BaseRows.DENOMINATOR),
                        lit(null).cast("string").as(BaseRows.MISSING_REASON));
        return IcbFigures.allLevels(context, figures, indicator.id(), source.source());
    }

    private static void requirePositive(Indicator indicator, String referenceCaseload) {
        double value;
        try {
            value = Double.parseDouble(referenceCaseload);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value > 0)) {
            throw new CatalogueException(indicator.id() + ": reference_caseload '" + referenceCaseload
                    + "' is not a positive number of children per WTE");
        }
    }
}
