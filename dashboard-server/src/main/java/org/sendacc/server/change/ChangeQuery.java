package org.sendacc.server.change;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.snapshot.Change;
import org.sendacc.contract.snapshot.ChangeKind;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.RequestParameters;
import org.sendacc.server.snapshot.Snapshot;

/**
 * What a request for changes asks: since which snapshot (default: the one the current snapshot replaced), and only
 * one kind, indicator or area. The API, the page and the CSV read the same parameters.
 */
public record ChangeQuery(
        Optional<String> since, Optional<ChangeKind> kind, Optional<String> indicator, Optional<String> area) {
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public static ChangeQuery of(Context context) {
        Optional<String> since = RequestParameters.single(
                context, "since", SNAPSHOT_ID, "a snapshot id like 20260101T000000Z-aaaa (GET /api/snapshot)");
        Optional<ChangeKind> kind = RequestParameters.single(
                        context, "kind", Pattern.compile("[a-z_]{1,40}"), "a kind of change")
                .map(ChangeQuery::kind);
        return new ChangeQuery(
                since, kind, RequestParameters.indicator(context), RequestParameters.code(context, "area"));
    }

    private static ChangeKind kind(String token) {
        List<String> tokens = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            if (kind.token().equals(token)) {
                return kind;
            }
            tokens.add(kind.token());
        }
        throw new DashboardException(
                ErrorCategory.BAD_REQUEST,
                "Parameter kind " + DashboardException.quote(token) + " is not one of " + String.join(", ", tokens));
    }

    /** The changes asked for, in the current snapshot. */
    public List<Change> changes(ChangeLog log, Snapshot snapshot) {
        return ChangeLog.filter(all(log, snapshot).changes(), kind, indicator, area);
    }

    /** Every change since the snapshot asked for, unfiltered. */
    public SnapshotChanges all(ChangeLog log, Snapshot snapshot) {
        return log.since(snapshot, since);
    }

    /** A key for the answer in the response cache. */
    public String key() {
        return since.orElse("") + "/" + kind.map(ChangeKind::token).orElse("") + "/" + indicator.orElse("") + "/"
                + area.orElse("");
    }
}
