package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.List;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.EpWorkforce;

/**
 * The LA's educational psychology service from its EP workforce return, which nobody publishes nationally: EP FTE
 * per head of the LA's 0-25 population, and the share of EP time spent on statutory (EHC) work, weighted by FTE so
 * that a region's figure is the share of all its EPs' time. Per LA and census year (see {@link CensusYears}); the
 * job adds the LAs up to regions, ICB footprints and England.
 */
final class EpWorkforceRecipe implements Recipe {
    static final String NO_STATUTORY_TIME = "the LA's EP return left statutory_time_pct empty";

    /** What is computed. */
    enum Measure {
        /** ep_fte over the population aged 0-25 (the catalogue's unit scales it per 10,000). */
        FTE_PER_POPULATION("ep_workforce_fte_per_population"),
        /** statutory_time_pct / 100 x ep_fte over ep_fte. */
        STATUTORY_TIME_SHARE("ep_workforce_statutory_time");

        private final String recipeName;

        Measure(String recipeName) {
            this.recipeName = recipeName;
        }
    }

    private final Measure measure;

    EpWorkforceRecipe(Measure measure) {
        this.measure = measure;
    }

    @Override
    public String name() {
        return measure.recipeName;
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(EpWorkforce.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        needs.columns(
                EpWorkforce.TABLE,
                List.of(
                        EpWorkforce.LA_CODE,
                        EpWorkforce.CENSUS_DATE,
                        EpWorkforce.EP_FTE,
                        EpWorkforce.STATUTORY_TIME_PCT));
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        List<BaseRow> rows = new ArrayList<>();
        for (SourceRow census : CensusYears.latestOfEachYear(
                inputs.rows(EpWorkforce.TABLE), EpWorkforce.LA_CODE, EpWorkforce.CENSUS_DATE)) {
            String la = census.text(EpWorkforce.LA_CODE);
            Double fte = census.number(EpWorkforce.EP_FTE);
            Double numerator;
            Double denominator;
            String reason = null;
            if (measure == Measure.FTE_PER_POPULATION) {
                numerator = fte;
                denominator = Recipes.population(inputs, la, CensusYears.period(census.date(EpWorkforce.CENSUS_DATE)));
            } else {
                Double percent = census.number(EpWorkforce.STATUTORY_TIME_PCT);
                boolean answered = percent != null;
                numerator = answered && fte != null ? percent / 100 * fte : null;
                denominator = answered ? fte : null;
                reason = answered ? null : NO_STATUTORY_TIME;
            }
            rows.add(new BaseRow(
                    indicator.id(),
                    source.source(),
                    la,
                    AreaLevel.LA,
                    CensusYears.period(census.date(EpWorkforce.CENSUS_DATE)),
                    numerator,
                    denominator,
                    false,
                    reason));
        }
        return rows;
    }
}
