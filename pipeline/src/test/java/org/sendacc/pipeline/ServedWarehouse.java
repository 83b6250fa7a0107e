package org.sendacc.pipeline;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.sendacc.analytics.AnalyticsJob;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.ingest.TestRuns;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.DashboardApp;
import org.sendacc.server.ServerOptions;
import org.sendacc.server.snapshot.SnapshotReader;
import org.sendacc.server.snapshot.SnapshotStore;
import org.sendacc.testing.SharedSpark;

/**
 * A folder of source files ingested, published and served as a user would run it, for tests that read the public
 * outputs over HTTP: the dashboard server on a free port, in this JVM.
 */
final class ServedWarehouse implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Javalin server;
    private final SnapshotStore store;

    private ServedWarehouse(Javalin server, SnapshotStore store) {
        this.server = server;
        this.store = store;
    }

    /** Publishes a warehouse the tests already ingested into, with the tests' fixed clock. */
    static Manifest publish(Path warehouse) throws IOException {
        return AnalyticsJob.publish(
                SharedSpark.session(),
                warehouse.toString(),
                Catalogues.bundled(),
                ReferenceData.bundled(),
                TestRuns.CLOCK,
                step -> {});
    }

    /** Copies every file of a folder of ../shared/realdata into the input folder, as a user holds them side by side. */
    static void copyRealFolder(String folder, Path input) throws IOException {
        try (var files = java.nio.file.Files.list(org.sendacc.testing.RealData.folder(folder))) {
            for (Path file : files.toList()) {
                java.nio.file.Files.copy(file, input.resolve(file.getFileName()));
            }
        }
    }

    /** Ingests the input folder, publishes and serves the warehouse. */
    static ServedWarehouse of(Path input, Path warehouse) throws IOException {
        TestRuns.ingest(input, warehouse);
        publish(warehouse);
        return serve(warehouse);
    }

    /** Serves the warehouse's current snapshot. */
    static ServedWarehouse serve(Path warehouse) {
        return serve(new ServerOptions(warehouse, 0, null));
    }

    /** Serves with these options (partners' accounts, returns), from the current snapshot if there is one. */
    static ServedWarehouse serve(ServerOptions options) {
        SnapshotStore store = new SnapshotStore(
                options.warehouse(), new SnapshotReader(ReferenceData::bundled), Duration.ofSeconds(60));
        store.refresh();
        return new ServedWarehouse(DashboardApp.create(store, options).start(0), store);
    }

    /** Picks up a snapshot published since, as the server's poll would within seconds. */
    void refresh() {
        store.refresh();
    }

    /** The address of a path on the server, for a browser. */
    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    /** GETs a path; the response, whatever its status. */
    HttpResponse<String> get(String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
