package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.SnapshotLayout;
import org.sendacc.testing.FaultyFileSystem;
import org.sendacc.testing.RealData;
import org.sendacc.testing.SharedSpark;
import org.sendacc.testing.Tiers;

/**
 * The jobs on a real Spark standalone cluster, on loopback: a master and a worker started from the project's own Spark
 * jars (docs/cluster.md says what the worker needs: a Spark home whose {@code jars/} holds Spark and the libraries,
 * and a {@code RELEASE} file). Ingest and analytics each run as a separate driver with {@code --master
 * spark://127.0.0.1:PORT}, as {@code ./sendacc ingest --master ...} runs them; our own classes reach the executors
 * only through {@code spark.jars}. The cluster's input and warehouse are given as URIs of another Hadoop file system
 * ({@code faulty:}, without a fault: the same folders, as a remote store would be named). Checked: both applications
 * registered with the master, executors ran on the worker, and the snapshot equals the one local mode publishes from
 * the same real DfE files, row for row.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class LoopbackClusterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LOOPBACK = "127.0.0.1";
    /**
     * Jars on the test's class path that a Spark distribution does not have and that would shadow its own: Hadoop's
     * unshaded common and MapReduce classes (the server reads Parquet with them, without Spark; Spark has Hadoop's
     * shaded client), and a second SLF4J provider.
     */
    private static final java.util.regex.Pattern NOT_IN_SPARK =
            java.util.regex.Pattern.compile("hadoop-common-|hadoop-mapreduce-|slf4j-simple-");

    @TempDir
    static Path work;

    static Path sparkHome;
    static Path workerDir;
    static int masterPort;
    static int masterWebPort;
    static final List<Process> CLUSTER = new ArrayList<>();
    static String classPath;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> java(String main, List<String> options, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(List.of(System.getProperty("sendacc.spark.jvm.flags", "").split(" ")));
        command.removeIf(String::isBlank);
        command.addAll(options);
        command.add("-cp");
        command.add(classPath);
        command.add(main);
        command.addAll(arguments);
        return command;
    }

    private static Process start(List<String> command, Path log) throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SPARK_HOME", sparkHome.toString());
        environment.put("SPARK_SCALA_VERSION", "2.13");
        environment.put("SPARK_LOCAL_IP", LOOPBACK);
        return builder.start();
    }

    private static JsonNode master() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + masterWebPort + "/json/"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void startAMasterAndAWorkerFromTheProjectsSparkJars() throws IOException, InterruptedException {
        classPath = System.getProperty("java.class.path");
        // The Spark home a worker launches executors from: Spark and every library, but none of our own jars.
        sparkHome = Files.createDirectories(work.resolve("spark-home"));
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        int index = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (Files.isRegularFile(path)
                    && name.endsWith(".jar")
                    && !name.startsWith("sendacc-")
                    && !NOT_IN_SPARK.matcher(name).lookingAt()) {
                Files.createSymbolicLink(jars.resolve(String.format("%03d-%s", index++, name)), path);
            }
        }
        Files.writeString(sparkHome.resolve("RELEASE"), "Spark 4 jars from the project's Maven class path\n");
        workerDir = Files.createDirectories(work.resolve("worker"));
        masterPort = freePort();
        masterWebPort = freePort();
        CLUSTER.add(start(
                java(
                        "org.apache.spark.deploy.master.Master",
                        List.of(),
                        List.of("--host", LOOPBACK, "--port", "" + masterPort, "--webui-port", "" + masterWebPort)),
                work.resolve("master.log")));
        CLUSTER.add(start(
                java(
                        "org.apache.spark.deploy.worker.Worker",
                        List.of(),
                        List.of(
                                "--host",
                                LOOPBACK,
                                "--cores",
                                "2",
                                "--memory",
                                "3g",
                                "--work-dir",
                                workerDir.toString(),
                                "--webui-port",
                                "" + freePort(),
                                "spark://" + LOOPBACK + ":" + masterPort)),
                work.resolve("worker.log")));
        Instant deadline = Instant.now().plusSeconds(120);
        while (master().path("aliveworkers").asInt() < 1) {
            assertThat(Instant.now())
                    .as("a worker registered with the master (see " + work + ")")
                    .isBefore(deadline);
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopTheCluster() {
        CLUSTER.forEach(Process::destroy);
    }

    private static void run(String main, Path log, String... arguments) throws IOException, InterruptedException {
        // The faulty: scheme (no fault set) stands for a remote file system: the same folders, through another
        // Hadoop file system, so that nothing can take a URI for a local path.
        Process process = start(
                java(
                        main,
                        List.of(
                                "-Dspark.executor.memory=1g",
                                "-Dspark.hadoop.fs.faulty.impl=" + FaultyFileSystem.class.getName(),
                                "-Dspark.hadoop.fs.faulty.impl.disable.cache=true",
                                "-Dspark.hadoop.fs.AbstractFileSystem.faulty.impl="
                                        + FaultyFileSystem.Context.class.getName()),
                        List.of(arguments)),
                log);
        boolean finished = process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as(main + " finished within 5 minutes: see " + log).isTrue();
        assertThat(process.exitValue())
                .as(main + " " + String.join(" ", arguments) + ": see " + log)
                .isZero();
    }

    private static Dataset<Row> indicators(Path warehouse) throws IOException {
        String current = Files.readString(
                        warehouse.resolve(SnapshotLayout.FOLDER).resolve(SnapshotLayout.POINTER),
                        StandardCharsets.UTF_8)
                .strip();
        return SharedSpark.session()
                .read()
                .parquet(warehouse
                        .resolve(SnapshotLayout.FOLDER)
                        .resolve(current)
                        .resolve(SnapshotLayout.INDICATORS)
                        .toString())
                .drop("snapshot_id");
    }

    @Test
    void ingestAndAnalyticsOnTheClusterPublishTheSnapshotLocalModeDoes() throws IOException, InterruptedException {
        Path input = RealData.folder("dfe-ehcp-2025");
        String cluster = "spark://" + LOOPBACK + ":" + masterPort;
        Path onCluster = work.resolve("warehouse-cluster");
        Path local = work.resolve("warehouse-local");

        run(
                "org.sendacc.ingest.IngestJob",
                work.resolve("ingest.log"),
                "--input",
                FaultyFileSystem.uri(input),
                "--warehouse",
                FaultyFileSystem.uri(onCluster),
                "--master",
                cluster);
        run(
                "org.sendacc.analytics.AnalyticsJob",
                work.resolve("analytics.log"),
                "--warehouse",
                FaultyFileSystem.uri(onCluster),
                "--master",
                cluster);
        run(
                "org.sendacc.pipeline.PipelineJob",
                work.resolve("local.log"),
                "--input",
                input.toString(),
                "--warehouse",
                local.toString(),
                "--master",
                "local[2]");

        // both applications registered with the master and finished there
        List<String> applications = new ArrayList<>();
        master().path("completedapps")
                .forEach(app -> applications.add(app.path("name").asText()));
        assertThat(applications).contains("sendacc ingest", "sendacc analytics");
        // and their executors ran on the worker: one folder per application, with each executor's log
        try (Stream<Path> apps = Files.list(workerDir)) {
            List<Path> applicationDirs = apps.filter(Files::isDirectory).toList();
            assertThat(applicationDirs).hasSize(2);
            for (Path app : applicationDirs) {
                try (Stream<Path> files = Files.walk(app)) {
                    assertThat(files.map(path -> path.getFileName().toString()))
                            .as(app.toString())
                            .contains("stderr");
                }
            }
        }

        Dataset<Row> fromCluster = indicators(onCluster);
        Dataset<Row> fromLocal = indicators(local);
        assertThat(fromCluster.count()).isPositive().isEqualTo(fromLocal.count());
        assertThat(fromCluster.exceptAll(fromLocal).count()).isZero();
        assertThat(fromLocal.exceptAll(fromCluster).count()).isZero();
    }
}
