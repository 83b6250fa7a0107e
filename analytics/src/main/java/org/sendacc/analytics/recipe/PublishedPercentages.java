package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;

/**
 * What the recipes of percentages a publisher gives without their counts share (the DSG balance, NCCIS's NEET shares,
 * the re-published absence): each figure as published, and, for the levels the file does not give, a row saying why,
 * which keeps the job from adding the LAs up as if their percentages had counts behind them.
 */
final class PublishedPercentages {
    static final String NOT_FOR_FOOTPRINTS =
            "not published for ICB footprints, and not added up from its LAs: the file gives no counts to add";
    static final String LAS_ONLY =
            "the source re-publishes LA figures only, without the counts to add them up for this area";

    private PublishedPercentages() {}

    /**
     * A published figure as a base row: the figure over the unit's multiplier (a percentage over 100) as numerator, 1
     * as denominator, so that the value is the published figure (the published table keeps neither).
     */
    static BaseRow row(
            Indicator indicator,
            IndicatorSource source,
            String areaCode,
            AreaLevel level,
            BaseRow.Period period,
            Double percent,
            String missingReason) {
        return new BaseRow(
                indicator.id(),
                source.source(),
                areaCode,
                level,
                period,
                percent == null ? null : percent / indicator.multiplier(),
                percent == null ? null : 1.0,
                false,
                percent == null ? missingReason : null);
    }

    /** A row without a figure, and why, for each area of the given levels (England, regions, ICBs) and period. */
    static List<BaseRow> notAddedUp(
            Inputs inputs,
            Indicator indicator,
            IndicatorSource source,
            Set<BaseRow.Period> periods,
            List<AreaLevel> levels) {
        List<BaseRow> rows = new ArrayList<>();
        for (AreaLevel level : levels) {
            Set<String> codes = new LinkedHashSet<>();
            switch (level) {
                case ENGLAND -> codes.add(AreaLevel.ENGLAND_CODE);
                case REGION -> inputs.areas().currentLas().forEach(la -> codes.add(la.regionCode()));
                case ICB -> inputs.areas().icbs().forEach(icb -> codes.add(icb.code()));
                default -> throw new IllegalArgumentException("LAs are what the files give, not a level to add up");
            }
            String reason = level == AreaLevel.ICB ? NOT_FOR_FOOTPRINTS : LAS_ONLY;
            for (BaseRow.Period period : periods) {
                for (String code : codes) {
                    rows.add(new BaseRow(
                            indicator.id(), source.source(), code, level, period, null, null, false, reason));
                }
            }
        }
        return rows;
    }
}
