package org.sendacc.server.export;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.RequestParameters;
import org.sendacc.server.indicator.IndicatorLookup;
import org.sendacc.server.snapshot.CatalogueIndicator;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Period;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

/**
 * {@code /export.csv} and {@code /export-metadata.csv}: the citable downloads. Input and output only; the layout of
 * the files is {@link OpenDataCsv}'s and {@link ExportMetadataCsv}'s.
 */
public final class ExportController {
    private static final String CSV = "text/csv; charset=utf-8";

    private final SnapshotStore store;

    public ExportController(SnapshotStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /** {@code GET /export.csv?indicator=ID[&period=P][&source=S][&area=CODE...]}: every period unless one is asked. */
    public void export(Context context) {
        String id = RequestParameters.requiredIndicator(context);
        Optional<String> period = RequestParameters.period(context);
        Optional<String> source = RequestParameters.source(context);
        List<String> areaCodes = RequestParameters.areaCodes(context);
        Snapshot snapshot = store.current();
        CatalogueIndicator indicator = IndicatorLookup.indicator(snapshot, id);
        source.ifPresent(name -> IndicatorLookup.requireSource(snapshot, id, name));
        period.ifPresent(name -> IndicatorLookup.requirePeriod(snapshot, id, name));
        for (String code : areaCodes) {
            if (snapshot.area(code).isEmpty()) {
                throw new DashboardException(
                        ErrorCategory.NOT_FOUND,
                        "Unknown area code " + DashboardException.quote(code) + " in snapshot " + snapshot.id());
            }
        }
        Set<String> areas = new HashSet<>(areaCodes);
        List<IndicatorRow> rows = new ArrayList<>();
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
        StringWriter body = new StringWriter();
        try {
            OpenDataCsv.write(snapshot, indicator, rows, body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export of " + id, e);
        }
        String fileName = "sendacc_" + id + "_" + period.orElse("all-periods") + "_" + snapshot.id() + ".csv";
        context.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        context.header("Link", "</export-metadata.csv?indicator=" + id + ">; rel=\"describedby\"");
        context.contentType(CSV).result(body.toString());
    }

    /** {@code GET /export-metadata.csv?indicator=ID}: citation, definitions, sources and columns of the export. */
    public void metadata(Context context) {
        String id = RequestParameters.requiredIndicator(context);
        Snapshot snapshot = store.current();
        CatalogueIndicator indicator = IndicatorLookup.indicator(snapshot, id);
        StringWriter body = new StringWriter();
        try {
            ExportMetadataCsv.write(snapshot, indicator, body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metadata of " + id, e);
        }
        String fileName = "sendacc_" + id + "_metadata_" + snapshot.id() + ".csv";
        context.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        context.contentType(CSV).result(body.toString());
    }
}
