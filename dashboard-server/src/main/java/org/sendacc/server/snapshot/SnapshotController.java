package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.sendacc.server.ResponseCache;

/**
 * {@code GET /api/snapshot}: the manifest of the snapshot in service, so a page can cite it and flag synthetic data;
 * without the warehouse's path on the server.
 */
public final class SnapshotController {
    private final SnapshotStore store;
    private final ResponseCache responses;

    public SnapshotController(SnapshotStore store, ResponseCache responses) {
        this.store = requireNonNull(store, "store is null");
        this.responses = requireNonNull(responses, "responses is null");
    }

    public void manifest(Context context) {
        Snapshot snapshot = store.current();
        responses.send(context, snapshot, "snapshot", () -> snapshot.manifest().withoutWarehouse());
    }
}
