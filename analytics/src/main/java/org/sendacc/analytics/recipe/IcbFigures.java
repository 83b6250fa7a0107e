package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sendacc.analytics.areas.Area;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.areas.IcbShare;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.contract.snapshot.AreaLevel;

/**
 * Turns figures a source gives per ICB (NHS England's waiting lists, an ICB's therapy or workforce return) into base
 * rows. NHS England never publishes by LA, and LA and ICB footprints do not nest, so an LA's figure is the declared
 * apportionment of its ICBs' figures: for each LA, numerator = sum over its ICBs of share_of_icb x the ICB's
 * numerator, and the same for the denominator, where share_of_icb is the LA's 0-25 population in the ICB over the
 * ICB's 0-25 population (so an ICB's figure is shared out whole among its LAs). Such rows are flagged apportioned.
 */
final class IcbFigures {
    static final String NO_ICB_FIGURE = "no figure from this ICB in the source for this period";

    private IcbFigures() {}

    /** Every ICB of the reference data for every period of the figures: its own figure, or why it has none. */
    static List<BaseRow> icbRows(Areas areas, List<IcbFigure> figures, String indicatorId, String source) {
        Map<String, List<IcbFigure>> byKey = byIcbAndPeriod(figures);
        List<BaseRow> rows = new ArrayList<>();
        for (Area icb : areas.icbs()) {
            for (BaseRow.Period period : periods(figures)) {
                List<IcbFigure> found = byKey.get(key(icb.icbOdsCode(), period));
                for (IcbFigure figure : found == null ? java.util.Collections.<IcbFigure>singletonList(null) : found) {
                    boolean complete = figure != null && figure.isComplete();
                    String reason = null;
                    if (!complete) {
                        reason = figure != null && figure.missingReason() != null
                                ? figure.missingReason()
                                : NO_ICB_FIGURE;
                    }
                    rows.add(new BaseRow(
                            indicatorId,
                            source,
                            icb.code(),
                            AreaLevel.ICB,
                            period,
                            figure == null ? null : figure.numerator(),
                            figure == null ? null : figure.denominator(),
                            false,
                            reason));
                }
            }
        }
        return rows;
    }

