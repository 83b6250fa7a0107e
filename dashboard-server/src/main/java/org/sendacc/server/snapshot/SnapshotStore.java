package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.sendacc.contract.snapshot.SnapshotLayout;
import org.sendacc.server.DaemonThreads;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the snapshot the server answers from, and picks up a newly published one without a restart.
 *
 * <p>A background poll reads {@code snapshots/CURRENT}; when it names another snapshot, the whole new snapshot is
 * loaded first and only then swapped in with one atomic write. A request takes the current snapshot once and uses it
 * throughout, so it always sees one whole snapshot, old or new, and never fails because a swap happened. A snapshot
 * that cannot be read leaves the previous one in service; it is retried after a pause, not on every poll.
 */
public final class SnapshotStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
    /** How long a snapshot that failed to load is left alone before it is tried again. */
    private static final Duration RETRY_FAILED_AFTER = Duration.ofSeconds(30);

    private final Path warehouse;
    private final SnapshotReader reader;
    private final Duration pollInterval;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final Object loading = new Object();
    private volatile String unavailableReason;
    private ScheduledExecutorService poller;
    private String failedId;
    private Instant failedAt = Instant.MIN;

    public SnapshotStore(Path warehouse, SnapshotReader reader, Duration pollInterval) {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
        this.reader = requireNonNull(reader, "reader is null");
        this.pollInterval = requireNonNull(pollInterval, "pollInterval is null");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, not " + pollInterval);
        }
        this.unavailableReason = "The snapshot is still loading: try again in a moment.";
    }

    public Path warehouse() {
        return warehouse;
    }

    /**
     * The snapshot to answer a request from.
     *
     * @throws DashboardException (unavailable) when no snapshot has been loaded, saying why and what to run
     */
    public Snapshot current() {
        Snapshot snapshot = current.get();
        if (snapshot == null) {
            throw new DashboardException(ErrorCategory.UNAVAILABLE, unavailableReason);
        }
        return snapshot;
    }

    /** The current snapshot, if one is loaded. */
    public Optional<Snapshot> loaded() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Looks at {@code snapshots/CURRENT} now and loads the snapshot it names if that is not the one in service. Never
     * throws: a failure is logged and leaves the current snapshot (or the reason there is none) in place.
     *
     * @return true when a different snapshot was swapped in
     */
    public boolean refresh() {
        synchronized (loading) {
            Snapshot serving = current.get();
            String id;
            try {
                Optional<String> published = reader.currentId(warehouse);
                if (published.isEmpty()) {
                    if (serving == null) {
                        unavailableReason = "No snapshot has been published yet: the operator runs ./sendacc"
                                + " analytics (or ./sendacc demo) to compute one.";
                    }
                    return false;
                }
                id = published.get();
            } catch (RuntimeException e) {
                return recordFailure(null, e);
            }
            if (serving != null && serving.id().equals(id)) {
                return false;
            }
            if (id.equals(failedId) && Instant.now().isBefore(failedAt.plus(RETRY_FAILED_AFTER))) {
                return false;
            }
            long started = System.nanoTime();
            try {
                Snapshot loaded = reader.read(warehouse, id);
                current.set(loaded);
                failedId = null;
                LOG.info(
                        "Serving snapshot {} ({} rows, {} areas{}) loaded in {} ms",
                        loaded.id(),
                        loaded.rows().size(),
                        loaded.areas().size(),
                        loaded.isSynthetic() ? ", synthetic sample" : "",
                        (System.nanoTime() - started) / 1_000_000);
                return true;
            } catch (RuntimeException e) {
                // Whatever went wrong, the poll must go on and the snapshot in service must stay.
                return recordFailure(id, e);
            }
        }
    }

    private boolean recordFailure(String id, RuntimeException failure) {
        boolean firstFailure = id == null || !id.equals(failedId);
        failedId = id;
        failedAt = Instant.now();
        Snapshot serving = current.get();
        if (serving == null) {
            unavailableReason = "The current snapshot could not be read: the server log says why, and the operator"
                    + " runs ./sendacc analytics to publish a new one.";
        }
        if (firstFailure) {
            LOG.error(
                    "Cannot load snapshot {} from {}; {}: {}",
                    id == null ? "(pointer)" : id,
                    warehouse,
                    serving == null ? "no snapshot to serve" : "still serving " + serving.id(),
                    failure.getMessage());
        }
        return false;
    }

    /**
     * The ids of the snapshots published in the warehouse, newest first (an id begins with its UTC time), whether
     * current or not; a folder without a manifest is not a published snapshot.
     */
    public List<String> publishedIds() {
        Path folder = SnapshotReader.snapshotsFolder(warehouse);
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry.resolve(SnapshotLayout.MANIFEST))) {
                    ids.add(entry.getFileName().toString());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the snapshots in {}: {}", folder, e.getMessage());
        }
        ids.sort(Comparator.reverseOrder());
        return ids;
    }

    /** Reads a published snapshot, not kept: to compare the current one with it. */
    public Snapshot read(String snapshotId) {
        if (!publishedIds().contains(snapshotId)) {
            throw new DashboardException(
                    ErrorCategory.NOT_FOUND,
                    "No snapshot " + DashboardException.quote(snapshotId) + " is published in this warehouse");
        }
        return reader.read(warehouse, snapshotId);
    }

    /**
     * The unsuppressed indicators of a snapshot, never part of what the public pages serve (see
     * {@link SnapshotReader#readRestricted}); for {@link RestrictedFigures}.
     */
    List<IndicatorRow> readRestricted(String snapshotId) {
        return reader.readRestricted(warehouse, snapshotId);
    }

    /** Starts the background poll of {@code snapshots/CURRENT}. */
    public synchronized void startPolling() {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("snapshot-poll"));
        long millis = pollInterval.toMillis();
        // The poll runs until the poller is shut down; refresh() catches and logs its own failures.
        java.util.concurrent.ScheduledFuture<?> unused =
                poller.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }
}
