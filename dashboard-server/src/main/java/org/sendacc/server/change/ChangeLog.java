package org.sendacc.server.change;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.snapshot.Change;
import org.sendacc.contract.snapshot.ChangeKind;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

/**
 * What changed in the current snapshot: since the snapshot it replaced (stored with it by the analytics job), or
 * since any other published snapshot, compared here by the same rules ({@link SnapshotChanges}) and kept for the
 * next request.
 */
public final class ChangeLog {
    private static final int KEPT = 4;

    private final SnapshotStore store;
    private final Map<String, SnapshotChanges> compared = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SnapshotChanges> eldest) {
            return size() > KEPT;
        }
    };

    public ChangeLog(SnapshotStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /** The changes to {@code current} since snapshot {@code since}, or since the one it replaced. */
    public SnapshotChanges since(Snapshot current, Optional<String> since) {
        SnapshotChanges stored = current.changes();
        if (since.isEmpty() || since.get().equals(stored.previousSnapshotId())) {
            return stored;
        }
        if (since.get().equals(current.id())) {
            return new SnapshotChanges(current.id(), current.id(), List.of());
        }
        String key = current.id() + "/" + since.get();
        synchronized (compared) {
            SnapshotChanges kept = compared.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Snapshot old = store.read(since.get());
        SnapshotChanges changes = SnapshotChanges.between(old.id(), old.rows(), current.id(), current.rows());
        synchronized (compared) {
            compared.put(key, changes);
        }
        return changes;
    }

    /** The changes of one kind, indicator or area, where asked. */
    public static List<Change> filter(
            List<Change> changes, Optional<ChangeKind> kind, Optional<String> indicator, Optional<String> area) {
        return changes.stream()
                .filter(change -> kind.isEmpty() || change.kind() == kind.get())
                .filter(change -> indicator.isEmpty() || change.indicatorId().equals(indicator.get()))
                .filter(change -> area.isEmpty() || change.areaCode().equals(area.get()))
                .toList();
    }
}
