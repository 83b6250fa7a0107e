package org.sendacc.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.TestHttp.json;
import static org.sendacc.server.TestSnapshots.FIRST_ID;
import static org.sendacc.server.TestSnapshots.TIMELINESS;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.TestHttp;
import org.sendacc.server.TestSnapshots;

class IndicatorControllerTest {
    @TempDir
    Path warehouse;

    @Test
    void catalogueListsEachIndicatorWithItsDefinitionAndPeriods() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/indicators");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("catalogue_version").asInt()).isEqualTo(1);
            assertThat(values(body.get("indicators"), "id"))
                    .containsExactly(TIMELINESS, TestSnapshots.WAITING, TestSnapshots.TRIBUNAL);
            JsonNode timeliness = body.get("indicators").get(0);
            assertThat(timeliness.get("partner").asText()).isEqualTo("LA");
            assertThat(timeliness.get("unit").asText()).isEqualTo("percent");
            assertThat(timeliness.get("denominator").asText())
                    .isEqualTo("New EHC plans issued in the calendar year, excluding exceptions");
            assertThat(timeliness.get("caveats").get(0).asText())
                    .isEqualTo("From 2023 SEN2 is collected person by person.");
            assertThat(values(timeliness.get("periods"), "period")).containsExactly("2023", "2024");
            assertThat(timeliness.get("sources_with_rows").get(1).asText()).isEqualTo("local_return");
        });
    }

    @Test
    void indicatorShowsEveryAreaInItsLatestPeriod() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/indicators/" + TIMELINESS);

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("period").asText()).isEqualTo("2024");
            assertThat(body.get("indicator").get("title").asText())
                    .isEqualTo("New EHC plans issued within 20 weeks (excluding exceptions)");
            // England, the region, the ICB footprint, the LAs; DfE before the local return within an area.
            assertThat(values(body.get("rows"), "area_code"))
                    .containsExactly(
                            "E92000001", "E92000001", "E12000001", "E54000050", "E06000001", "E06000001", "E06000002");
            JsonNode england = body.get("rows").get(0);
            assertThat(england.get("source").asText()).isEqualTo("dfe_ees");
            assertThat(england.get("value").asDouble()).isEqualTo(46.4);
            assertThat(england.get("numerator").asDouble()).isEqualTo(39407.0);
            assertThat(england.get("denominator").asDouble()).isEqualTo(84866.0);
            assertThat(england.get("period_start").asText()).isEqualTo("2024-01-01");
            assertThat(body.get("rows").get(6).get("rank").asInt()).isEqualTo(2);
        });
    }

    @Test
    void indicatorShowsAnEarlierPeriodWhenAsked() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            JsonNode body = json(client.get("/api/indicators/" + TIMELINESS + "?period=2023"));

            assertThat(body.get("period").asText()).isEqualTo("2023");
            assertThat(body.get("rows")).hasSize(5);
            JsonNode middlesbrough = body.get("rows").get(4);
            assertThat(middlesbrough.get("area_name").asText()).isEqualTo("Middlesbrough");
            assertThat(middlesbrough.get("suppressed").asBoolean()).isTrue();
            assertThat(middlesbrough.get("value").isNull()).isTrue();
        });
    }

    @Test
    void indicatorShowsOneSourceWhenAsked() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            JsonNode body = json(client.get("/api/indicators/" + TIMELINESS + "?source=local_return"));

            assertThat(body.get("source").asText()).isEqualTo("local_return");
            assertThat(values(body.get("rows"), "area_code")).containsExactly("E92000001", "E06000001");
            assertThat(body.get("rows").get(1).get("value").asDouble()).isEqualTo(41.2);
        });
    }

    @Test
    void monthlyIndicatorDefaultsToItsMonth() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            JsonNode body = json(client.get("/api/indicators/" + TestSnapshots.WAITING));

            assertThat(body.get("period").asText()).isEqualTo("2024-03");
            assertThat(body.get("rows")).hasSize(4);
        });
    }

    @Test
    void unknownIndicatorIsNotFound() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/indicators/ehcp_per_head");

            assertThat(response.code()).isEqualTo(404);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("Unknown indicator 'ehcp_per_head' in snapshot " + FIRST_ID
                            + "; GET /api/indicators lists them");
        });
    }

    @Test
    void periodTheIndicatorLacksIsNotFound() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/indicators/" + TIMELINESS + "?period=2024-03");

            assertThat(response.code()).isEqualTo(404);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("Indicator " + TIMELINESS + " has no period '2024-03'; its periods are [2023, 2024]");
        });
    }

    @Test
    void sourceTheIndicatorLacksIsNotFound() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/indicators/" + TIMELINESS + "?source=moj");

            assertThat(response.code()).isEqualTo(404);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("Indicator " + TIMELINESS
                            + " has no rows from source 'moj'; its sources are [dfe_ees, local_return]");
        });
    }

    @Test
    void malformedSourceIsABadRequest() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/indicators/" + TIMELINESS + "?source=DfE%20EES");

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("Parameter source 'DfE EES' is not a source like dfe_ees, moj, nhs_cwl or local_return");
        });
    }

    @Test
    void periodGivenTwiceIsABadRequest() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/api/indicators/" + TIMELINESS + "?period=2023&period=2024");

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("error").asText()).isEqualTo("Parameter period is given more than once");
        });
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asText()));
        return values;
    }
}
