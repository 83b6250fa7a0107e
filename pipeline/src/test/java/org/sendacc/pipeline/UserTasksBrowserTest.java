package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendacc.testing.Browsers;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * The three users' tasks, in a real browser over the real public files (DfE's 2025 EHC plans release with the MoJ
 * table, NHS England's October 2023 waiting lists), asserting what each would repeat in a board paper, a DCS report or a
 * committee brief. Figures worked out by hand from the CSVs: Leeds 67 of 717 new plans within 20 weeks in 2024 (9.3%),
 * Kirklees 22.9%, England 46.4%; West Yorkshire's LAs are Bradford, Calderdale, Kirklees, Leeds and Wakefield.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
@Tag(Tiers.BROWSER)
class UserTasksBrowserTest {
    static final String WEST_YORKSHIRE = "E54000054";
    static final String LEEDS = "E08000035";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    @TempDir
    static Path userData;

    static ServedWarehouse served;
    static ChromeDriver driver;

    @BeforeAll
    static void publishServeAndOpenABrowser() throws IOException {
        ServedWarehouse.copyRealFolder("dfe-ehcp-2025", input);
        String waits = "community_health_2023-12-01.xlsx";
        Files.copy(RealData.folder("nhs-community-health").resolve(waits), input.resolve(waits));
        served = ServedWarehouse.of(input, warehouse);
        driver = Browsers.chromium(userData, 1400, 2400);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    private static void open(String path) {
        driver.get(served.url(path));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(page -> driver.findElements(By.cssSelector("[data-chart]")).stream()
                        .filter(WebElement::isDisplayed)
                        .allMatch(chart -> "true".equals(chart.getAttribute("data-rendered"))));
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    /**
     * An ICB SEND lead preparing a board paper: the footprint's timeliness card leads with the LAs that fail, not with
     * the pooled figure; the October 2023 waiting list says how old it is; the ICB is ranked among ICBs.
     */
    @Test
    void anIcbLeadSeesTheSpreadTheAgeOfTheWaitsAndTheIcbLeague() {
        open("/icb/" + WEST_YORKSHIRE);
        WebElement timeliness = driver.findElement(By.cssSelector("#findings [data-card='ehcp_20wk']"));
        String headline = timeliness.findElement(By.cssSelector("p")).getText();
        assertThat(headline)
                .contains("of 5 local authorities are significantly worse than England (46.4%)")
                .contains("Leeds 9.3%")
                .contains("Kirklees 22.9%");
        assertThat(headline.indexOf("Leeds 9.3%")).isLessThan(headline.indexOf("pooled across the footprint"));

        WebElement waits = driver.findElement(By.xpath(
                "//table[contains(@class,'sa-grid')]//th[.//a[contains(@href,'indicator=slt_waiting_over_18wk')]]"));
        assertThat(waits.getText()).contains("latest October 2023, three years before this snapshot");
        // no LA column pretends to a waiting-list figure of its own
        assertThat(waits.findElement(By.xpath("./..")).getText()).contains("Measured for the ICB only");

        driver.findElement(By.partialLinkText("Rank every ICB footprint")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(page -> driver.getCurrentUrl().contains("level=icb"));
        open(driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/indicator/")));
        assertThat(driver.findElement(By.tagName("h2")).getText()).isNotEmpty();
        assertThat(driver.getPageSource()).contains("Every ICB footprint, ranked");
        WebElement own = driver.findElement(By.cssSelector("table[data-ranked] tr.sa-highlight"));
        assertThat(own.getText()).contains("NHS West Yorkshire Integrated Care Board");
        assertThat(driver.findElements(By.cssSelector("table[data-ranked] tbody tr")))
                .hasSizeBetween(40, 42);
    }

    /**
     * Leeds' director of children's services looking for the three biggest problems: three cards open the page, the
     * 20-week problem is one of them, once; the NHS waits appear as the ICB's figure, never as Leeds' own.
     */
    @Test
    void aDirectorSeesTheThreeBiggestProblemsEachOnce() {
        open("/area/" + LEEDS);
        List<WebElement> shown = driver.findElements(By.cssSelector("#findings > ol > li[data-card]"));
        assertThat(shown).hasSize(3);
        assertThat(shown.get(0).getAttribute("data-card")).isEqualTo("ehcp_20wk");
        List<String> cardsAboutTwentyWeeks = new ArrayList<>();
        for (WebElement card : driver.findElements(By.cssSelector("#findings li[data-card]"))) {
            String text = card.getAttribute("textContent");
            if (text.contains("within 20 weeks")) {
                cardsAboutTwentyWeeks.add(card.getAttribute("data-card"));
            }
        }
        assertThat(cardsAboutTwentyWeeks).containsExactly("ehcp_20wk");

        WebElement waits = driver.findElement(By.cssSelector("tr[data-indicator='slt_waiting_over_18wk']"));
        assertThat(waits.getText())
                .contains("Figure for NHS West Yorkshire Integrated Care Board")
                .contains("measured for the whole ICB, not for Leeds")
                .doesNotContainPattern("[0-9]+\\.[0-9] of [0-9]");

        // on a phone the tables stand in for the charts
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            driver.navigate().refresh();
            for (WebElement chart : driver.findElements(By.cssSelector(".sa-figure .sa-chart"))) {
                assertThat(chart.isDisplayed()).isFalse();
            }
            assertThat(driver.findElements(By.cssSelector(".sa-figure details")))
                    .isNotEmpty()
                    .allMatch(details -> details.getAttribute("open") != null);
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 2400));
        }
    }

    /**
     * A select committee researcher ranking LAs and citing a CSV: every LA is named on the league chart, Leeds ranks
     * 140th of 151, and the export names DfE's release on every row with a permalink that gives the same file.
     */
    @Test
    void aResearcherRanksTheLasAndCitesTheExport() throws IOException {
        open("/indicator/ehcp_20wk_excl_exceptions?period=2024&area=" + LEEDS);
        @SuppressWarnings("unchecked")
        List<Object> names = (List<Object>) script("var chart = echarts.getInstanceByDom("
                + "document.querySelector('[data-chart=\"league\"]'));"
                + "return chart.getOption().yAxis[0].data;");
        assertThat(names).hasSize(151).contains("Leeds", "Kirklees");
        WebElement leeds = driver.findElement(By.cssSelector("table[data-ranked] tr[data-area='" + LEEDS + "']"));
        assertThat(leeds.findElement(By.cssSelector("td")).getText()).isEqualTo("140");

        String csv =
                served.get("/export.csv?indicator=ehcp_20wk_excl_exceptions").body();
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("publisher")).isEqualTo("Department for Education");
            assertThat(row.get("release_title")).isEqualTo("Education, health and care plans: reporting year 2025");
            assertThat(row.get("source_table")).isEqualTo("timeliness_20_week.csv");
            assertThat(row.get("published_date")).isEqualTo("2025-06-26");
        });
        CSVRecord leeds2024 = rows.stream()
                .filter(row -> row.get("new_la_code").equals(LEEDS)
                        && row.get("time_period").equals("2024"))
                .findFirst()
                .orElseThrow();
        // 2024 and 2023 only, after the 2023 break in series: no trend is tested
        assertThat(leeds2024.get("trend")).isEqualTo("not_enough_data");
        assertThat(leeds2024.get("trend_points")).isEqualTo("2");

        String metadata = served.get("/export-metadata.csv?indicator=ehcp_20wk_excl_exceptions")
                .body();
        String permalink = metadata.lines()
                .filter(line -> line.startsWith("citation,permalink,"))
                .findFirst()
                .orElseThrow()
                .substring("citation,permalink,".length());
        assertThat(permalink).contains("&snapshot=");
        String cited = served.get(permalink.substring(permalink.indexOf("/export.csv")))
                .body();
        assertThat(cited).isEqualTo(csv);
    }

    /**
     * What the API says of the same files holds to the same rules: no LA row of the NHS waits has an interval,
     * comparison or rank (each is its ICB's figure shared out), no LA's 2024 timeliness trend reaches back across the
     * 2023 break, and no count of children has a fraction.
     */
    @Test
    void theApiSaysNoMoreThanTheDataSupport() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int estimates = 0;
        for (JsonNode row : json.readTree(served.get("/api/indicators/slt_waiting_over_18wk?source=nhs_cwl")
                        .body())
                .path("rows")) {
            if (row.path("area_level").asText().equals("la")) {
                estimates++;
                assertThat(row.path("lower_ci95").isNull())
                        .as(row.path("area_code").asText())
                        .isTrue();
                assertThat(row.path("numerator").isNull()).isTrue();
                assertThat(row.path("rank").isNull()).isTrue();
                assertThat(row.path("comparison_england").asText()).isEqualTo("not_compared");
                assertThat(row.path("trend").asText()).isEqualTo("not_tested");
            }
        }
        assertThat(estimates).isEqualTo(153);
        for (JsonNode row : json.readTree(served.get("/api/indicators/ehcp_20wk_excl_exceptions?period=2024")
                        .body())
                .path("rows")) {
            assertThat(row.path("trend_points").asInt())
                    .as(row.path("area_code").asText())
                    .isLessThanOrEqualTo(2);
            assertThat(row.path("trend_judgement").asText()).isNotIn("getting_worse", "getting_better");
            for (String count : List.of("numerator", "denominator")) {
                if (!row.path(count).isNull()) {
                    assertThat(row.path(count).asDouble() % 1).as(count).isZero();
                }
            }
        }
    }
}
