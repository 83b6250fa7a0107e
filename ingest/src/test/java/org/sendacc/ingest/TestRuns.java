package org.sendacc.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.contract.warehouse.RunSummary;
import org.sendacc.reference.ReferenceData;
import org.sendacc.testing.SharedSpark;

/** Real ingest runs for tests: every source, the bundled reference data, the shared session, a fixed clock. */
public final class TestRuns {
    /** The instant every test run counts as now, so "future" means the same whenever the tests run. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private TestRuns() {}

    public static RunSummary ingest(Path input, Path warehouse) {
        return ingest(input.toString(), warehouse.toString(), step -> {});
    }

    public static RunSummary ingest(String input, String warehouse, IngestRun.Checkpoint checkpoint) {
        return new IngestRun(SharedSpark.session(), ReferenceData.bundled(), SourceCatalog.all(), CLOCK, checkpoint)
                .run(input, warehouse);
    }

    /** A published table of a warehouse, read with Spark. */
    public static Dataset<Row> table(Path warehouse, String name) {
        return SharedSpark.session().read().parquet(warehouse.resolve(name).toString());
    }
}
