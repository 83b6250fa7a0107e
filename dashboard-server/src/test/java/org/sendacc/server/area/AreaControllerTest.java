package org.sendacc.server.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.TestHttp.json;
import static org.sendacc.server.TestSnapshots.FIRST_ID;
import static org.sendacc.server.TestSnapshots.HARTLEPOOL;
import static org.sendacc.server.TestSnapshots.ICB;
import static org.sendacc.server.TestSnapshots.ICB_NAME;
import static org.sendacc.server.TestSnapshots.NORTH_EAST;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.server.TestHttp;
import org.sendacc.server.TestSnapshots;

class AreaControllerTest {
    @TempDir
    Path warehouse;

    @Test
    void listsEveryAreaWithItsLevelRegionAndIcb() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/areas");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("snapshot_id").asText()).isEqualTo(FIRST_ID);
            assertThat(body.get("synthetic").asBoolean()).isTrue();
            assertThat(codes(body.get("areas"), "area_code"))
                    .containsExactly("E92000001", NORTH_EAST, ICB, HARTLEPOOL, "E06000002");
            JsonNode hartlepool = body.get("areas").get(3);
            assertThat(hartlepool.get("area_name").asText()).isEqualTo("Hartlepool");
            assertThat(hartlepool.get("area_level").asText()).isEqualTo("la");
            assertThat(hartlepool.get("region_code").asText()).isEqualTo(NORTH_EAST);
            assertThat(hartlepool.get("region_name").asText()).isEqualTo("North East");
            assertThat(hartlepool.get("icb_code").asText()).isEqualTo(ICB);
            assertThat(hartlepool.get("icb_name").asText()).isEqualTo(ICB_NAME);
            assertThat(hartlepool.get("old_la_code").asText()).isEqualTo("805");
        });
    }

    @Test
    void profileGroupsEachIndicatorsLatestRowByPartner() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/areas/" + HARTLEPOOL + "/profile");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("area").get("area_code").asText()).isEqualTo(HARTLEPOOL);
            assertThat(body.get("period").isNull()).isTrue();
            assertThat(codes(body.get("partners"), "partner")).containsExactly("LA", "ICB", "joint");
            JsonNode timeliness = body.get("partners").get(0).get("indicators").get(0);
            assertThat(timeliness.get("indicator_id").asText()).isEqualTo(TestSnapshots.TIMELINESS);
            assertThat(timeliness.get("title").asText())
                    .isEqualTo("New EHC plans issued within 20 weeks (excluding exceptions)");
            // DfE first, then the local return, as the catalogue lists the sources; both 2024, their latest.
            assertThat(codes(timeliness.get("rows"), "source")).containsExactly("dfe_ees", "local_return");
            JsonNode dfe = timeliness.get("rows").get(0);
            assertThat(dfe.get("period").asText()).isEqualTo("2024");
            assertThat(dfe.get("value").asDouble()).isEqualTo(50.0);
            assertThat(dfe.get("england_value").asDouble()).isEqualTo(46.4);
            assertThat(dfe.get("region_value").asDouble()).isEqualTo(55.0);
            assertThat(dfe.get("icb_value").asDouble()).isEqualTo(52.0);
            assertThat(dfe.get("neighbours_value").asDouble()).isEqualTo(48.0);
            assertThat(dfe.get("comparison_england").asText()).isEqualTo("similar");
            JsonNode waiting = body.get("partners").get(1).get("indicators").get(0);
            assertThat(waiting.get("indicator_id").asText()).isEqualTo(TestSnapshots.WAITING);
            assertThat(waiting.get("rows").get(0).get("period").asText()).isEqualTo("2024-03");
            assertThat(waiting.get("rows").get(0).get("apportioned").asBoolean())
                    .isTrue();
            JsonNode tribunal = body.get("partners").get(2).get("indicators").get(0);
            assertThat(tribunal.get("rows").get(0).get("value").asDouble()).isEqualTo(3.0);
        });
    }

    @Test
    void profileForAPeriodShowsOnlyThatPeriod() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/areas/" + HARTLEPOOL + "/profile?period=2023");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("period").asText()).isEqualTo("2023");
            JsonNode la = body.get("partners").get(0).get("indicators");
            assertThat(la).hasSize(1);
            assertThat(la.get(0).get("rows")).hasSize(1);
            assertThat(la.get(0).get("rows").get(0).get("value").asDouble()).isEqualTo(40.0);
            assertThat(body.get("partners").get(1).get("indicators")).isEmpty();
            assertThat(body.get("partners").get(2).get("indicators")).isEmpty();
        });
    }

    @Test
    void profileShowsASuppressedRowWithoutFigures() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            JsonNode body = json(client.get("/api/areas/E06000002/profile?period=2023"));

            JsonNode row = body.get("partners")
                    .get(0)
                    .get("indicators")
                    .get(0)
                    .get("rows")
                    .get(0);
            assertThat(row.get("suppressed").asBoolean()).isTrue();
            assertThat(row.get("value").isNull()).isTrue();
            assertThat(row.get("numerator").isNull()).isTrue();
            assertThat(row.get("comparison_england").asText()).isEqualTo("not_compared");
        });
    }

    @Test
    void profileRowsCarryEverySnapshotColumnByItsName() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            JsonNode body = json(client.get("/api/areas/" + HARTLEPOOL + "/profile"));

            JsonNode row = body.get("partners")
                    .get(0)
                    .get("indicators")
                    .get(0)
                    .get("rows")
                    .get(0);
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactlyElementsOf(SnapshotColumns.ALL);
        });
    }

    @Test
    void profileOfAnUnknownAreaIsNotFound() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/areas/E06000099/profile");

            assertThat(response.code()).isEqualTo(404);
            JsonNode body = json(response);
            assertThat(body.get("status").asInt()).isEqualTo(404);
            assertThat(body.get("error").asText()).isEqualTo("Unknown area code 'E06000099' in snapshot " + FIRST_ID);
        });
    }

    @Test
    void profileWithAMalformedPeriodIsABadRequest() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/areas/" + HARTLEPOOL + "/profile?period=last");

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("Parameter period 'last' is not a period like 2024, 202425 or 2024-03");
        });
    }

    @Test
    void profileForAPeriodNoIndicatorHasIsNotFound() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/areas/" + HARTLEPOOL + "/profile?period=2019");

            assertThat(response.code()).isEqualTo(404);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("No indicator has period '2019' in snapshot " + FIRST_ID);
        });
    }

    private static List<String> codes(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asText()));
        return values;
    }
}
