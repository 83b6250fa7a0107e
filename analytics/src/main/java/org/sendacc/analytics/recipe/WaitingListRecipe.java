package org.sendacc.analytics.recipe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.WaitingListCell;
import org.sendacc.contract.catalogue.CatalogueException;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.CommunityWaitingList;

/**
 * Children waiting for a community health service, from NHS England's monthly waiting-list workbooks: the waiting
 * in the {@code numerator_bands} (e.g. 18-52 and 52+ weeks) over the {@code denominator} (the {@code total} band,
 * or {@code population_0_25} for a count), for the {@code service} and {@code age_group} as the warehouse stores
 * them. NHS England publishes England, NHS regions, ICBs and providers, never LAs: we keep England and the ICBs (NHS
 * regions are not the E12 regions), apportion the ICBs to LAs, and let the job add up the LAs to regions.
 *
 * <p>The period is the month the tables report ({@code 2023-10}), not the publication month. A band left blank
 * (no submission) leaves the organisation without a figure, with the workbook's reason. So does a band given twice
 * for a month (by two editions) or not at all.
 */
final class WaitingListRecipe implements Recipe {
    static final String POPULATION = "population_0_25";

    @Override
    public String name() {
        return "nhs_waiting_list";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(CommunityWaitingList.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        source.list("numerator_bands");
        if (isPerPopulation(source) && indicator.unit() != Unit.COUNT) {
            throw new CatalogueException(indicator.id() + ": a population denominator is only for a count");
        }
        needs.waitingList(ageGroup(source), source.text("service"));
    }

    private static boolean isPerPopulation(IndicatorSource source) {
        return denominator(source).equals(POPULATION);
    }

    private static String denominator(IndicatorSource source) {
        return source.optionalText("denominator").orElse(CommunityWaitingList.TOTAL_BAND);
    }

    private static String ageGroup(IndicatorSource source) {
        return source.optionalText("age_group").orElse("children");
    }

    private record Organisation(String level, String icbOdsCode, LocalDate month) {}

    private static final List<String> OVER_A_YEAR_PARTS = List.of("52-104", "104+");

    /** The bands of one organisation and month, added up as they come. */
    private static final class Tally {
        Double numerator;
        long numeratorBlanks;
        long numeratorBands;
        Double denominator;
        long denominatorBlanks;
        long denominatorBands;
        long overAYearParts;
        String reason;

        void add(WaitingListCell cell, boolean inNumerator, boolean partOfOverAYear) {
            if (partOfOverAYear) {
                overAYearParts += cell.rows();
            }
            if (inNumerator) {
                numerator = plus(numerator, cell.waiting());
                numeratorBlanks += cell.blanks();
                numeratorBands += cell.rows();
            } else {
                denominator = plus(denominator, cell.waiting());
                denominatorBlanks += cell.blanks();
                denominatorBands += cell.rows();
            }
            if (cell.blankReason() != null
                    && (reason == null || cell.blankReason().compareTo(reason) < 0)) {
                reason = cell.blankReason();
            }
        }

        private static Double plus(Double sum, Double value) {
            if (value == null) {
                return sum;
            }
            return sum == null ? value : Double.valueOf(sum + value);
        }
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        List<String> numeratorBands = source.list("numerator_bands");
        String denominator = denominator(source);
        boolean perPopulation = isPerPopulation(source);
        Map<Organisation, Tally> tallies = new LinkedHashMap<>();
        for (WaitingListCell cell : inputs.waitingList()) {
            if (!cell.ageGroup().equals(ageGroup(source)) || !cell.service().equalsIgnoreCase(source.text("service"))) {
                continue;
            }
            // Editions that split "over 52 weeks" into 52-104 and over 104 weeks give 52+ as those two parts.
            boolean partOfOverAYear = OVER_A_YEAR_PARTS.contains(cell.band()) && numeratorBands.contains("52+");
            boolean inNumerator = numeratorBands.contains(cell.band()) || partOfOverAYear;
            boolean inDenominator = !perPopulation && cell.band().equals(denominator);
            if (inNumerator || inDenominator) {
                tallies.computeIfAbsent(
                                new Organisation(cell.orgLevel(), cell.icbOdsCode(), cell.month()), key -> new Tally())
                        .add(cell, inNumerator, partOfOverAYear);
            }
        }
        List<BaseRow> rows = new ArrayList<>();
        List<IcbFigure> icbFigures = new ArrayList<>();
        for (Map.Entry<Organisation, Tally> entry : tallies.entrySet()) {
            Organisation organisation = entry.getKey();
            Tally tally = entry.getValue();
            // Every band once and none blank; a band given twice for a month (two editions) is not a figure either.
            boolean whole = tally.numeratorBlanks == 0
                    && tally.numeratorBands == numeratorBands.size() + (tally.overAYearParts > 0 ? 1 : 0)
                    && (tally.overAYearParts == 0 || tally.overAYearParts == OVER_A_YEAR_PARTS.size())
                    && (perPopulation || (tally.denominatorBlanks == 0 && tally.denominatorBands == 1));
            Double numerator = whole ? tally.numerator : null;
            Double denominatorValue = whole ? tally.denominator : null;
            BaseRow.Period period = BaseRow.Period.month(organisation.month());
            if (organisation.level().equals(CommunityWaitingList.ICB_LEVEL)) {
                icbFigures.add(
                        new IcbFigure(organisation.icbOdsCode(), period, numerator, denominatorValue, tally.reason));
            } else {
                if (perPopulation) {
                    denominatorValue =
                            numerator == null ? null : Recipes.population(inputs, AreaLevel.ENGLAND_CODE, period);
                }
                rows.add(new BaseRow(
                        indicator.id(),
                        source.source(),
                        AreaLevel.ENGLAND_CODE,
                        AreaLevel.ENGLAND,
                        period,
                        numerator,
                        denominatorValue,
                        false,
                        tally.reason));
            }
        }
        if (perPopulation) {
            icbFigures = IcbFigures.overPopulation(inputs, icbFigures);
        }
        rows.addAll(IcbFigures.icbRows(inputs.areas(), icbFigures, indicator.id(), source.source()));
        rows.addAll(IcbFigures.apportionedLaRows(inputs.areas(), icbFigures, indicator.id(), source.source()));
        return rows;
    }
}
