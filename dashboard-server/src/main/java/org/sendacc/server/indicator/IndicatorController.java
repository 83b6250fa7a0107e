package org.sendacc.server.indicator;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.server.RequestParameters;
import org.sendacc.server.ResponseCache;
import org.sendacc.server.Routes;
import org.sendacc.server.group.ComparisonGroup;
import org.sendacc.server.group.GroupFigures;
import org.sendacc.server.group.GroupQuery;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Period;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

/** {@code /api/indicators} and {@code /api/indicators/{id}}: input and output only; errors are thrown. */
public final class IndicatorController {
    private final SnapshotStore store;
    private final ResponseCache responses;

    public IndicatorController(SnapshotStore store, ResponseCache responses) {
        this.store = requireNonNull(store, "store is null");
        this.responses = requireNonNull(responses, "responses is null");
    }

    /** {@code GET /api/indicators}: the catalogue. */
    public void catalogue(Context context) {
        Snapshot snapshot = store.current();
        responses.send(context, snapshot, "indicators", () -> {
            List<IndicatorEntry> entries = new ArrayList<>();
            for (Indicator indicator : snapshot.catalogue().indicators()) {
                entries.add(new IndicatorEntry(
                        indicator, snapshot.periods(indicator.id()), snapshot.sources(indicator.id())));
            }
            return new IndicatorCatalogue(
                    snapshot.id(), snapshot.isSynthetic(), snapshot.catalogue().version(), entries);
        });
    }

    /**
     * {@code GET /api/indicators/{id}?period=P&source=S&group=G}: all areas' rows; the latest period unless one is
     * asked; with a comparison group, its figure and each row's comparison with it.
     */
    public void indicator(Context context) {
        String id = context.pathParam("id");
        Optional<String> period = RequestParameters.period(context);
        Optional<String> source = RequestParameters.source(context);
        Snapshot snapshot = store.current();
        Indicator indicator = IndicatorLookup.indicator(snapshot, id);
        source.ifPresent(name -> IndicatorLookup.requireSource(snapshot, id, name));
        period.ifPresent(name -> IndicatorLookup.requirePeriod(snapshot, id, name));
        Optional<Period> shown = period.isPresent()
                ? IndicatorLookup.period(snapshot, id, period.get())
                : IndicatorLookup.latestPeriod(snapshot, id, source.orElse(null));
        Optional<ComparisonGroup> group = GroupQuery.of(context, snapshot);
        String key = "indicator/" + id + "/" + period.orElse("latest") + "/" + source.orElse("all") + "/"
                + group.map(ComparisonGroup::parameter).orElse("");
        responses.send(context, snapshot, key, () -> {
            List<IndicatorRow> rows = shown.map(
                            value -> IndicatorLookup.rows(snapshot, id, value.period(), source.orElse(null)))
                    .orElse(List.of());
            GroupFigures.Grouped grouped = group.map(chosen -> GroupFigures.group(
                            chosen,
                            rows,
                            Routes.indicator(id) + "?period="
                                    + shown.map(Period::period).orElse("")
                                    + source.map(name -> "&source=" + name).orElse("") + "&group="
                                    + chosen.parameter()))
                    .orElse(null);
            return new IndicatorFigures(
                    snapshot.id(),
                    snapshot.isSynthetic(),
                    indicator,
                    shown.map(Period::period).orElse(null),
                    shown.map(Period::periodLabel).orElse(null),
                    source.orElse(null),
                    snapshot.periods(id),
                    snapshot.sources(id),
                    grouped == null ? rows : grouped.rows(),
                    grouped == null ? null : grouped.group());
        });
    }
}
