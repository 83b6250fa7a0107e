package org.sendacc.server.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;

/** Builds an area's profile from the snapshot's indexes: the rows are found by area, never by scanning. */
final class AreaProfiles {
    /** The partners in the order the scorecard shows them; each is listed even when it has no indicator. */
    static final List<Partner> PARTNERS = List.of(Partner.values());

    private AreaProfiles() {}

    /**
     * The profile of an area.
     *
     * @param period the period to show, or null for each series' latest period
     */
    static AreaProfile build(Snapshot snapshot, Area area, String period) {
        List<IndicatorRow> rows =
                period == null ? snapshot.latestAreaRows(area.areaCode()) : snapshot.areaRows(area.areaCode(), period);
        Map<Partner, Map<String, List<IndicatorRow>>> byPartner = new LinkedHashMap<>();
        for (Partner partner : PARTNERS) {
            byPartner.put(partner, new LinkedHashMap<>());
        }
        // The rows come in catalogue order, so each partner's indicators keep it.
        for (IndicatorRow row : rows) {
            byPartner
                    .computeIfAbsent(row.partner(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(row.indicatorId(), key -> new ArrayList<>())
                    .add(row);
        }
        List<PartnerGroup> groups = new ArrayList<>();
        byPartner.forEach((partner, indicators) -> {
            List<ProfileIndicator> entries = new ArrayList<>();
            indicators.forEach((indicatorId, indicatorRows) -> {
                Indicator indicator = snapshot.indicator(indicatorId).orElseThrow();
                entries.add(new ProfileIndicator(
                        indicatorId, indicator.title(), indicator.unit(), indicator.polarity(), indicatorRows));
            });
            groups.add(new PartnerGroup(partner, entries));
        });
        return new AreaProfile(snapshot.id(), snapshot.isSynthetic(), area, period, groups);
    }
}
