package org.sendacc.server.change;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.server.ResponseCache;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

/**
 * {@code GET /api/changes?since=ID&kind=K&indicator=ID&area=CODE}: what changed in the current snapshot since the
 * previous one (or the one named), as {@code {"snapshot_id", "since_snapshot_id", "changes": [...]}}.
 */
public final class ChangesController {
    private final SnapshotStore store;
    private final ResponseCache responses;
    private final ChangeLog log;

    public ChangesController(SnapshotStore store, ResponseCache responses, ChangeLog log) {
        this.store = requireNonNull(store, "store is null");
        this.responses = requireNonNull(responses, "responses is null");
        this.log = requireNonNull(log, "log is null");
    }

    public void changes(Context context) {
        ChangeQuery query = ChangeQuery.of(context);
        Snapshot snapshot = store.current();
        responses.send(context, snapshot, "changes/" + query.key(), () -> {
            SnapshotChanges all = query.all(log, snapshot);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("snapshot_id", snapshot.id());
            body.put("since_snapshot_id", all.previousSnapshotId());
            body.put("changes", query.changes(log, snapshot));
            return body;
        });
    }
}
