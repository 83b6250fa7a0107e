package org.sendacc.analytics.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.snapshot.AreaLevel;

/**
 * Ranks and quartiles: LAs among LAs and ICB footprints among ICB footprints, never an estimate
 * (docs/snapshot.md "Ranks").
 */
final class Ranks {
    private Ranks() {}

    record League(String indicatorId, String source, String period, AreaLevel level) {}

    /**
     * Ranks LAs with a published value of their own among LAs, and ICB footprints among ICB footprints, 1 = best by
     * polarity (highest first where there is no polarity). An LA's estimate (its share of ICB figures) is not ranked:
     * it would rank the same ICB figure once per LA.
     */
    static void withRanks(List<IndicatorRow> rows) {
        Map<League, List<IndicatorRow>> leagues = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            boolean ranked = row.level == AreaLevel.LA || row.level == AreaLevel.ICB;
            if (ranked && row.value != null && !row.isSuppressed && !row.isEstimate()) {
                leagues.computeIfAbsent(
                                new League(row.indicator.id(), row.source, row.period, row.level),
                                ignored -> new ArrayList<>())
                        .add(row);
            }
        }
        for (List<IndicatorRow> league : leagues.values()) {
            league.sort(Comparator.comparingDouble(Ranks::orderValue).thenComparing(row -> row.areaCode));
            int size = league.size();
            int rank = 1;
            for (int position = 0; position < size; position++) {
                IndicatorRow row = league.get(position);
                if (position > 0 && orderValue(league.get(position - 1)) != orderValue(row)) {
                    rank = position + 1;
                }
                row.rank = rank;
                row.quartile = quartile(rank - 1, size); // tied areas share the quartile of the first of them
                row.rankedAreas = (long) size;
            }
        }
    }

    /** The ascending sort key of a league: the value where lower is better, its negation otherwise. */
    static double orderValue(IndicatorRow row) {
        double order = row.indicator.polarity() == Polarity.LOWER_IS_BETTER ? row.value : -row.value;
        return order == 0 ? 0.0 : order; // -0.0 and 0.0 tie, as in SQL
    }

    /**
     * The quartile of a league position as SQL's NTILE(4) gives it (the first size mod 4 quarters hold one area more
     * than the others); {@link #withRanks} passes the position of the first of tied areas, so ties share a quartile.
     */
    static int quartile(int position, int size) {
        int base = size / 4;
        int larger = size % 4;
        int boundary = larger * (base + 1);
        if (position < boundary) {
            return position / (base + 1) + 1;
        }
        return larger + (position - boundary) / base + 1;
    }
}
