package org.sendacc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.TestHttp.json;
import static org.sendacc.server.TestSnapshots.FIRST_ID;
import static org.sendacc.server.TestSnapshots.HARTLEPOOL;
import static org.sendacc.server.TestSnapshots.SECOND_ID;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.snapshot.SnapshotStore;

class DashboardAppTest {
    @TempDir
    Path warehouse;

    @Test
    void answersEveryRouteWithServiceUnavailableUntilASnapshotIsPublished() {
        SnapshotStore store = TestSnapshots.store(warehouse);
        JavalinTest.test(DashboardApp.create(store, TestSnapshots.options(warehouse)), (server, client) -> {
            for (String path : List.of(
                    "/api/snapshot",
                    "/api/areas",
                    "/api/areas/" + HARTLEPOOL + "/profile",
                    "/api/indicators",
                    "/api/indicators/" + TestSnapshots.TIMELINESS,
                    "/export.csv?indicator=" + TestSnapshots.TIMELINESS,
                    "/export-metadata.csv?indicator=" + TestSnapshots.TIMELINESS)) {
                Response response = client.get(path);

                assertThat(response.code()).as(path).isEqualTo(503);
                JsonNode body = json(response);
                assertThat(body.get("status").asInt()).as(path).isEqualTo(503);
                assertThat(body.get("error").asText())
                        .as(path)
                        .isEqualTo("No snapshot has been published yet: the operator runs ./sendacc analytics"
                                + " (or ./sendacc demo) to compute one.");
                assertThat(body.toString())
                        .as(path)
                        .doesNotContain(warehouse.getFileName().toString());
            }
        });
    }

    @Test
    void answersAnUnknownRouteWithAJsonNotFound() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/regions");

            assertThat(response.code()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/json");
            assertThat(json(response).get("error").asText())
                    .isEqualTo("No route GET /api/regions; GET /api lists the routes");
        });
    }

    @Test
    void listsTheRoutesAtApi() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            JsonNode body = json(client.get("/api"));

            assertThat(body.get("routes")).hasSize(DashboardApp.ROUTES.size());
            assertThat(body.get("routes").get(0).asText())
                    .isEqualTo("GET / (page: find an area, every LA against every indicator)");
        });
    }

    @Test
    void describesTheSnapshotInService() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/snapshot");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("snapshot_id").asText()).isEqualTo(FIRST_ID);
            assertThat(body.get("synthetic").asBoolean()).isTrue();
            assertThat(body.get("created_at").asText()).isEqualTo("2026-01-01T00:00:00Z");
            assertThat(body.get("inputs").get(0).get("table").asText()).isEqualTo("dfe_timeliness_20_week");
            // the manifest file has the warehouse's path on the server (file:/test/warehouse); the API never does
            assertThat(body.has("warehouse")).isFalse();
            assertThat(body.toString()).doesNotContain("file:/");
        });
    }

    @Test
    void picksUpANewlyPublishedSnapshotWithoutRestartWhileRequestsSucceed() {
        TestSnapshots.publishSample(warehouse, FIRST_ID);
        SnapshotStore store = new SnapshotStore(warehouse, TestSnapshots.reader(), Duration.ofMillis(50));
        store.refresh();
        store.startPolling();
        try {
            JavalinTest.test(DashboardApp.create(store, TestSnapshots.options(warehouse)), (server, client) -> {
                assertThat(json(client.get("/api/areas/" + HARTLEPOOL + "/profile"))
                                .get("snapshot_id")
                                .asText())
                        .isEqualTo(FIRST_ID);

                TestSnapshots.publishSample(warehouse, SECOND_ID);

                Set<String> answeredFrom = new LinkedHashSet<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (!answeredFrom.contains(SECOND_ID) && System.nanoTime() < deadline) {
                    Response response = client.get("/api/areas/" + HARTLEPOOL + "/profile");
                    assertThat(response.code()).isEqualTo(200);
                    JsonNode body = json(response);
                    String snapshotId = body.get("snapshot_id").asText();
                    // One whole snapshot per request: every row comes from the snapshot the answer names.
                    body.get("partners")
                            .forEach(partner -> partner.get("indicators")
                                    .forEach(indicator -> indicator
                                            .get("rows")
                                            .forEach(row -> assertThat(row.get("snapshot_id")
                                                            .asText())
                                                    .isEqualTo(snapshotId))));
                    answeredFrom.add(snapshotId);
                }
                assertThat(answeredFrom).contains(SECOND_ID).isSubsetOf(FIRST_ID, SECOND_ID);
            });
        } finally {
            store.close();
        }
    }
}
