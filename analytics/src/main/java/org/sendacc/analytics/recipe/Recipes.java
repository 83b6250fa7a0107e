package org.sendacc.analytics.recipe;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendacc.contract.catalogue.CatalogueException;

/** Every recipe the catalogue may name. */
public final class Recipes {
    private static final Map<String, Recipe> BY_NAME = List.of(
                    new EesProportionRecipe(),
                    new EesRatePerPopulationRecipe(),
                    new EesYesNoRecipe(),
                    new TribunalAppealsRecipe(),
                    new AssessmentRecordsRecipe(AssessmentRecordsRecipe.Measure.TIMELINESS),
                    new AssessmentRecordsRecipe(AssessmentRecordsRecipe.Measure.DECISIONS_WITHIN_SIX_WEEKS),
                    new AssessmentRecordsRecipe(AssessmentRecordsRecipe.Measure.REFUSALS),
                    new HealthAdviceRecipe(),
                    new WaitingListRecipe(),
                    new TherapyReferralsRecipe(),
                    new SltWorkforceRecipe(),
                    new EpWorkforceRecipe(EpWorkforceRecipe.Measure.FTE_PER_POPULATION),
                    new EpWorkforceRecipe(EpWorkforceRecipe.Measure.STATUTORY_TIME_SHARE),
                    new HighNeedsFundingRecipe(),
                    new InspectionWsoaRecipe(),
                    new InspectionOutcomeRecipe(),
                    new DsgBalanceRecipe(),
                    new EesPublishedPercentRecipe(),
                    new PersistentAbsenceRecipe(),
                    new AutismWaitsRecipe(),
                    new Ks4BySenRecipe(),
                    new Sen2OlderReleaseRecipe(),
                    new ApPerPopulationRecipe())
            .stream()
            .collect(Collectors.toUnmodifiableMap(Recipe::name, Function.identity()));

    private Recipes() {}

    /** The area's population aged 0 to 25 nearest the period (see {@link org.sendacc.analytics.areas.Populations}). */
    static Double population(org.sendacc.analytics.input.Inputs inputs, String areaCode, BaseRow.Period period) {
        return inputs.populations().of(areaCode, period.key(), period.start(), period.isMonth());
    }

    public static Recipe named(String name) {
        Recipe recipe = BY_NAME.get(name);
        if (recipe == null) {
            throw new CatalogueException("unknown recipe '" + name + "'; known: "
                    + BY_NAME.keySet().stream().sorted().toList());
        }
        return recipe;
    }
}
