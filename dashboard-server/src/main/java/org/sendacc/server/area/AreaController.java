package org.sendacc.server.area;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.RequestParameters;
import org.sendacc.server.ResponseCache;
import org.sendacc.server.finding.Findings;
import org.sendacc.server.indicator.IndicatorLookup;
import org.sendacc.server.page.Geography;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.BreakdownRow;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

/**
 * {@code /api/areas}, {@code /api/areas/{code}/profile} and {@code /api/areas/{code}/findings}: input and output
 * only; errors are thrown.
 */
public final class AreaController {
    private final SnapshotStore store;
    private final ResponseCache responses;
    private final Geography geography;

    public AreaController(SnapshotStore store, ResponseCache responses, Geography geography) {
        this.store = requireNonNull(store, "store is null");
        this.responses = requireNonNull(responses, "responses is null");
        this.geography = requireNonNull(geography, "geography is null");
    }

    /** {@code GET /api/areas}: code, name, level, region and ICB footprint of every area. */
    public void areas(Context context) {
        Snapshot snapshot = store.current();
        responses.send(
                context,
                snapshot,
                "areas",
                () -> new AreaList(snapshot.id(), snapshot.isSynthetic(), snapshot.areas()));
    }

    /** {@code GET /api/areas/{code}/profile?period=P}: every indicator's row for the area, grouped by partner. */
    public void profile(Context context) {
        String code = context.pathParam("code");
        Optional<String> period = RequestParameters.period(context);
        Snapshot snapshot = store.current();
        Area area = area(snapshot, code);
        if (period.isPresent() && !snapshot.hasPeriod(period.get())) {
            throw new DashboardException(
                    ErrorCategory.NOT_FOUND,
                    "No indicator has period " + DashboardException.quote(period.get()) + " in snapshot "
                            + snapshot.id());
        }
        responses.send(
                context,
                snapshot,
                "profile/" + code + "/" + period.orElse("latest"),
                () -> AreaProfiles.build(snapshot, area, period.orElse(null)));
    }

    /** {@code GET /api/areas/{code}/findings}: the headline findings about an LA or an ICB footprint. */
    public void findings(Context context) {
        String code = context.pathParam("code");
        Snapshot snapshot = store.current();
        Area area = area(snapshot, code);
        if (area.areaLevel() != AreaLevel.LA && area.areaLevel() != AreaLevel.ICB) {
            throw new DashboardException(
                    ErrorCategory.NOT_FOUND,
                    "Findings are written for local authorities and ICB footprints; " + DashboardException.quote(code)
                            + " is " + area.areaLevel().geographicLevel());
        }
        responses.send(context, snapshot, "findings/" + code, () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("area_code", area.areaCode());
            body.put("area_name", area.areaName());
            body.put("snapshot_id", snapshot.id());
            body.put("cards", Findings.cards(snapshot, area, geography.neighbours(area.areaCode())));
            return body;
        });
    }

    /**
     * {@code GET /api/areas/{code}/breakdowns?indicator=ID&period=P}: the area's figures for the indicator by each
     * breakdown the publisher gives, in the period asked or the latest with breakdowns.
     */
    public void breakdowns(Context context) {
        String code = context.pathParam("code");
        String indicator = RequestParameters.indicator(context)
                .orElseThrow(() -> new DashboardException(
                        ErrorCategory.BAD_REQUEST,
                        "Parameter indicator is required, e.g. ?indicator=ehcp_20wk_excl_exceptions"));
        Optional<String> period = RequestParameters.period(context);
        Snapshot snapshot = store.current();
        Area area = area(snapshot, code);
        IndicatorLookup.indicator(snapshot, indicator);
        responses.send(context, snapshot, "breakdowns/" + code + "/" + indicator + "/" + period.orElse(""), () -> {
            List<BreakdownRow> rows = snapshot.breakdowns(area.areaCode(), indicator, period);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("area_code", area.areaCode());
            body.put("indicator_id", indicator);
            body.put(
                    "period", rows.isEmpty() ? period.orElse(null) : rows.get(0).period());
            body.put("snapshot_id", snapshot.id());
            body.put("breakdowns", rows);
            return body;
        });
    }

    private static Area area(Snapshot snapshot, String code) {
        return snapshot.area(code)
                .orElseThrow(() -> new DashboardException(
                        ErrorCategory.NOT_FOUND,
                        "Unknown area code " + DashboardException.quote(code) + " in snapshot " + snapshot.id()));
    }
}
