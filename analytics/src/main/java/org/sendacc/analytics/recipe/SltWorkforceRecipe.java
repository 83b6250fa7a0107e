package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.List;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.CatalogueException;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.warehouse.WarehouseTables.SltWorkforce;

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
    @Override
    public String name() {
        return "slt_workforce_caseload";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(SltWorkforce.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        requirePositive(indicator, source.text("reference_caseload"));
        needs.columns(
                SltWorkforce.TABLE,
                List.of(
                        SltWorkforce.ICB_ODS_CODE,
                        SltWorkforce.CENSUS_DATE,
                        SltWorkforce.OPEN_CASELOAD,
                        SltWorkforce.SLT_WTE));
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        List<IcbFigure> figures = new ArrayList<>();
        for (SourceRow census : CensusYears.latestOfEachYear(
                inputs.rows(SltWorkforce.TABLE), SltWorkforce.ICB_ODS_CODE, SltWorkforce.CENSUS_DATE)) {
            figures.add(new IcbFigure(
                    census.text(SltWorkforce.ICB_ODS_CODE),
                    CensusYears.period(census.date(SltWorkforce.CENSUS_DATE)),
                    census.number(SltWorkforce.OPEN_CASELOAD),
                    census.number(SltWorkforce.SLT_WTE),
                    null));
        }
        return IcbFigures.allLevels(inputs.areas(), figures, indicator.id(), source.source());
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
