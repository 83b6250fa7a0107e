package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The current snapshot's unsuppressed figures, by area, read when first asked for and kept until the snapshot changes
 * (docs/security.md, "Restricted figures"). Only the partner routes ask, and only for the signed-in partner's own area.
 */
public final class RestrictedFigures {
    private final SnapshotStore store;
    private Loaded loaded;

    private record Loaded(String snapshotId, Map<String, List<IndicatorRow>> byArea) {}

    public RestrictedFigures(SnapshotStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /** The unsuppressed rows of one area in the given snapshot (the current one, as the caller has it). */
    public List<IndicatorRow> of(Snapshot snapshot, String areaCode) {
        return loaded(snapshot.id()).byArea().getOrDefault(areaCode, List.of());
    }

    private synchronized Loaded loaded(String snapshotId) {
        if (loaded == null || !loaded.snapshotId().equals(snapshotId)) {
            Map<String, List<IndicatorRow>> byArea = store.readRestricted(snapshotId).stream()
                    .collect(Collectors.groupingBy(IndicatorRow::areaCode, Collectors.toUnmodifiableList()));
            loaded = new Loaded(snapshotId, Map.copyOf(byArea));
        }
        return loaded;
    }
}
