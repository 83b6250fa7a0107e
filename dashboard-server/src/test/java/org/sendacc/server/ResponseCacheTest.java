package org.sendacc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

class ResponseCacheTest {
    @TempDir
    Path warehouse;

    @Test
    void buildsEachAnswerOncePerSnapshot() {
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        SnapshotStore store = TestSnapshots.store(warehouse);
        ResponseCache cache = new ResponseCache(DashboardApp.objectMapper(), store, 1_000_000);
        AtomicInteger builds = new AtomicInteger();

        byte[] first = cache.bytes(store.current(), "key", () -> List.of(builds.incrementAndGet()));
        byte[] second = cache.bytes(store.current(), "key", () -> List.of(builds.incrementAndGet()));

        assertThat(builds).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("[1]");
    }

    @Test
    void keepsNothingBeyondItsBudget() {
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        SnapshotStore store = TestSnapshots.store(warehouse);
        ResponseCache cache = new ResponseCache(DashboardApp.objectMapper(), store, 2);
        AtomicInteger builds = new AtomicInteger();

        cache.bytes(store.current(), "key", () -> List.of(builds.incrementAndGet()));
        cache.bytes(store.current(), "key", () -> List.of(builds.incrementAndGet()));

        assertThat(builds).hasValue(2);
    }

    @Test
    void keepsNoAnswerOfASnapshotNoLongerInService() {
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        SnapshotStore store = TestSnapshots.store(warehouse);
        Snapshot previous = store.current();
        TestSnapshots.publishSample(warehouse, TestSnapshots.SECOND_ID);
        store.refresh();
        ResponseCache cache = new ResponseCache(DashboardApp.objectMapper(), store, 1_000_000);
        AtomicInteger builds = new AtomicInteger();

        cache.bytes(previous, "key", () -> List.of(builds.incrementAndGet()));
        byte[] current = cache.bytes(store.current(), "key", () -> List.of(builds.incrementAndGet()));

        assertThat(builds).hasValue(2);
        assertThat(new String(current, StandardCharsets.UTF_8)).isEqualTo("[2]");
    }
}
