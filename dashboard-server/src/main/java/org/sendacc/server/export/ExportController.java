package org.sendacc.server.export;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.RequestParameters;
import org.sendacc.server.ResponseCache;
import org.sendacc.server.change.ChangeLog;
import org.sendacc.server.change.ChangeQuery;
import org.sendacc.server.http.Encoded;
import org.sendacc.server.indicator.IndicatorLookup;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Period;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

/**
 * {@code /export.csv} and {@code /export-metadata.csv}: the citable downloads. Input and output only; the layout of
 * the files is {@link OpenDataCsv}'s and {@link ExportMetadataCsv}'s.
 */
public final class ExportController {
    /**
     * The most areas and indicators one export may name (docs/security.md, "Export size"): every area is the export
     * without {@code area=}, kept once built; a list of all 158 areas, one at a time different, was a 5 MB answer
     * built afresh for each request.
     */
    static final int MAX_NAMED = 20;

    private final SnapshotStore store;
    private final ChangeLog changes;
    private final ResponseCache responses;

    public ExportController(SnapshotStore store, ChangeLog changes, ResponseCache responses) {
        this.store = requireNonNull(store, "store is null");
        this.changes = requireNonNull(changes, "changes is null");
        this.responses = requireNonNull(responses, "responses is null");
    }

