package org.sendacc.server.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.TestHttp.text;
import static org.sendacc.server.TestSnapshots.HARTLEPOOL;
import static org.sendacc.server.TestSnapshots.ICB;
import static org.sendacc.server.TestSnapshots.MIDDLESBROUGH;
import static org.sendacc.server.TestSnapshots.TIMELINESS;
import static org.sendacc.server.TestSnapshots.WAITING;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.TestHttp;
import org.sendacc.server.TestSnapshots;

/** Every page over the hand-written sample: what it shows, its state in the URL, and its errors as pages. */
class PageRoutesTest {
    @TempDir
    Path warehouse;

    @Test
    void homeShowsEveryLaAgainstEnglandWithTheSyntheticBanner() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response response = client.get("/");

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/html");
            String page = text(response);
            assertThat(page).contains("Synthetic sample data: not real figures");
            assertThat(page).contains("Snapshot <strong>" + TestSnapshots.FIRST_ID + "</strong>");
            assertThat(page).contains("Open Government Licence v3.0");
            // The latest DfE period of the timeliness indicator (2024): Hartlepool 50.0% similar, Middlesbrough worse.
            assertThat(cell(page, HARTLEPOOL, 1)).contains("sa-cmp--similar").contains("50.0%");
            assertThat(cell(page, MIDDLESBROUGH, 1)).contains("sa-cmp--worse").contains("25.0%");
            assertThat(page).contains("/export.csv?indicator=" + TIMELINESS);
        });
    }

    @Test
    void homeYearBenchmarkAndFiltersComeFromTheUrl() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String in2023 = text(client.get("/?year=2023"));
            assertThat(cell(in2023, HARTLEPOOL, 1)).contains("40.0%").contains("sa-cmp--similar");
            // Middlesbrough 2023 was suppressed: "c", grey, and the reason in words.
            assertThat(cell(in2023, MIDDLESBROUGH, 1))
                    .contains("sa-cmp--none")
                    .contains("> c<")
                    .contains("Suppressed to protect confidentiality");
            assertThat(in2023).contains("<option value=\"2023\" selected>");

            String againstRegion = text(client.get("/?benchmark=region"));
            assertThat(cell(againstRegion, MIDDLESBROUGH, 1)).contains("Worse than region (significant at 99.8%)");

            String london = text(client.get("/?region=E12000007"));
            assertThat(london).doesNotContain("data-area-row=\"" + HARTLEPOOL + "\"");
            String footprint = text(client.get("/?icb=" + ICB));
            assertThat(footprint).contains("data-area-row=\"" + HARTLEPOOL + "\"");
            assertThat(footprint).contains("<option value=\"" + ICB + "\" selected>");
            // The page's CSV: every indicator, for the LAs the filter shows.
            assertThat(footprint)
                    .contains("indicator=tribunal_appeal_rate&amp;area=" + HARTLEPOOL + "&amp;area=" + MIDDLESBROUGH
                            + "\" data-csv>");
        });
    }

    @Test
    void badPageParametersAreErrorPagesNamingTheParameter() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            Response badYear = client.get("/?year=20x4");
            assertThat(badYear.code()).isEqualTo(400);
            assertThat(badYear.header("Content-Type")).startsWith("text/html");
            assertThat(text(badYear)).contains("Parameter year &#39;20x4&#39; is not a year like 2024");

            Response badBenchmark = client.get("/?benchmark=mars");
            assertThat(badBenchmark.code()).isEqualTo(400);
            assertThat(text(badBenchmark)).contains("is not one of [england, region, neighbours, icb]");

            Response unknownRegion = client.get("/?region=E12000099");
            assertThat(unknownRegion.code()).isEqualTo(404);
            assertThat(text(unknownRegion)).contains("No region with code");

            Response unknownArea = client.get("/area/E06000099");
            assertThat(unknownArea.code()).isEqualTo(404);
            assertThat(text(unknownArea)).contains("Page not found").contains("Unknown area code");
        });
    }

    @Test
    void areaProfileGroupsByPartnerWithFiguresComparisonsAndSpine() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String page = text(client.get("/area/" + HARTLEPOOL));

            assertThat(page)
                    .contains("<h1 class=\"govuk-heading-xl\" data-area=\"" + HARTLEPOOL + "\">Hartlepool</h1>");
            assertThat(page).contains("DfE LA number 805");
            assertThat(page)
                    .contains("Local authority leads")
                    .contains("NHS integrated care board leads")
                    .contains("Joint responsibility");
            assertThat(page).contains("Led by: Local authority").contains("Led by: NHS (ICB)");
            // DfE 2024: 30 of 60 = 50.0%, CI 37.73 to 62.27.
            assertThat(page).contains("30 of 60").contains("50.0%").contains("37.7% to 62.3%");
            // England's range of the two LAs (25 and 50): quartiles 31.25 and 43.75 by linear interpolation.
            assertThat(page).contains("25.0% to 50.0% (middle half 31.3% to 43.8%)");
            // The NHS figure is the ICB's: shown once, as the ICB's own 300 of 1,000, never as Hartlepool's.
            assertThat(page)
                    .contains("Figure for " + TestSnapshots.ICB_NAME)
                    .contains("measured for the whole ICB, not for Hartlepool")
                    .contains("300 of 1,000");
            assertThat(page).contains("DfE published statistics").contains("Local return (not published)");
            assertThat(page).contains("data-chart=\"spine\"").contains("data-chart=\"trend-" + TIMELINESS + "\"");
            assertThat(page).contains("href=\"/export.csv?area=" + HARTLEPOOL + "\"");
            // The 2024 rows cross the 2023 break (SEN2 became person-level): said in words.
            assertThat(page).contains("DfE published statistics: a break in series falls within the last five periods");
            // the definition says the disclosure control in words, not as the catalogue's token or the enum's name
            assertThat(page)
                    .contains("Counts of 1 to 4, and figures that would reveal them, are withheld")
                    .doesNotContain("SUPPRESS_COUNTS_1_TO_4")
                    .doesNotContain("suppress_counts_1_to_4");
        });
    }

    @Test
    void englandAndARegionHaveProfilesWithoutFindings() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            for (String code : List.of(TestSnapshots.ENGLAND, TestSnapshots.NORTH_EAST)) {
                var response = client.get("/area/" + code);
                assertThat(response.code()).as(code).isEqualTo(200);
                String page = text(response);
                assertThat(page).contains("Joint scorecard").doesNotContain("id=\"findings\"");
            }
            assertThat(text(client.get("/area/" + HARTLEPOOL))).contains("id=\"findings\"");
        });
    }

    @Test
    void areaYearComesFromTheUrl() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String page = text(client.get("/area/" + HARTLEPOOL + "?year=2023"));

            assertThat(page).contains("20 of 50").contains("40.0%");
            assertThat(page).doesNotContain("30 of 60");
            assertThat(page).contains("<option value=\"2023\" selected>");
        });
    }

    @Test
    void icbPageShowsTheFootprintAndEachLaSideBySide() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String page = text(client.get("/icb/" + ICB + "?indicator=" + WAITING));

            assertThat(page).contains("NHS North East and North Cumbria Integrated Care Board");
            assertThat(page)
                    .contains("href=\"/area/" + HARTLEPOOL + "\">Hartlepool</a> <span class=\"govuk-body-s\">(100%)");
            assertThat(page).contains("<option value=\"" + WAITING + "\" selected>");
            assertThat(page).contains("data-chart=\"footprint\"");
            // SLT waits are measured for the ICB: the footprint's 300 of 1,000, and no LA figure beside it.
            assertThat(page).contains("300 of 1,000").contains("Measured for the ICB only");

            Response notAnIcb = client.get("/icb/" + HARTLEPOOL);
            assertThat(notAnIcb.code()).isEqualTo(404);
            assertThat(text(notAnIcb)).contains("is not an ICB footprint");
        });
    }

    /**
     * Hartlepool's neighbours in the sample snapshot: Middlesbrough (5th closest) is the only one with figures. 2024
     * timeliness: Hartlepool 50.0%, Middlesbrough 25.0%, higher is better, so Hartlepool ranks 1st of 2; the snapshot's
     * pooled neighbours' value for Hartlepool is 48.0%.
     */
    @Test
    void theNeighboursViewSortsByValueHighlightsTheAreaAndGivesItsPlace() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String page = text(client.get("/area/" + HARTLEPOOL + "/neighbours"));
            String timeliness = page.substring(page.indexOf("data-neighbours=\"" + TIMELINESS + "\""));
            assertThat(page).contains("Hartlepool ranks 1st of 2 (best first).");
            assertThat(page).contains("Neighbours' average: <strong>48.0%</strong> (pooled");
            assertThat(timeliness.indexOf("data-area=\"" + HARTLEPOOL + "\""))
                    .isLessThan(timeliness.indexOf("data-area=\"" + MIDDLESBROUGH + "\""));
            assertThat(timeliness).contains("sa-highlight\" data-area=\"" + HARTLEPOOL + "\"");
            // NHS waits are measured per ICB: not compared among LAs, said so
            assertThat(page).contains("Measured for ICBs, not local authorities");
            assertThat(text(client.get("/area/" + HARTLEPOOL)))
                    .contains("href=\"/area/" + HARTLEPOOL + "/neighbours\"");
            assertThat(client.get("/area/" + ICB + "/neighbours").code()).isEqualTo(404);
        });
    }

    /** The sample's timeliness runs 2023 and 2024 against a catalogue break in 2023: no break inside the span. */
    @Test
    void theOverTimeChartMarksABreakInsideItsSpan() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String page = text(client.get("/indicator/" + TIMELINESS));
            assertThat(page).contains("\"breakIndex\":-1").doesNotContain("id=\"compare-break\"");
        });
    }

    @Test
    void theHomeGridHasColumnsOnlyForWhatLasHaveOfTheirOwn() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String page = text(client.get("/"));
            String grid =
                    page.substring(page.indexOf("data-grid"), page.indexOf("</table>", page.indexOf("data-grid")));
            // SLT waits are the ICB's: listed in words, not a column of grey cells
            assertThat(grid).contains("/indicator/" + TIMELINESS + "\"").doesNotContain("/indicator/" + WAITING + "\"");
            assertThat(page).contains("id=\"measured-per-icb\"").contains("/indicator/" + WAITING + "?level=icb");
            // each cell can take focus and says its period in text
            assertThat(grid).contains("tabindex=\"0\"").contains("<span class=\"sa-cell__period\">2024</span>");
        });
    }

    @Test
    void aFigureMeasuredPerIcbIsRankedAmongIcbFootprintsOnly() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String page = text(client.get("/indicator/" + WAITING));
            assertThat(page)
                    .contains("Every ICB footprint, ranked")
                    .contains("id=\"measured-per-icb\"")
                    .contains("href=\"/icb/" + ICB + "\"")
                    .doesNotContain("data-area=\"" + HARTLEPOOL + "\"");
            // asked for the LAs, they are listed apart: estimates, not ranked
            String las = text(client.get("/indicator/" + WAITING + "?level=la"));
            assertThat(las).contains("Every local authority, ranked").contains("Estimate, not ranked");
            assertThat(client.get("/indicator/" + WAITING + "?level=mars").code())
                    .isEqualTo(400);
            // the ICB page says what got worse, and ranks among ICB footprints
            String icb = text(client.get("/icb/" + ICB));
            assertThat(icb).contains("id=\"worsened\"").contains("?level=icb&amp;area=" + ICB);
        });
    }

    @Test
    void indicatorPageRanksEveryLaAndKeepsItsStateInTheUrl() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String page = text(client.get("/indicator/" + TIMELINESS + "?area=" + MIDDLESBROUGH + "&compare="
                    + HARTLEPOOL + "&period=2024&source=dfe_ees"));

            assertThat(page).contains("New EHC plans issued within 20 weeks (excluding exceptions)");
            int hartlepool = page.indexOf("data-area=\"" + HARTLEPOOL + "\"");
            int middlesbrough = page.indexOf("data-area=\"" + MIDDLESBROUGH + "\"");
            assertThat(hartlepool).isPositive().isLessThan(middlesbrough);
            assertThat(page).contains("sa-highlight\" data-area=\"" + MIDDLESBROUGH + "\"");
            assertThat(page).contains("<option value=\"" + MIDDLESBROUGH + "\" selected>");
            assertThat(page).contains("<option value=\"2024\" selected>");
            // England and Middlesbrough's region as lines on the league chart.
            assertThat(page).contains("England: 46.4%").contains("North East: 55.0%");
            assertThat(page).contains("/export.csv?indicator=" + TIMELINESS + "&amp;period=2024&amp;source=dfe_ees");
            // No boundaries configured: no map.
            assertThat(page).doesNotContain("data-chart=\"map\"");

            assertThat(client.get("/indicator/ehcp_per_head").code()).isEqualTo(404);
            assertThat(client.get("/indicator/" + TIMELINESS + "?period=2019").code())
                    .isEqualTo(404);
        });
    }

    @Test
    void searchGoesStraightToASingleMatchAndListsSeveral() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            OkHttpClient noRedirects =
                    client.getOkHttp().newBuilder().followRedirects(false).build();
            String base = "http://localhost:" + server.port();

            Response one = noRedirects
                    .newCall(
                            new Request.Builder().url(base + "/search?q=hartle").build())
                    .execute();
            assertThat(one.code()).isEqualTo(303);
            assertThat(one.header("Location")).isEqualTo("/area/" + HARTLEPOOL);

            Response icb = noRedirects
                    .newCall(
                            new Request.Builder().url(base + "/search?q=" + ICB).build())
                    .execute();
            assertThat(icb.header("Location")).isEqualTo("/icb/" + ICB);

            String several = text(client.get("/search?q=e"));
            assertThat(several)
                    .contains("areas match")
                    .contains("href=\"/area/" + MIDDLESBROUGH + "\"")
                    .contains("href=\"/icb/" + ICB + "\"");

            assertThat(text(client.get("/search?q=zzz"))).contains("No area matches &lsquo;zzz&rsquo;");
        });
    }

    @Test
    void anAreaNameCannotBreakOutOfThePageOrItsChartData() {
        String hostile = "Hart</script><script>alert(1)</script>";
        TestSnapshots.publish(
                warehouse,
                TestSnapshots.FIRST_ID,
                TestSnapshots.sampleRows(TestSnapshots.FIRST_ID).stream()
                        .map(row -> row.areaCode().equals(HARTLEPOOL) ? TestSnapshots.renamed(row, hostile) : row)
                        .toList(),
                java.util.Set.of());
        JavalinTest.test(
                org.sendacc.server.DashboardApp.create(
                        TestSnapshots.store(warehouse), TestSnapshots.options(warehouse)),
                (server, client) -> {
                    String page = text(client.get("/area/" + HARTLEPOOL));

                    assertThat(page).doesNotContain("<script>alert(1)");
                    assertThat(page).contains("Hart&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
                    assertThat(page).contains("Hart\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)");
                });
    }

    @Test
    void anAreaExportWithoutAnIndicatorHasEveryIndicatorForThatArea() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String csv = text(client.get("/export.csv?area=" + HARTLEPOOL));

            String[] lines = csv.split("\r\n");
            // Hartlepool's rows: DfE 2023 and 2024, the local return, the NHS month and the tribunal rate.
            assertThat(lines).hasSize(1 + 5);
            assertThat(csv).contains(TIMELINESS).contains(WAITING).contains("tribunal_appeal_rate");
            assertThat(csv).doesNotContain("Middlesbrough");
        });
    }

    /** The text of the n-th cell (1 = first indicator) of an LA's row of the overview grid. */
    private static String cell(String page, String areaCode, int column) {
        Matcher row = Pattern.compile(
                        "<tr class=\"govuk-table__row\" data-area-row=\"" + areaCode + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("grid row of %s", areaCode).isTrue();
        Matcher cells = Pattern.compile("<td (.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
        String found = null;
        for (int index = 0; index < column && cells.find(); index++) {
            found = cells.group(1);
        }
        return found;
    }
}
