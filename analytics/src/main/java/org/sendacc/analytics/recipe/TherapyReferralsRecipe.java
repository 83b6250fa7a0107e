package org.sendacc.analytics.recipe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.TherapyCell;
import org.sendacc.contract.catalogue.CatalogueException;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.warehouse.WarehouseTables.TherapyReferrals;

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
    static final String WAITING = "waiting";
    static final String POPULATION = "population_0_25";

    @Override
    public String name() {
        return "therapy_referrals_waiting";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(TherapyReferrals.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        denominator(indicator, source);
        needs.therapyThreshold(Integer.parseInt(source.text("over_days")));
    }

    private static String denominator(Indicator indicator, IndicatorSource source) {
        String denominator = source.optionalText("denominator").orElse(WAITING);
        if (!denominator.equals(WAITING) && !denominator.equals(POPULATION)) {
            throw new CatalogueException(indicator.id() + ": denominator '" + denominator + "' is not one of ["
                    + WAITING + ", " + POPULATION + "]");
        }
        return denominator;
    }

    private record Census(String icbOdsCode, LocalDate date) {}

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        String service = source.text("service");
        int overDays = Integer.parseInt(source.text("over_days"));
        // A wait exceeds over_days when it exceeds more of the ascending thresholds than those below over_days.
        int thresholdIndex = inputs.therapyThresholds().indexOf(overDays);
        Map<Census, double[]> sums = new LinkedHashMap<>();
        for (TherapyCell cell : inputs.therapyReferrals()) {
            double[] sum = sums.computeIfAbsent(new Census(cell.icbOdsCode(), cell.censusDate()), key -> new double[2]);
            if (cell.stillWaiting() && cell.service().equals(service)) {
                sum[1] += cell.referrals();
                if (cell.thresholdsExceeded() > thresholdIndex) {
                    sum[0] += cell.referrals();
                }
            }
        }
        List<IcbFigure> figures = new ArrayList<>();
        sums.forEach((census, sum) -> figures.add(
                new IcbFigure(census.icbOdsCode(), CensusYears.period(census.date()), sum[0], sum[1], null)));
        return IcbFigures.allLevels(
                inputs.areas(),
                denominator(indicator, source).equals(POPULATION)
                        ? IcbFigures.overPopulation(inputs, figures)
                        : figures,
                indicator.id(),
                source.source());
    }
}