    /**
     * Every LA with an ICB membership, for every period of the figures: the population-share apportionment of its
     * ICBs' figures, or, when any of its ICBs has no figure, nothing and a reason naming that ICB.
     */
    static List<BaseRow> apportionedLaRows(Areas areas, List<IcbFigure> figures, String indicatorId, String source) {
        Map<String, List<IcbFigure>> byKey = byIcbAndPeriod(figures);
        Map<String, List<IcbShare>> byLa = new LinkedHashMap<>();
        for (IcbShare share : areas.shares()) {
            byLa.computeIfAbsent(share.laCode(), code -> new ArrayList<>()).add(share);
        }
        List<BaseRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<IcbShare>> la : byLa.entrySet()) {
            for (BaseRow.Period period : periods(figures)) {
                Double numerator = null;
                Double denominator = null;
                Set<String> missing = new TreeSet<>();
                String firstReason = null;
                for (IcbShare share : la.getValue()) {
                    List<IcbFigure> found = byKey.get(key(share.icbOdsCode(), period));
                    for (IcbFigure figure :
                            found == null ? java.util.Collections.<IcbFigure>singletonList(null) : found) {
                        if (figure != null && figure.numerator() != null) {
                            numerator = (numerator == null ? 0 : numerator) + share.shareOfIcb() * figure.numerator();
                        }
                        if (figure != null && figure.denominator() != null) {
                            denominator =
                                    (denominator == null ? 0 : denominator) + share.shareOfIcb() * figure.denominator();
                        }
                        if (figure == null || !figure.isComplete()) {
                            missing.add(share.icbOdsCode());
                            String reason = figure != null && figure.missingReason() != null
                                    ? figure.missingReason()
                                    : NO_ICB_FIGURE;
                            firstReason =
                                    firstReason == null || reason.compareTo(firstReason) < 0 ? reason : firstReason;
                        }
                    }
                }
                boolean whole = missing.isEmpty();
                rows.add(new BaseRow(
                        indicatorId,
                        source,
                        la.getKey(),
                        AreaLevel.LA,
                        period,
                        whole ? numerator : null,
                        whole ? denominator : null,
                        true,
                        whole ? null : noIcbFigure(areas, missing, firstReason)));
            }
        }
        return rows;
    }

    /**
     * Why an LA has no share of its ICBs' figures, in plain words: "no figure for NHS Surrey Heartlands ICB (QXU), the
     * ICB this local authority belongs to: no submission".
     */
    static String noIcbFigure(Areas areas, Set<String> missingOdsCodes, String reason) {
        List<String> named = new ArrayList<>();
        for (String ods : missingOdsCodes) {
            named.add(areas.icbByOdsCode(ods)
                    .map(icb -> icb.name() + " (" + ods + ")")
                    .orElse("ICB " + ods));
        }
        String plain = reason.replace("no submission (blank)", "no submission: the cell is blank in the workbook");
        return "no figure for " + String.join(" or ", named) + ", the ICB" + (named.size() == 1 ? "" : "s")
                + " this local authority belongs to: " + plain;
    }

    /** England as the sum of the ICBs with a figure (for returns, which have no England row of their own). */
    static List<BaseRow> englandFromIcbs(List<IcbFigure> figures, String indicatorId, String source) {
        Map<BaseRow.Period, double[]> sums = new LinkedHashMap<>();
        for (IcbFigure figure : figures) {
            if (figure.isComplete()) {
                double[] sum = sums.computeIfAbsent(figure.period(), period -> new double[2]);
                sum[0] += figure.numerator();
                sum[1] += figure.denominator();
            }
        }
        List<BaseRow> rows = new ArrayList<>();
        sums.forEach((period, sum) -> rows.add(new BaseRow(
                indicatorId, source, AreaLevel.ENGLAND_CODE, AreaLevel.ENGLAND, period, sum[0], sum[1], false, null)));
        return rows;
    }

    /** The ICB rows, the apportioned LA rows and England as the sum of the ICBs: what an ICB return yields. */
    static List<BaseRow> allLevels(Areas areas, List<IcbFigure> figures, String indicatorId, String source) {
        List<BaseRow> rows = new ArrayList<>(icbRows(areas, figures, indicatorId, source));
        rows.addAll(apportionedLaRows(areas, figures, indicatorId, source));
        rows.addAll(englandFromIcbs(figures, indicatorId, source));
        return rows;
    }

    /**
     * The figures with the ICB's 0-25 population as the denominator: for a count indicator, whose value is the
     * numerator, so that its denominator (and the trend test over it) is a population, apportioned like the count.
     */
    static List<IcbFigure> overPopulation(Inputs inputs, List<IcbFigure> figures) {
        return figures.stream()
                .map(figure -> figure.overPopulation(inputs.areas()
                        .icbByOdsCode(figure.icbOdsCode())
                        .map(icb -> Recipes.population(inputs, icb.code(), figure.period()))
                        .orElse(null)))
                .toList();
    }

    private static Set<BaseRow.Period> periods(List<IcbFigure> figures) {
        Set<BaseRow.Period> periods = new LinkedHashSet<>();
        figures.forEach(figure -> periods.add(figure.period()));
        return periods;
    }

    private static Map<String, List<IcbFigure>> byIcbAndPeriod(List<IcbFigure> figures) {
        Map<String, List<IcbFigure>> byKey = new HashMap<>();
        for (IcbFigure figure : figures) {
            byKey.computeIfAbsent(key(figure.icbOdsCode(), figure.period()), key -> new ArrayList<>())
                    .add(figure);
        }
        return byKey;
    }

    private static String key(String odsCode, BaseRow.Period period) {
        return odsCode + "\u0000" + period.key();
    }
}
