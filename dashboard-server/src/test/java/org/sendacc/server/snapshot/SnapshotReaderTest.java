package org.sendacc.server.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendacc.server.TestSnapshots.FIRST_ID;
import static org.sendacc.server.TestSnapshots.HARTLEPOOL;
import static org.sendacc.server.TestSnapshots.ICB;
import static org.sendacc.server.TestSnapshots.ICB_NAME;
import static org.sendacc.server.TestSnapshots.NORTH_EAST;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.TestRows;
import org.sendacc.server.TestSnapshots;

class SnapshotReaderTest {
    @TempDir
    Path warehouse;

    @Test
    void readsEveryColumnOfEveryRowAsWritten() {
        TestSnapshots.publishSample(warehouse, FIRST_ID);

        Snapshot snapshot = TestSnapshots.reader().read(warehouse, FIRST_ID);

        assertThat(snapshot.rows()).containsExactlyInAnyOrderElementsOf(TestSnapshots.sampleRows(FIRST_ID));
    }

    @ParameterizedTest
    @EnumSource(
            value = CompressionCodecName.class,
            names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD"})
    void readsPagesCompressedWithEachCodecSparkWrites(CompressionCodecName codec) throws IOException {
        TestSnapshots.publishSample(warehouse, FIRST_ID);
        Path file = warehouse.resolve("snapshots/" + FIRST_ID + "/indicators/part-00000-test-c000.snappy.parquet");
        Files.delete(file);
        TestSnapshots.writeIndicators(file, TestSnapshots.sampleRows(FIRST_ID), Set.of(), Set.of(), codec);

        Snapshot snapshot = TestSnapshots.reader().read(warehouse, FIRST_ID);

        assertThat(snapshot.rows()).containsExactlyInAnyOrderElementsOf(TestSnapshots.sampleRows(FIRST_ID));
    }

    @Test
    void namesTheCurrentSnapshotFromThePointer() {
        TestSnapshots.publishSample(warehouse, FIRST_ID);

        assertThat(TestSnapshots.reader().currentId(warehouse)).contains(FIRST_ID);
    }

    @Test
    void findsNoCurrentSnapshotBeforeOneIsPublished() {
        assertThat(TestSnapshots.reader().currentId(warehouse)).isEmpty();
    }

    @Test
    void takesSyntheticFromTheManifest() {
        TestSnapshots.publishSample(warehouse, FIRST_ID);

        Snapshot snapshot = TestSnapshots.reader().read(warehouse, FIRST_ID);

        assertThat(snapshot.isSynthetic()).isTrue();
        assertThat(snapshot.manifest().createdAt()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void readsTheCatalogueInItsOrder() {
        TestSnapshots.publishSample(warehouse, FIRST_ID);

        Snapshot snapshot = TestSnapshots.reader().read(warehouse, FIRST_ID);

        assertThat(snapshot.catalogue().indicators())
                .extracting(Indicator::id)
                .containsExactly(TestSnapshots.TIMELINESS, TestSnapshots.WAITING, TestSnapshots.TRIBUNAL);
        assertThat(snapshot.indicator(TestSnapshots.TIMELINESS).orElseThrow().sourceNames())
                .containsExactly("dfe_ees", "local_return");
    }

    @Test
    void describesAnLaWithItsRegionIcbAndOldNumber() {
        TestSnapshots.publishSample(warehouse, FIRST_ID);

        Snapshot snapshot = TestSnapshots.reader().read(warehouse, FIRST_ID);

        assertThat(snapshot.area(HARTLEPOOL))
                .contains(new Area(
                        HARTLEPOOL, "Hartlepool", AreaLevel.LA, NORTH_EAST, "North East", ICB, ICB_NAME, "805"));
    }

    @Test
    void listsEnglandThenRegionsThenIcbsThenLas() {
        TestSnapshots.publishSample(warehouse, FIRST_ID);

        Snapshot snapshot = TestSnapshots.reader().read(warehouse, FIRST_ID);

        assertThat(snapshot.areas())
                .extracting(Area::areaName)
                .containsExactly("England", "North East", ICB_NAME, "Hartlepool", "Middlesbrough");
    }

    @Test
    void rejectsAFileWithoutAColumnOfTheContract() {
        TestSnapshots.publish(warehouse, FIRST_ID, TestSnapshots.sampleRows(FIRST_ID), Set.of("quartile"));

        assertThatThrownBy(() -> TestSnapshots.reader().read(warehouse, FIRST_ID))
                .isInstanceOf(DashboardException.class)
                .hasMessageEndingWith("has no column quartile")
                .extracting(failure -> ((DashboardException) failure).category())
                .isEqualTo(ErrorCategory.INVALID_SNAPSHOT);
    }

    @Test
    void readsASnapshotPublishedBeforeTheColumnsAddedLaterAsHavingThemEmpty() {
        TestSnapshots.publish(
                warehouse,
                FIRST_ID,
                TestSnapshots.sampleRows(FIRST_ID),
                Set.of(SnapshotColumns.PUBLISHED_DATE, SnapshotColumns.EVIDENCE_URL));

        Snapshot snapshot = TestSnapshots.reader().read(warehouse, FIRST_ID);
        assertThat(snapshot.rows()).hasSize(TestSnapshots.sampleRows(FIRST_ID).size());
        assertThat(snapshot.rows()).allMatch(row -> row.publishedDate() == null && row.evidenceUrl() == null);
        assertThat(snapshot.changes().previousSnapshotId()).isNull();
    }

    @Test
    void rejectsRowsOfAnIndicatorTheCatalogueLacks() {
        List<IndicatorRow> rows =
                List.of(TestRows.row("unknown_indicator", "dfe_ees", HARTLEPOOL, "Hartlepool", AreaLevel.LA, "2024")
                        .build());
        TestSnapshots.publish(warehouse, FIRST_ID, rows, Set.of());

        assertThatThrownBy(() -> TestSnapshots.reader().read(warehouse, FIRST_ID))
                .isInstanceOf(DashboardException.class)
                .hasMessage("indicator unknown_indicator has rows in snapshot " + FIRST_ID
                        + " but is not in its catalogue.json");
    }

    @Test
    void rejectsARowWithoutAnAreaCode() {
        TestSnapshots.publish(
                warehouse, FIRST_ID, TestSnapshots.sampleRows(FIRST_ID), Set.of(), Set.of(SnapshotColumns.AREA_CODE));
        Path file = warehouse.resolve("snapshots/" + FIRST_ID + "/indicators/part-00000-test-c000.snappy.parquet");

        assertThatThrownBy(() -> TestSnapshots.reader().read(warehouse, FIRST_ID))
                .isInstanceOf(DashboardException.class)
                .hasMessage(file + " row 1 has no area_code");
    }

    @Test
    void rejectsAManifestOfAnotherSnapshot() throws IOException {
        Path written = TestSnapshots.writeSnapshot(
                warehouse, TestSnapshots.SECOND_ID, TestSnapshots.sampleRows(FIRST_ID), Set.of(), Set.of());
        Path renamed = Files.move(written, written.resolveSibling(FIRST_ID));

        assertThatThrownBy(() -> TestSnapshots.reader().read(warehouse, FIRST_ID))
                .isInstanceOf(DashboardException.class)
                .hasMessage(renamed.resolve("manifest.json") + " is for snapshot " + TestSnapshots.SECOND_ID + ", not "
                        + FIRST_ID);
    }
}