    /** {@code GET /changes.csv?since=ID&kind=K&indicator=ID&area=CODE}: the changes as the API gives them. */
    public void changes(Context context) {
        ChangeQuery query = ChangeQuery.of(context);
        Snapshot snapshot = store.current();
        SnapshotChanges all = query.all(changes, snapshot);
        StringWriter body = new StringWriter();
        try {
            ChangesCsv.write(all, query.changes(changes, snapshot), body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the changes of " + snapshot.id(), e);
        }
        String fileName = "sendacc_changes_"
                + Optional.ofNullable(all.previousSnapshotId()).orElse("none") + "_to_" + snapshot.id() + ".csv";
        context.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Encoded.once(ResponseCache.CSV, body.toString().getBytes(StandardCharsets.UTF_8))
                .send(context, ResponseCache.REVALIDATE);
    }

    /**
     * {@code GET /export.csv?indicator=ID...[&period=P][&source=S][&area=CODE...]}: every period unless one is asked.
     * The indicator may repeat; without one, an area (or several) is required and every indicator is exported for it.
     */
    public void export(Context context) {
        List<String> ids = RequestParameters.indicators(context);
        Optional<String> period = RequestParameters.period(context);
        Optional<String> source = RequestParameters.source(context);
        List<String> areaCodes = RequestParameters.areaCodes(context);
        if (areaCodes.size() > MAX_NAMED || ids.size() > MAX_NAMED) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST,
                    "One export names at most " + MAX_NAMED + " areas and " + MAX_NAMED + " indicators (this asked for "
                            + areaCodes.size() + " and " + ids.size() + "): leave out area= for every area");
        }
        if (ids.isEmpty() && areaCodes.isEmpty()) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST,
                    "Parameter indicator is required unless an area is given, e.g. ?indicator=ehcp_20wk_excl_exceptions"
                            + " or ?area=E08000025");
        }
        Snapshot snapshot = snapshot(context);
        List<Indicator> indicators = indicators(snapshot, ids);
        for (Indicator indicator : indicators) {
            if (!ids.isEmpty()) {
                source.ifPresent(name -> IndicatorLookup.requireSource(snapshot, indicator.id(), name));
                period.ifPresent(name -> IndicatorLookup.requirePeriod(snapshot, indicator.id(), name));
            }
        }
        for (String code : areaCodes) {
            if (snapshot.area(code).isEmpty()) {
                throw new DashboardException(
                        ErrorCategory.NOT_FOUND,
                        "Unknown area code " + DashboardException.quote(code) + " in snapshot " + snapshot.id());
            }
        }
        String name = ids.size() == 1 ? ids.get(0) : ids.isEmpty() ? "all-indicators" : "selected-indicators";
        String areaPart = areaCodes.size() == 1 ? "_" + areaCodes.get(0) : areaCodes.isEmpty() ? "" : "_selected-areas";
        String fileName =
                "sendacc_" + name + areaPart + "_" + period.orElse("all-periods") + "_" + snapshot.id() + ".csv";
        context.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        context.header("Link", "<" + metadataLink(ids) + ">; rel=\"describedby\"");
        // A question already asked of this snapshot gets the same bytes: a whole indicator's export is the largest
        // answer the server gives (docs/performance.md "Server soak"). Only validated questions are kept: an area's
        // export for every indicator takes any period or source and is built each time.
        if (ids.isEmpty() && (period.isPresent() || source.isPresent())) {
            Encoded.once(
                            ResponseCache.CSV,
                            csv(snapshot, indicators, ids, period, source, areaCodes)
                                    .getBytes(StandardCharsets.UTF_8))
                    .send(context, ResponseCache.REVALIDATE);
            return;
        }
        String key = String.join(",", ids) + "|" + period.orElse("") + "|" + source.orElse("") + "|"
                + String.join(",", new java.util.TreeSet<>(areaCodes));
        responses.sendCsv(context, snapshot, key, () -> csv(snapshot, indicators, ids, period, source, areaCodes));
    }

    private static String csv(
            Snapshot snapshot,
            List<Indicator> indicators,
            List<String> ids,
            Optional<String> period,
            Optional<String> source,
            List<String> areaCodes) {
        Set<String> areas = new HashSet<>(areaCodes);
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            String id = indicator.id();
            for (Period candidate : snapshot.periods(id)) {
                if (period.isPresent() && !period.get().equals(candidate.period())) {
                    continue;
                }
                for (IndicatorRow row : IndicatorLookup.rows(snapshot, id, candidate.period(), source.orElse(null))) {
                    if (areas.isEmpty() || areas.contains(row.areaCode())) {
                        rows.add(row);
                    }
                }
            }
        }
        StringWriter body = new StringWriter();
        try {
            OpenDataCsv.write(snapshot, rows, body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export of " + ids, e);
        }
        return body.toString();
    }

    /**
     * {@code GET /export-metadata.csv?indicator=ID...}: citation, definitions, sources and columns of the export; every
     * indicator's when none is given.
     */
    public void metadata(Context context) {
        List<String> ids = RequestParameters.indicators(context);
        Snapshot snapshot = snapshot(context);
        List<Indicator> indicators = indicators(snapshot, ids);
        StringWriter body = new StringWriter();
        try {
            ExportMetadataCsv.write(snapshot, indicators, baseUrl(context), body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metadata of " + ids, e);
        }
        String name = ids.size() == 1 ? ids.get(0) : ids.isEmpty() ? "all-indicators" : "selected-indicators";
        String fileName = "sendacc_" + name + "_metadata_" + snapshot.id() + ".csv";
        context.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Encoded.once(ResponseCache.CSV, body.toString().getBytes(StandardCharsets.UTF_8))
                .send(context, ResponseCache.REVALIDATE);
    }

    /**
     * The snapshot asked for with {@code snapshot=ID} (a citation's permalink), or the current one. An earlier snapshot
     * is read from the warehouse while it is kept there, and the last one asked for is held (docs/api.md).
     */
    private Snapshot snapshot(Context context) {
        Snapshot current = store.current();
        Optional<String> asked = RequestParameters.single(context, "snapshot", SNAPSHOT_ID, "a snapshot id");
        if (asked.isEmpty() || asked.get().equals(current.id())) {
            return current;
        }
        synchronized (this) {
            if (cited == null || !cited.id().equals(asked.get())) {
                cited = store.read(asked.get());
            }
            return cited;
        }
    }

    private static final java.util.regex.Pattern SNAPSHOT_ID =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** The last earlier snapshot a permalink asked for. */
    private Snapshot cited;

    /** The server's address as the request reached it, for the permalinks in a citation. */
    private static String baseUrl(Context context) {
        return context.scheme() + "://" + context.host();
    }

    /** The indicators named (each must exist), or the whole catalogue when none is. */
    private static List<Indicator> indicators(Snapshot snapshot, List<String> ids) {
        if (ids.isEmpty()) {
            return snapshot.catalogue().indicators();
        }
        List<Indicator> indicators = new ArrayList<>();
        ids.forEach(id -> indicators.add(IndicatorLookup.indicator(snapshot, id)));
        return indicators;
    }

    private static String metadataLink(List<String> ids) {
        StringBuilder link = new StringBuilder("/export-metadata.csv");
        for (String id : ids) {
            link.append(link.indexOf("?") < 0 ? '?' : '&').append("indicator=").append(id);
        }
        return link.toString();
    }
}
