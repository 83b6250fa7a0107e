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

    @Test
    void anAdHocGroupIsPooledAndEachAreaComparedWithIt() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String codes = TestSnapshots.HARTLEPOOL + "," + TestSnapshots.MIDDLESBROUGH;
            // 2024: Hartlepool 30 of 60 and Middlesbrough 10 of 40 pool to 40 of 100, 40.0%, inside both LAs' 95%
            // intervals (37.73 to 62.27 and 14.19 to 40.1): similar
            JsonNode body = json(client.get("/api/indicators/" + TIMELINESS + "?period=2024&group=" + codes));
            JsonNode group = body.path("group");
            assertThat(group.path("id").asText()).isEqualTo("adhoc");
            assertThat(group.path("codes")).hasSize(2);
            JsonNode figure = group.path("figures").get(0);
            assertThat(figure.path("source").asText()).isEqualTo("dfe_ees");
            assertThat(figure.path("value").asDouble()).isEqualTo(40.0);
            assertThat(figure.path("numerator").asDouble()).isEqualTo(40.0);
            assertThat(figure.path("denominator").asDouble()).isEqualTo(100.0);
            assertThat(figure.path("included").asInt()).isEqualTo(2);
            assertThat(group.path("link").asText())
                    .isEqualTo("/indicator/" + TIMELINESS + "?period=2024&group=" + codes);
            // the sample's local-return rows of the indicator have their own group figure: Hartlepool's 68 of 165
            for (JsonNode row : body.path("rows")) {
                assertThat(row.has("indicator_id")).isTrue();
                assertThat(row.path("group_value").asDouble())
                        .as(row.path("area_code").asText() + " "
                                + row.path("source").asText())
                        .isEqualTo(row.path("source").asText().equals("dfe_ees") ? 40.0 : 68.0 / 165 * 100);
            }
            JsonNode hartlepool = row(body, TestSnapshots.HARTLEPOOL);
            assertThat(hartlepool.path("comparison_group").asText()).isEqualTo("similar");
            // England's interval (46.1 to 46.77) is far from 40.0: better than the group, at 99.8% (45.9 to 46.96)
            assertThat(row(body, TestSnapshots.ENGLAND).path("comparison_group").asText())
                    .isEqualTo("better_99.8");

            // 2023: Middlesbrough's figure was withheld, so the group is Hartlepool's 20 of 50 alone
            JsonNode earlier = json(client.get("/api/indicators/" + TIMELINESS + "?period=2023&group=" + codes))
                    .path("group")
                    .path("figures")
                    .get(0);
            assertThat(earlier.path("value").asDouble()).isEqualTo(40.0);
            assertThat(earlier.path("included").asInt()).isEqualTo(1);
            assertThat(earlier.path("members").asInt()).isEqualTo(2);
            assertThat(row(
                                    json(client.get("/api/indicators/" + TIMELINESS + "?period=2023&group=" + codes)),
                                    TestSnapshots.MIDDLESBROUGH)
                            .path("comparison_group")
                            .asText())
                    .isEqualTo("not_compared");

            // without a group the rows are as before; a bad group says why
            assertThat(json(client.get("/api/indicators/" + TIMELINESS)).has("group"))
                    .isTrue();
            assertThat(json(client.get("/api/indicators/" + TIMELINESS))
                            .path("group")
                            .isNull())
                    .isTrue();
            assertThat(client.get("/api/indicators/" + TIMELINESS + "?group=E99999999,E06000001")
                            .code())
                    .isEqualTo(404);
            assertThat(client.get("/api/indicators/" + TIMELINESS + "?group=E06000001")
                            .code())
                    .isEqualTo(400);
            assertThat(client.get("/api/indicators/" + TIMELINESS + "?group=no_such_group")
                            .code())
                    .isEqualTo(404);

            String page = TestHttp.text(client.get("/indicator/" + TIMELINESS + "?period=2024&group=" + codes));
            assertThat(page)
                    .contains("id=\"group-summary\"")
                    .contains("<strong>40.0%</strong>")
                    .contains("pooled over the 2 of 2 local authorities")
                    .contains("vs group")
                    .contains("href=\"/indicator/" + TIMELINESS + "?period=2024&amp;source=dfe_ees&amp;group="
                            + codes.replace(",", "%2C") + "\"");
        });
    }

    /** The area's DfE row (the sample also has local-return rows of the indicator, with their own group figure). */
    private static JsonNode row(JsonNode body, String code) {
        for (JsonNode row : body.path("rows")) {
            if (row.path("area_code").asText().equals(code)
                    && row.path("source").asText().equals("dfe_ees")) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code);
    }
}
