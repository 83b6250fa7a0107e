package org.sendacc.analytics.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.analytics.areas.Area;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.areas.IcbShare;
import org.sendacc.contract.catalogue.SeriesSource;

/**
 * Secondary suppression (docs/snapshot.md "Disclosure"): no count our primary rule withholds may be recovered by
 * subtracting the published parts of a sum from its published total. For each series and period of what we compute
 * from local returns, every relation "total = sum of parts" that the snapshot's levels form is checked:
 *
 * <ul>
 *   <li>England, a region, an ICB footprint = the LAs in it (an ICB footprint weighs its LAs by population share);
 *   <li>England = the regions, and England = the ICB footprints;
 *   <li>an LA apportioned from ICB figures = its ICBs.
 * </ul>
 *
 * Where exactly one cell of a relation (its total or one part) is withheld, the smallest published part with a
 * count is withheld too, or the total when no part is left; this repeats until no relation has exactly one withheld
 * cell, since one withholding can expose another relation. Relations that are not exact (an ICB footprint against
 * apportioned LAs) are checked all the same: they can only withhold more.
 */
final class SecondarySuppression {
    static final String REASON =
            "suppressed so that a small count elsewhere cannot be worked out by subtraction from a total";

    private SecondarySuppression() {}

    private record SeriesPeriod(String indicatorId, String source, String period) {}

    /** A total and the parts it is the sum of, each a row with a count. */
    private record Relation(IndicatorRow total, List<IndicatorRow> parts) {
        long withheld() {
            return (total.isSuppressed ? 1 : 0)
                    + parts.stream().filter(part -> part.isSuppressed).count();
        }
    }

    /** Marks the rows withheld to protect others; returns how many. */
    static int apply(List<IndicatorRow> rows, Areas areas) {
        Map<SeriesPeriod, Map<String, IndicatorRow>> series = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            if (row.indicator.isDisclosureControlled()
                    && !SeriesSource.fromCatalogue(row.source).isPublished()
                    && row.numerator != null) {
                series.computeIfAbsent(
                                new SeriesPeriod(row.indicator.id(), row.source, row.period),
                                ignored -> new LinkedHashMap<>())
                        .put(row.areaCode, row);
            }
        }
        int withheld = 0;
        for (Map<String, IndicatorRow> byArea : series.values()) {
            List<Relation> relations = relations(byArea, areas);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Relation relation : relations) {
                    if (relation.withheld() == 1) {
                        IndicatorRow chosen = relation.parts().stream()
                                .filter(part -> !part.isSuppressed)
                                .min(Comparator.comparingDouble((IndicatorRow part) -> part.numerator)
                                        .thenComparing(part -> part.areaCode))
                                .orElse(relation.total());
                        chosen.isSuppressed = true;
                        chosen.isSecondarySuppression = true;
                        withheld++;
                        changed = true;
                    }
                }
            }
        }
        return withheld;
    }

    private static List<Relation> relations(Map<String, IndicatorRow> byArea, Areas areas) {
        List<IndicatorRow> las = new ArrayList<>();
        List<IndicatorRow> regions = new ArrayList<>();
        List<IndicatorRow> icbs = new ArrayList<>();
        IndicatorRow england = null;
        for (IndicatorRow row : byArea.values()) {
            switch (row.level) {
                case LA -> las.add(row);
                case REGION -> regions.add(row);
                case ICB -> icbs.add(row);
                case ENGLAND -> england = row;
                default -> {}
            }
        }
        List<Relation> relations = new ArrayList<>();
        if (england != null) {
            relations.add(new Relation(england, las));
            relations.add(new Relation(england, regions));
            relations.add(new Relation(england, icbs));
        }
        Map<String, List<IndicatorRow>> byRegion = new HashMap<>();
        Map<String, List<IndicatorRow>> byIcb = new HashMap<>();
        for (IndicatorRow la : las) {
            Optional<Area> area = areas.area(la.areaCode);
            area.map(Area::regionCode)
                    .ifPresent(region -> byRegion.computeIfAbsent(region, ignored -> new ArrayList<>())
                            .add(la));
            List<IndicatorRow> ofLa = new ArrayList<>();
            for (IcbShare share : areas.sharesOf(la.areaCode)) {
                byIcb.computeIfAbsent(share.icbCode(), ignored -> new ArrayList<>())
                        .add(la);
                IndicatorRow icb = byArea.get(share.icbCode());
                if (icb != null) {
                    ofLa.add(icb);
                }
            }
            if (la.isApportioned && !ofLa.isEmpty()) {
                relations.add(new Relation(la, ofLa));
            }
        }
        for (IndicatorRow region : regions) {
            relations.add(new Relation(region, byRegion.getOrDefault(region.areaCode, List.of())));
        }
        for (IndicatorRow icb : icbs) {
            relations.add(new Relation(icb, byIcb.getOrDefault(icb.areaCode, List.of())));
        }
        return relations;
    }
}
