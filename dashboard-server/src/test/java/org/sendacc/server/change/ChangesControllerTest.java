package org.sendacc.server.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.TestHttp.json;
import static org.sendacc.server.TestHttp.text;
import static org.sendacc.server.TestSnapshots.FIRST_ID;
import static org.sendacc.server.TestSnapshots.HARTLEPOOL;
import static org.sendacc.server.TestSnapshots.SECOND_ID;
import static org.sendacc.server.TestSnapshots.TIMELINESS;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.server.DashboardApp;
import org.sendacc.server.TestRows;
import org.sendacc.server.TestSnapshots;
import org.sendacc.server.snapshot.IndicatorRow;

/**
 * What changed, over two hand-made snapshots: the second has Hartlepool's 2023 timeliness revised from 20 of 50
 * (40.0%) to 22 of 50 (44.0%) and nothing else. The second was published without a stored list of changes (as a
 * snapshot from before they were recorded), so the server compares the two itself when asked {@code since} the first.
 */
class ChangesControllerTest {
    @TempDir
    Path warehouse;

    private Javalin app() {
        TestSnapshots.publishSample(warehouse, FIRST_ID);
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorRow row : TestSnapshots.sampleRows(SECOND_ID)) {
            boolean revised = row.indicatorId().equals(TIMELINESS)
                    && row.areaCode().equals(HARTLEPOOL)
                    && row.period().equals("2023");
            rows.add(
                    revised
                            ? TestRows.row(TIMELINESS, "dfe_ees", HARTLEPOOL, "Hartlepool", AreaLevel.LA, "2023")
                                    .figures(44.0, 22.0, 50.0)
                                    .england(50.3, "similar")
                                    .snapshot(SECOND_ID)
                                    .build()
                            : row);
        }
        TestSnapshots.publish(warehouse, SECOND_ID, rows, Set.of());
        return DashboardApp.create(TestSnapshots.store(warehouse), TestSnapshots.options(warehouse));
    }

    @Test
    void sinceTheFirstSnapshotTheOneRevisionIsTheOneChange() {
        JavalinTest.test(app(), (server, client) -> {
            // nothing stored with the second snapshot: no previous snapshot to speak of
            JsonNode stored = json(client.get("/api/changes"));
            assertThat(stored.path("snapshot_id").asText()).isEqualTo(SECOND_ID);
            assertThat(stored.path("since_snapshot_id").isNull()).isTrue();
            assertThat(stored.path("changes").size()).isZero();

            JsonNode since = json(client.get("/api/changes?since=" + FIRST_ID));
            assertThat(since.path("since_snapshot_id").asText()).isEqualTo(FIRST_ID);
            assertThat(since.path("changes").size()).isEqualTo(1);
            JsonNode change = since.path("changes").get(0);
            assertThat(change.path("kind").asText()).isEqualTo("revised");
            assertThat(change.path("area_code").asText()).isEqualTo(HARTLEPOOL);
            assertThat(change.path("area_level").asText()).isEqualTo("la");
            assertThat(change.path("indicator_id").asText()).isEqualTo(TIMELINESS);
            assertThat(change.path("period").asText()).isEqualTo("2023");
            assertThat(change.path("old_value").asDouble()).isEqualTo(40.0);
            assertThat(change.path("new_value").asDouble()).isEqualTo(44.0);

            assertThat(json(client.get("/api/changes?since=" + FIRST_ID + "&kind=withdrawn"))
                            .path("changes")
                            .size())
                    .isZero();
            assertThat(client.get("/api/changes?since=20250101T000000Z-zzzz").code())
                    .isEqualTo(404);
            assertThat(client.get("/api/changes?kind=moved").code()).isEqualTo(400);
        });
    }

    @Test
    void thePageAndTheCsvListTheRevision() {
        JavalinTest.test(app(), (server, client) -> {
            String page = text(client.get("/changes?since=" + FIRST_ID));
            assertThat(page)
                    .contains("Snapshot " + SECOND_ID + " compared with snapshot " + FIRST_ID)
                    .contains("data-kind=\"revised\" data-indicator=\"" + TIMELINESS + "\" data-area=\"" + HARTLEPOOL
                            + "\"")
                    .contains("40.0%")
                    .contains("44.0%")
                    .contains("href=\"/area/" + HARTLEPOOL + "\"");
            assertThat(text(client.get("/changes"))).contains("is the first published in this warehouse");

            String[] csv = text(client.get("/changes.csv?since=" + FIRST_ID)).split("\r\n");
            assertThat(csv).hasSize(2);
            assertThat(csv[1])
                    .isEqualTo(SECOND_ID + "," + FIRST_ID + ",revised," + TIMELINESS + ",dfe_ees,2023,2023,la,"
                            + HARTLEPOOL + ",Hartlepool,40.0,44.0,similar,similar");
        });
    }
}
