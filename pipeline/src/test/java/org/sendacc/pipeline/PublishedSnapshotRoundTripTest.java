package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.ingest.TestRuns;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotReader;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * The one contract, end to end: the real DfE release ingested, published by the analytics job, and read back by the
 * dashboard server's own reader (no Spark) through the snapshot columns both take from the contract module.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class PublishedSnapshotRoundTripTest {
    @TempDir
    static Path warehouse;

    static Manifest manifest;
    static Snapshot snapshot;

    @BeforeAll
    static void publishAndRead() throws IOException {
        TestRuns.ingest(RealData.folder("dfe-ehcp-2025"), warehouse);
        manifest = ServedWarehouse.publish(warehouse);
        SnapshotReader reader = new SnapshotReader(ReferenceData::bundled);
        snapshot = reader.read(warehouse, reader.currentId(warehouse).orElseThrow());
    }

    @Test
    void theServerReadsEveryRowTheJobPublished() {
        assertThat(snapshot.id()).isEqualTo(manifest.snapshotId());
        assertThat(snapshot.manifest()).isEqualTo(manifest);
        assertThat((long) snapshot.rows().size()).isEqualTo(manifest.rows());
        assertThat(snapshot.rows().stream().filter(IndicatorRow::suppressed).count())
                .isEqualTo(manifest.suppressedRows());
    }

    @Test
    void englandsTimelinessIsDfesPublishedFigureWithItsIntervals() {
        IndicatorRow england = snapshot.rows().stream()
                .filter(row -> row.indicatorId().equals("ehcp_20wk_excl_exceptions")
                        && row.source().equals("dfe_ees")
                        && row.areaLevel() == AreaLevel.ENGLAND
                        && row.period().equals("2024"))
                .findFirst()
                .orElseThrow();
        // DfE 2025 release: 39,407 of 84,866 new plans within 20 weeks, excluding exceptions = 46.4%.
        assertThat(england.numerator()).isEqualTo(39_407.0);
        assertThat(england.denominator()).isEqualTo(84_866.0);
        assertThat(england.value()).isCloseTo(100.0 * 39_407 / 84_866, within(1e-9));
        // Wilson score interval for 39,407 of 84,866 (z = 1.959964), worked out by hand.
        assertThat(england.lowerCi95()).isCloseTo(46.0990079899490, within(1e-7));
        assertThat(england.upperCi95()).isCloseTo(46.7700725974862, within(1e-7));
        assertThat(england.areaName()).isEqualTo("England");
    }
}
