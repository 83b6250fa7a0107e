package org.sendacc.server.group;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendacc.server.ResponseCache;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

/** {@code GET /api/groups}: the snapshot's named comparison groups, each with its LAs and completeness. */
public final class GroupController {
    private final SnapshotStore store;
    private final ResponseCache responses;

    public GroupController(SnapshotStore store, ResponseCache responses) {
        this.store = requireNonNull(store, "store is null");
        this.responses = requireNonNull(responses, "responses is null");
    }

    public void groups(Context context) {
        Snapshot snapshot = store.current();
        responses.send(context, snapshot, "groups", () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("snapshot_id", snapshot.id());
            body.put("groups", snapshot.groups());
            return body;
        });
    }
}
