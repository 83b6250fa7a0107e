package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.analytics.AnalyticsJob;
import org.sendacc.ingest.IngestJob;
import org.sendacc.ingest.TestRuns;
import org.sendacc.testing.FaultyFileSystem;
import org.sendacc.testing.RealData;
import org.sendacc.testing.SharedSpark;
import org.sendacc.testing.Tiers;

/**
 * A warehouse that cannot be written (read-only), a disk that fills up half way through a run, a missing input folder
 * or warehouse: each is one message on stderr naming the path or the cause, exit status 2 for what the user must fix
 * before anything is written and 1 for the rest, and the warehouse as it was (docs/warehouse.md "When a run cannot
 * write"). The faults are injected through a Hadoop file system ({@link FaultyFileSystem}), as CI cannot mount a
 * read-only folder or a small tmpfs; benchmarks/storage-faults.sh does the same on real mounts.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class StorageFaultsTest {
    private static final String FILE = "timeliness_20_week.csv";

    @TempDir
    static Path input;

    @TempDir
    Path warehouse;

    static SparkSession spark;

    @BeforeAll
    static void install() throws IOException {
        Files.copy(RealData.folder("dfe-ehcp-2025").resolve(FILE), input.resolve(FILE));
        spark = SharedSpark.session();
        FaultyFileSystem.install(spark.sparkContext().hadoopConfiguration());
    }

    @AfterEach
    void heal() {
        FaultyFileSystem.heal();
    }

    /** A warehouse with one ingest run and one snapshot, written on the healthy local file system. */
    private void publishedOnce() throws IOException {
        TestRuns.ingest(input, warehouse);
        ServedWarehouse.publish(warehouse);
    }

    private record Outcome(int status, String stderr) {}

    private static Outcome run(IntSupplier command) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return new Outcome(command.getAsInt(), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    /** Every file under the folder and a digest of its bytes. */
    private static Map<String, String> contents(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(
                        folder.relativize(path).toString(),
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** The contents without the runs' own records (runs/<id>/), where a failed run may leave its summary. */
    private static Map<String, String> tablesAndSnapshots(Path folder) {
        Map<String, String> files = contents(folder);
        files.keySet().removeIf(name -> name.startsWith("runs/"));
        return files;
    }

    @Test
    void aReadOnlyWarehouseIsOneUserErrorNamingItAndNothingChanges() throws IOException {
        publishedOnce();
        Map<String, String> before = contents(warehouse);
        String uri = FaultyFileSystem.uri(warehouse);
        FaultyFileSystem.readOnly();

        Outcome ingest = run(() -> IngestJob.ingest(spark, input.toString(), uri));
        assertThat(ingest.status()).isEqualTo(2);
        assertThat(ingest.stderr().strip())
                .isEqualTo("sendacc ingest: cannot write to the warehouse " + uri
                        + ": Read-only file system (IOException); check that it is writable and has space");

        Outcome analytics = run(() -> AnalyticsJob.analyse(spark, uri));
        assertThat(analytics.status()).isEqualTo(2);
        assertThat(analytics.stderr().strip())
                .isEqualTo("sendacc analytics: cannot write to the warehouse " + uri
                        + ": Read-only file system (IOException); check that it is writable and has space");

        assertThat(contents(warehouse)).isEqualTo(before);
    }

    @Test
    void aDiskThatFillsUpDuringIngestFailsTheRunInOneLineAndLeavesEveryTableAsItWas() throws IOException {
        publishedOnce();
        Map<String, String> before = tablesAndSnapshots(warehouse);
        String uri = FaultyFileSystem.uri(warehouse);
        // the real timeliness file's table is about 300 kB of Parquet: the disk fills up part way through writing it
        FaultyFileSystem.diskFullAfter(100_000);

        Outcome ingest = run(() -> IngestJob.ingest(spark, input.toString(), uri));

        assertThat(ingest.status()).isEqualTo(1);
        assertThat(ingest.stderr().lines().filter(line -> line.startsWith("sendacc ")))
                .singleElement()
                .asString()
                .startsWith("sendacc ingest: ingest run ")
                .endsWith(" failed; the warehouse's tables are unchanged: No space left on device (IOException)");
        assertThat(tablesAndSnapshots(warehouse)).isEqualTo(before);
        assertThat(warehouse.resolve("_work")).isEmptyDirectory();
    }

    @Test
    void aDiskThatFillsUpDuringAnalyticsLeavesTheCurrentSnapshotAndNoPartOfTheNewOne() throws IOException {
        publishedOnce();
        Map<String, String> before = contents(warehouse);
        String uri = FaultyFileSystem.uri(warehouse);
        FaultyFileSystem.diskFullAfter(50_000);

        Outcome analytics = run(() -> AnalyticsJob.analyse(spark, uri));

        assertThat(analytics.status()).isEqualTo(1);
        assertThat(analytics.stderr().strip())
                .isEqualTo("sendacc analytics: failed, the current snapshot is unchanged: No space left on device"
                        + " (IOException)");
        assertThat(contents(warehouse)).isEqualTo(before);
    }

    @Test
    void aMissingInputFolderOrWarehouseIsAUserErrorAndCreatesNothing(@TempDir Path empty) {
        Path missingInput = empty.resolve("no-such-input");
        Path newWarehouse = empty.resolve("warehouse");
        Outcome ingest = run(() -> IngestJob.ingest(spark, missingInput.toString(), newWarehouse.toString()));
        assertThat(ingest.status()).isEqualTo(2);
        assertThat(ingest.stderr().strip())
                .isEqualTo("sendacc ingest: input folder " + missingInput + " does not exist");

        Outcome analytics = run(() -> AnalyticsJob.analyse(spark, newWarehouse.toString()));
        assertThat(analytics.status()).isEqualTo(2);
        assertThat(analytics.stderr().strip())
                .isEqualTo("sendacc analytics: the warehouse " + newWarehouse
                        + " does not exist: run ./sendacc ingest first");
        assertThat(empty).isEmptyDirectory();
    }
}
