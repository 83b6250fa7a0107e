package org.sendacc.server.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendacc.server.TestSnapshots.FIRST_ID;
import static org.sendacc.server.TestSnapshots.SECOND_ID;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.TestSnapshots;

class SnapshotStoreTest {
    @TempDir
    Path warehouse;

    @Test
    void isUnavailableUntilASnapshotIsPublished() {
        SnapshotStore store = TestSnapshots.store(warehouse);

        assertThatThrownBy(store::current)
                .isInstanceOf(DashboardException.class)
                .hasMessage("No snapshot has been published yet: the operator runs ./sendacc analytics"
                        + " (or ./sendacc demo) to compute one.")
                .extracting(failure -> ((DashboardException) failure).category())
                .isEqualTo(ErrorCategory.UNAVAILABLE);
    }

    @Test
    void servesTheSnapshotOnceItIsPublished() {
        SnapshotStore store = TestSnapshots.store(warehouse);
        TestSnapshots.publishSample(warehouse, FIRST_ID);

        boolean swapped = store.refresh();

        assertThat(swapped).isTrue();
        assertThat(store.current().id()).isEqualTo(FIRST_ID);
    }

    @Test
    void swapsToANewlyPublishedSnapshot() {
        TestSnapshots.publishSample(warehouse, FIRST_ID);
        SnapshotStore store = TestSnapshots.store(warehouse);
        TestSnapshots.publishSample(warehouse, SECOND_ID);

        store.refresh();

        assertThat(store.current().id()).isEqualTo(SECOND_ID);
    }

    @Test
    void keepsTheSnapshotItHasWhenTheNewOneCannotBeRead() {
        TestSnapshots.publishSample(warehouse, FIRST_ID);
        SnapshotStore store = TestSnapshots.store(warehouse);
        TestSnapshots.publish(warehouse, SECOND_ID, TestSnapshots.sampleRows(SECOND_ID), Set.of("value"));

        boolean swapped = store.refresh();

        assertThat(swapped).isFalse();
        assertThat(store.current().id()).isEqualTo(FIRST_ID);
    }

    @Test
    void explainsAnUnreadableSnapshotWhenItHasNoOther() {
        TestSnapshots.publish(warehouse, FIRST_ID, TestSnapshots.sampleRows(FIRST_ID), Set.of("value"));

        SnapshotStore store = TestSnapshots.store(warehouse);

        assertThatThrownBy(store::current)
                .isInstanceOf(DashboardException.class)
                // the reason (a missing column, in a file named by its path) is the operator's, in the server log
                .hasMessage("The current snapshot could not be read: the server log says why, and the operator runs"
                        + " ./sendacc analytics to publish a new one.");
    }
}
