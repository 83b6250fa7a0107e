package org.sendacc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardServerTest {
    @TempDir
    Path warehouse;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpPrintsTheUsage() {
        int status = run("--help");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Usage: sendacc serve --warehouse DIR [--port 7070] [--boundaries FILE.geojson]");
    }

    @Test
    void refusesToStartWithoutAWarehouse() {
        int status = run("--port", "7070");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("sendacc serve: --warehouse DIR is required (see --help)");
    }

    @Test
    void refusesAWarehouseThatIsNotAFolder() {
        Path missing = warehouse.resolve("missing");

        int status = run("--warehouse", missing.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("sendacc serve: --warehouse " + missing
                        + " is not a folder (run ./sendacc ingest to create one) (see --help)");
    }

    @Test
    void refusesAPortThatIsNotANumber() {
        int status = run("--warehouse", warehouse.toString(), "--port", "seventy");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("sendacc serve: --port 'seventy' is not a number (see --help)");
    }

    @Test
    void refusesAnUnknownArgument() {
        int status = run("--warehouse", warehouse.toString(), "--verbose");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("sendacc serve: unknown argument '--verbose' (see --help)");
    }

    @Test
    void saysSoWhenThePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int status = run("--warehouse", warehouse.toString(), "--port", Integer.toString(taken.getLocalPort()));

            assertThat(status).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8).strip())
                    .isEqualTo("sendacc serve: cannot listen on port " + taken.getLocalPort()
                            + ": it is in use (stop the other server or give --port)");
        }
    }

    @Test
    void keepsTheBoundariesFileForTheMap() throws IOException {
        Path boundaries = Files.writeString(warehouse.resolve("england_utla_2024.geojson"), "{}");

        ServerOptions options = ServerOptions.parse(
                        "--warehouse", warehouse.toString(), "--boundaries", boundaries.toString())
                .orElseThrow();

        assertThat(options.boundariesFile()).contains(boundaries);
        assertThat(options.port()).isEqualTo(ServerOptions.DEFAULT_PORT);
    }

    @Test
    void refusesABoundariesFileThatDoesNotExist() {
        Path missing = warehouse.resolve("missing.geojson");

        assertThatThrownBy(() ->
                        ServerOptions.parse("--warehouse", warehouse.toString(), "--boundaries", missing.toString()))
                .isInstanceOf(DashboardException.class)
                .hasMessage("--boundaries " + missing + " is not a file");
    }

    @Test
    void startsServingAndPrintsTheUrlAndStartTime() throws Exception {
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);

        DashboardServer.RunningServer server = DashboardServer.start(new ServerOptions(warehouse, 0, null), printed);
        try {
            String url = "http://localhost:" + server.app().port() + "/";
            String output = out.toString(StandardCharsets.UTF_8);
            assertThat(output).startsWith("sendacc dashboard server: " + url);
            assertThat(output).contains("snapshot " + TestSnapshots.FIRST_ID + " (synthetic sample)");
            assertThat(output).containsPattern("started at \\S+ in \\d+\\.\\d\\d s \\(from JVM start\\)");
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url + "api/snapshot"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"snapshot_id\":\"" + TestSnapshots.FIRST_ID + "\"");
        } finally {
            server.stop();
        }
    }

    @Test
    void opensThePartnersAccountsBesideTheSnapshotAndSaysWhichOrWhyNot() throws Exception {
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        ServerOptions options = ServerOptions.parse("--warehouse", warehouse.toString(), "--port", "0")
                .orElseThrow();
        assertThat(options.accountsLocation())
                .contains(warehouse.resolve("private/accounts.sqlite").toString());
        DashboardServer.RunningServer server = DashboardServer.start(options, printed);
        try {
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("partners' accounts: SQLite "
                            + warehouse.resolve("private/accounts.sqlite").toAbsolutePath());
        } finally {
            server.stop();
        }
        // a database that cannot be opened stops the start, saying which; a kind that is not supported is refused
        Files.writeString(warehouse.resolve("not-a-database"), "this is not SQLite");
        err.reset();
        assertThat(run(
                        "--warehouse",
                        warehouse.toString(),
                        "--port",
                        "0",
                        "--accounts",
                        warehouse.resolve("not-a-database").toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("sendacc serve: the accounts database (SQLite " + warehouse.resolve("not-a-database"));
        assertThatThrownBy(() -> ServerOptions.parse(
                        "--warehouse", warehouse.toString(), "--accounts", "jdbc:mysql://db/accounts?password=x"))
                .isInstanceOf(DashboardException.class)
                .hasMessage("--accounts is a SQLite file or a jdbc:postgresql: URL, not 'jdbc:mysql://db/accounts'");
    }

    private int run(String... arguments) {
        return DashboardServer.run(
                arguments,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
