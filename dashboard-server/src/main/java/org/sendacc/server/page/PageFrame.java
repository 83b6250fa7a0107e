package org.sendacc.server.page;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sendacc.server.snapshot.Snapshot;

/**
 * The model every page's layout reads: its title, the snapshot line (which snapshot, made when), the synthetic
 * sample's banner, and the CSV of what is on screen. One place for the public pages, the error pages and the partners'
 * pages.
 */
public final class PageFrame {
    private PageFrame() {}

    /**
     * A page's model. {@code withSnapshotLine} false leaves the snapshot line out (a partner's page says which snapshot
     * itself); the synthetic banner shows whenever the loaded snapshot is synthetic. {@code csvUrl} may be null.
     */
    public static Map<String, Object> of(
            Optional<Snapshot> snapshot, String title, boolean withSnapshotLine, String csvUrl) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        Optional<Snapshot> shown = withSnapshotLine ? snapshot : Optional.empty();
        model.put("snapshotId", shown.map(Snapshot::id).orElse(null));
        model.put("createdAt", shown.map(value -> value.manifest().createdAt()).orElse(null));
        model.put("synthetic", snapshot.map(Snapshot::isSynthetic).orElse(false));
        model.put("csvUrl", csvUrl);
        return model;
    }
}
