package org.sendacc.server.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.TestHttp.json;
import static org.sendacc.server.TestHttp.text;
import static org.sendacc.server.TestSnapshots.FIRST_ID;
import static org.sendacc.server.TestSnapshots.HARTLEPOOL;
import static org.sendacc.server.TestSnapshots.ICB_NAME;
import static org.sendacc.server.TestSnapshots.MIDDLESBROUGH;
import static org.sendacc.server.TestSnapshots.TIMELINESS;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.TestHttp;
import org.sendacc.server.TestSnapshots;

class ExportControllerTest {
    private static final List<String> OPEN_DATA_COLUMNS = List.of(
            "time_period",
            "time_identifier",
            "geographic_level",
            "country_code",
            "country_name",
            "region_code",
            "region_name",
            "new_la_code",
            "old_la_code",
            "la_name");

    @TempDir
    Path warehouse;

    @Test
    void everyRowNamesItsPublisherReleaseAndTable() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            List<CSVRecord> rows = parse(
                            client.get("/export.csv?indicator=" + TIMELINESS + "&period=2024&area=" + HARTLEPOOL))
                    .records();
            CSVRecord dfe = rows.stream()
                    .filter(row -> row.get("source").equals("dfe_ees"))
                    .findFirst()
                    .orElseThrow();
            assertThat(dfe.get("publisher")).isEqualTo("Department for Education");
            assertThat(dfe.get("release_title")).isEqualTo("Education, health and care plans: reporting year 2025");
            assertThat(dfe.get("source_table")).isEqualTo("timeliness_20_week.csv");
            // a local return is published by nobody: said by its empty publisher, never a made-up one
            CSVRecord local = rows.stream()
                    .filter(row -> row.get("source").equals("local_return"))
                    .findFirst()
                    .orElseThrow();
            assertThat(local.get("publisher")).isEmpty();
        });
    }

    @Test
    void theCitationHasAPermalinkThatServesThatSnapshotLater() {
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        TestSnapshots.publishSample(warehouse, TestSnapshots.SECOND_ID); // the current one now
        JavalinTest.test(
                org.sendacc.server.DashboardApp.create(
                        TestSnapshots.store(warehouse), TestSnapshots.options(warehouse)),
                (server, client) -> {
                    String metadata = TestHttp.text(client.get("/export-metadata.csv?indicator=" + TIMELINESS));
                    assertThat(metadata)
                            .contains("/export.csv?indicator=" + TIMELINESS + "&snapshot=" + TestSnapshots.SECOND_ID)
                            .contains("Source: Department for Education, Education, health and care plans: reporting"
                                    + " year 2025 (2025-06-26).")
                            .contains("dfe_ees.release_url,https://explore-education-statistics.service.gov.uk/"
                                    + "find-statistics/education-health-and-care-plans/2025");
                    // the first snapshot's permalink still answers with the first snapshot's figures
                    List<CSVRecord> earlier = parse(client.get(
                                    "/export.csv?indicator=" + TIMELINESS + "&snapshot=" + TestSnapshots.FIRST_ID))
                            .records();
                    assertThat(earlier)
                            .isNotEmpty()
                            .allMatch(row -> row.get("snapshot_id").equals(TestSnapshots.FIRST_ID));
                    assertThat(client.get("/export.csv?indicator=" + TIMELINESS + "&snapshot=20200101T000000Z-none")
                                    .code())
                            .isEqualTo(404);
                });
    }

    @Test
    void startsWithTheOpenDataStandardColumnsThenTheIndicators() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Parsed csv = parse(client.get("/export.csv?indicator=" + TIMELINESS));

            assertThat(csv.header().subList(0, 10)).containsExactlyElementsOf(OPEN_DATA_COLUMNS);
            assertThat(csv.header().subList(10, 17))
                    .containsExactly(
                            "icb_code", "icb_name", "indicator_id", "source", "value", "numerator", "denominator");
            assertThat(csv.header().get(csv.header().size() - 1)).isEqualTo("snapshot_id");
        });
    }

    @Test
    void holdsEveryPeriodAndSourceOfTheIndicatorUnlessAsked() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Parsed csv = parse(client.get("/export.csv?indicator=" + TIMELINESS));

            // 2023: five DfE rows; 2024: five DfE rows and two from local returns.
            assertThat(csv.records()).hasSize(12);
            assertThat(csv.records().get(0).get("time_period")).isEqualTo("2023");
            assertThat(csv.records().get(11).get("time_period")).isEqualTo("2024");
        });
    }

    @Test
    void writesEnglandsRowAsTheSnapshotHasIt() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            CSVRecord england = parse(client.get("/export.csv?indicator=" + TIMELINESS + "&period=2024&area=E92000001"))
                    .records()
                    .get(0);

            assertThat(england.get("time_period")).isEqualTo("2024");
            assertThat(england.get("time_identifier")).isEqualTo("Calendar year");
            assertThat(england.get("geographic_level")).isEqualTo("National");
            assertThat(england.get("country_code")).isEqualTo("E92000001");
            assertThat(england.get("country_name")).isEqualTo("England");
            assertThat(england.get("region_code")).isEmpty();
            assertThat(england.get("new_la_code")).isEmpty();
            assertThat(england.get("source")).isEqualTo("dfe_ees");
            assertThat(england.get("value")).isEqualTo("46.4");
            assertThat(england.get("numerator")).isEqualTo("39407");
            assertThat(england.get("denominator")).isEqualTo("84866");
            assertThat(england.get("lower_ci95")).isEqualTo("46.10");
            assertThat(england.get("upper_ci998")).isEqualTo("46.96");
            assertThat(england.get("previous_value")).isEqualTo("50.3");
            assertThat(england.get("trend")).isEqualTo("decreasing");
            assertThat(england.get("trend_judgement")).isEqualTo("getting_worse");
            // England has no rank, region or ICB benchmark: not applicable.
            assertThat(england.get("rank")).isEqualTo("z");
            assertThat(england.get("region_value")).isEqualTo("z");
            assertThat(england.get("break_in_series")).isEqualTo("true");
            assertThat(england.get("snapshot_id")).isEqualTo(FIRST_ID);
        });
    }

    @Test
    void writesAnLaWithItsRegionOldNumberAndIcbFootprint() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            CSVRecord hartlepool = parse(client.get(
                            "/export.csv?indicator=" + TIMELINESS + "&period=2024&source=dfe_ees&area=" + HARTLEPOOL))
                    .records()
                    .get(0);

            assertThat(hartlepool.get("geographic_level")).isEqualTo("Local authority");
            assertThat(hartlepool.get("region_code")).isEqualTo("E12000001");
            assertThat(hartlepool.get("region_name")).isEqualTo("North East");
            assertThat(hartlepool.get("new_la_code")).isEqualTo(HARTLEPOOL);
            assertThat(hartlepool.get("old_la_code")).isEqualTo("805");
            assertThat(hartlepool.get("la_name")).isEqualTo("Hartlepool");
            assertThat(hartlepool.get("icb_code")).isEqualTo("E54000050");
            assertThat(hartlepool.get("value")).isEqualTo("50.0");
            assertThat(hartlepool.get("region_value")).isEqualTo("55.0");
            assertThat(hartlepool.get("neighbours_included")).isEqualTo("10");
            assertThat(hartlepool.get("rank")).isEqualTo("1");
            assertThat(hartlepool.get("ranked_areas")).isEqualTo("2");
        });
    }

    @Test
    void roundsFiguresAsTheyArePublished() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            CSVRecord hartlepool = parse(
                            client.get("/export.csv?indicator=" + TestSnapshots.WAITING + "&area=" + HARTLEPOOL))
                    .records()
                    .get(0);

            // Hartlepool's share of the ICB's waiting list is an estimate: no counts (z, not applicable), no interval
            // or rank; the value one place, as NHS England publishes it.
            assertThat(hartlepool.get("numerator")).isEqualTo("z");
            assertThat(hartlepool.get("denominator")).isEqualTo("z");
            assertThat(hartlepool.get("lower_ci95")).isEqualTo("z");
            assertThat(hartlepool.get("rank")).isEqualTo("z");
            assertThat(hartlepool.get("value")).isEqualTo("30.0");
            assertThat(hartlepool.get("england_value")).isEqualTo("20.8");
        });
    }

    @Test
    void writesAnIcbFootprintInTheIcbColumns() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            CSVRecord icb = parse(client.get("/export.csv?indicator=" + TIMELINESS + "&period=2024&area=E54000050"))
                    .records()
                    .get(0);

            assertThat(icb.get("geographic_level")).isEqualTo("ICB footprint");
            assertThat(icb.get("icb_code")).isEqualTo("E54000050");
            assertThat(icb.get("icb_name")).isEqualTo(ICB_NAME);
            assertThat(icb.get("region_code")).isEmpty();
            assertThat(icb.get("la_name")).isEmpty();
            assertThat(icb.get("apportioned")).isEqualTo("true");
        });
    }

    @Test
    void showsSuppressedFiguresAsC() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            CSVRecord middlesbrough = parse(
                            client.get("/export.csv?indicator=" + TIMELINESS + "&period=2023&area=" + MIDDLESBROUGH))
                    .records()
                    .get(0);

            for (String column : List.of(
                    "value", "numerator", "denominator", "lower_ci95", "upper_ci95", "lower_ci998", "upper_ci998")) {
                assertThat(middlesbrough.get(column)).as(column).isEqualTo("c");
            }
            assertThat(middlesbrough.get("england_value")).isEqualTo("50.3");
            assertThat(middlesbrough.get("comparison_england")).isEqualTo("not_compared");
            assertThat(middlesbrough.get("no_value_reason"))
                    .isEqualTo("suppressed to protect confidentiality (a count between 1 and 4)");
        });
    }

    @Test
    void showsThePreviousValueOfASuppressedPeriodAsC() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            CSVRecord middlesbrough = parse(
                            client.get("/export.csv?indicator=" + TIMELINESS + "&period=2024&area=" + MIDDLESBROUGH))
                    .records()
                    .get(0);

            assertThat(middlesbrough.get("value")).isEqualTo("25.0");
            assertThat(middlesbrough.get("previous_value")).isEqualTo("c");
        });
    }

    @Test
    void neutralisesTextASpreadsheetWouldRunAsAFormula() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            CSVRecord middlesbrough = parse(
                            client.get("/export.csv?indicator=" + TestSnapshots.TRIBUNAL + "&area=" + MIDDLESBROUGH))
                    .records()
                    .get(0);

            assertThat(middlesbrough.get("no_value_reason")).isEqualTo("'" + TestSnapshots.HOSTILE_REASON);
            assertThat(middlesbrough.get("value")).isEqualTo("x");
        });
    }

    @Test
    void splitsAMonthIntoItsYearAndMonthName() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            CSVRecord england = parse(client.get("/export.csv?indicator=" + TestSnapshots.WAITING + "&area=E92000001"))
                    .records()
                    .get(0);

            assertThat(england.get("time_period")).isEqualTo("2024");
            assertThat(england.get("time_identifier")).isEqualTo("March");
        });
    }

    @Test
    void isAnAttachmentNamedForTheIndicatorPeriodAndSnapshot() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/export.csv?indicator=" + TIMELINESS + "&period=2024");

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
            assertThat(response.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"sendacc_" + TIMELINESS + "_2024_" + FIRST_ID + ".csv\"");
            assertThat(response.header("Link"))
                    .isEqualTo("</export-metadata.csv?indicator=" + TIMELINESS + ">; rel=\"describedby\"");
        });
    }

    @Test
    void metadataCitesTheSnapshotDefinitionsSourcesAndLicence() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/export-metadata.csv?indicator=" + TIMELINESS);

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"sendacc_" + TIMELINESS + "_metadata_" + FIRST_ID + ".csv\"");
            Parsed csv = parse(response);
            assertThat(csv.header()).containsExactly("section", "field", "value");
            assertThat(value(csv, "citation", "snapshot_id")).isEqualTo(FIRST_ID);
            assertThat(value(csv, "citation", "snapshot_created_at")).isEqualTo("2026-01-01T00:00:00Z");
            assertThat(value(csv, "citation", "synthetic")).isEqualTo("true");
            assertThat(value(csv, "citation", "licence"))
                    .isEqualTo("Contains public sector information licensed under the Open Government Licence v3.0.");
            assertThat(value(csv, "definition", "numerator"))
                    .isEqualTo("New EHC plans issued within 20 weeks of the request, excluding exceptions");
            assertThat(value(csv, "definition", "caveat")).isEqualTo("From 2023 SEN2 is collected person by person.");
            assertThat(value(csv, "source", "dfe_ees"))
                    .contains("recipe=ees_proportion")
                    .contains("table=dfe_timeliness_20_week");
            assertThat(value(csv, "input", "dfe_timeliness_20_week"))
                    .isEqualTo("ees/timeliness_20_week.csv (sha256"
                            + " a78f749b995e69735e7c2238493b1f2838f135cec21ecea503a8e8d8479b7227, ingest run"
                            + " 20251231T000000Z-run1)");
            assertThat(value(csv, "column", "old_la_code"))
                    .isEqualTo("DfE's 3-digit LA number, from the reference tables");
        });
    }

    @Test
    void withoutAnIndicatorOrAreaIsABadRequest() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/export.csv?period=2024");

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("Parameter indicator is required unless an area is given, e.g."
                            + " ?indicator=ehcp_20wk_excl_exceptions or ?area=E08000025");
        });
    }

    @Test
    void unknownIndicatorIsNotFound() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/export-metadata.csv?indicator=ehcp_per_head");

            assertThat(response.code()).isEqualTo(404);
            assertThat(json(response).get("status").asInt()).isEqualTo(404);
        });
    }

    @Test
    void unknownAreaIsNotFound() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/export.csv?indicator=" + TIMELINESS + "&area=E06000099");

            assertThat(response.code()).isEqualTo(404);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("Unknown area code 'E06000099' in snapshot " + FIRST_ID);
        });
    }

    @Test
    void malformedAreaIsABadRequest() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/export.csv?indicator=" + TIMELINESS + "&area=Hartlepool");

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("error").asText())
                    .isEqualTo("Parameter area 'Hartlepool' is not a GSS code like E06000001");
        });
    }

    private static String value(Parsed csv, String section, String field) {
        return csv.records().stream()
                .filter(record -> record.get("section").equals(section)
                        && record.get("field").equals(field))
                .map(record -> record.get("value"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + section + "," + field));
    }

    private static Parsed parse(Response response) {
        assertThat(response.code()).isEqualTo(200);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text(response)), format)) {
            List<CSVRecord> records = new ArrayList<>(parser.getRecords());
            return new Parsed(List.copyOf(parser.getHeaderNames()), List.copyOf(records));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Parsed(List<String> header, List<CSVRecord> records) {}

    @Test
    void anExportNamesAtMostTwentyAreasOrIndicatorsEveryAreaIsTheExportWithoutArea() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            StringBuilder areas = new StringBuilder("/export.csv?indicator=" + TIMELINESS);
            for (int index = 1; index <= 21; index++) {
                // 21 distinct, well-formed codes of no area: the cap is checked before whether each is known
                areas.append("&area=E0999").append(String.format("%04d", index));
            }
            Response tooMany = client.get(areas.toString());
            assertThat(tooMany.code()).isEqualTo(400);
            assertThat(json(tooMany).get("error").asText())
                    .isEqualTo("One export names at most 20 areas and 20 indicators (this asked for 21 and 1): leave"
                            + " out area= for every area");
            StringBuilder indicators = new StringBuilder("/export.csv?area=" + HARTLEPOOL);
            for (int index = 1; index <= 21; index++) {
                indicators.append("&indicator=made_up_").append(index);
            }
            assertThat(client.get(indicators.toString()).code()).isEqualTo(400);
            // twenty is allowed (each must still exist: these do not, so 404, not 400)
            String twenty = areas.substring(0, areas.lastIndexOf("&area="));
            assertThat(client.get(twenty).code()).isEqualTo(404);
        });
    }
}
