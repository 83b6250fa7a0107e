package org.sendacc.ingest.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish protocol on a local file system, with crashes staged by hand at each point a run can die. */
class WarehouseTest {
    @TempDir
    Path root;

    private Warehouse warehouse() {
        return new Warehouse(root.toUri().toString(), new Configuration());
    }

    private void writeTable(Path folder, String content) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("part-00000.parquet"), content);
    }

    private String tableContent(String table) throws IOException {
        return Files.readString(root.resolve(table).resolve("part-00000.parquet"));
    }

    private Path staged(String runId, String table) {
        return root.resolve("_work").resolve(runId).resolve("tables").resolve(table);
    }

    @Test
    void commitReplacesOnlyTheNamedTables() throws IOException {
        writeTable(root.resolve("a"), "old a");
        writeTable(root.resolve("b"), "old b");
        writeTable(staged("run2", "a"), "new a");
        writeTable(staged("run2", "c"), "new c");

        warehouse().commit("run2", List.of("a", "c"));

        assertThat(tableContent("a")).isEqualTo("new a");
        assertThat(tableContent("b")).isEqualTo("old b");
        assertThat(tableContent("c")).isEqualTo("new c");
        assertThat(root.resolve("_work").resolve("run2")).doesNotExist();
    }

    @Test
    void recoveryDiscardsTheWorkOfARunThatDiedBeforeItsJournal() throws IOException {
        writeTable(root.resolve("a"), "old a");
        writeTable(staged("run2", "a"), "half-written a");

        warehouse().recover();

        assertThat(tableContent("a")).isEqualTo("old a");
        assertThat(root.resolve("_work").resolve("run2")).doesNotExist();
    }

    @Test
    void recoveryFinishesACommitThatDiedHalfWay() throws IOException {
        // run2 journaled tables a and b, swapped a in, and died before b.
        Path work = root.resolve("_work").resolve("run2");
        writeTable(root.resolve("a"), "new a");
        writeTable(work.resolve("replaced").resolve("a"), "old a");
        writeTable(root.resolve("b"), "old b");
        writeTable(staged("run2", "b"), "new b");
        Files.writeString(work.resolve("_COMMIT"), "a\nb");

        warehouse().recover();

        assertThat(tableContent("a")).isEqualTo("new a");
        assertThat(tableContent("b")).isEqualTo("new b");
        assertThat(work).doesNotExist();
    }

    @Test
    void recoveryFinishesACommitThatDiedBetweenMovingTheOldTableAwayAndTheNewOneIn() throws IOException {
        Path work = root.resolve("_work").resolve("run2");
        writeTable(work.resolve("replaced").resolve("a"), "old a");
        writeTable(staged("run2", "a"), "new a");
        Files.writeString(work.resolve("_COMMIT"), "a");

        warehouse().recover();

        assertThat(tableContent("a")).isEqualTo("new a");
    }
}
