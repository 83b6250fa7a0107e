package org.sendacc.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.DashboardApp;
import org.sendacc.server.ServerOptions;
import org.sendacc.server.TestSnapshots;
import org.sendacc.server.account.Accounts;
import org.sendacc.server.account.AccountsDatabase;
import org.sendacc.server.account.Organisation;
import org.sendacc.server.account.Passwords;
import org.sendacc.server.account.Role;
import org.sendacc.testing.Browsers;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * The pages in a real browser: Debian's headless Chromium driven through its chromedriver. Each page must draw every
 * chart (an ECharts instance with series, a canvas that is not blank), log no console error, and rebuild the same
 * view from a link. Screenshots go to target/screenshots for people to look at. Chromium is installed by
 * {@code ./sendacc test}; without it these tests fail, never skip.
 */
@Tag(Tiers.REAL_DATA)
@Tag(Tiers.BROWSER)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserPagesTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** axe-core, pinned in axe/package.json and installed by ./sendacc test with npm ci. */
    private static final Path AXE = Path.of("axe", "node_modules", "axe-core", "axe.min.js");
    /** Fewer painted pixels than this and a chart is taken to be blank (an empty axis alone paints more). */
    private static final long MINIMUM_PAINTED_PIXELS = 2_000;

    private static final String PARTNER = "analyst@hartlepool.gov.uk";
    private static final String PARTNER_PASSWORD = "a partner's long password";

    private Path warehouse;
    private Path userData;
    private Javalin app;
    private ChromeDriver driver;
    private String base;

    @BeforeAll
    void startServerAndBrowser() throws IOException {
        warehouse = Files.createTempDirectory("sendacc-browser-warehouse-");
        userData = Files.createTempDirectory("sendacc-chromium-");
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        Path boundaries = RealData.root().resolve("ons-uk-topojson/england_utla_2024.geojson");
        TestSnapshots.publishRestrictedSample(warehouse, TestSnapshots.FIRST_ID);
        String accounts = AccountsDatabase.defaultLocation(warehouse);
        try (AccountsDatabase database = AccountsDatabase.open(accounts)) {
            ReferenceData reference = ReferenceData.bundled();
            new Accounts(database, reference)
                    .add(
                            PARTNER,
                            Organisation.of(TestSnapshots.HARTLEPOOL, reference).orElseThrow(),
                            Role.SUBMITTER,
                            new Passwords().hash(PARTNER_PASSWORD),
                            Instant.now());
        }
        ServerOptions options = new ServerOptions(warehouse, 0, boundaries)
                .withAccounts(accounts)
                .withReturns(new ServerOptions.ReturnsOptions(Files.createTempDirectory("sendacc-inbox-"), null));
        app = DashboardApp.create(TestSnapshots.store(warehouse), options).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();

        driver = Browsers.chromium(userData, 1400, 2400);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.stop();
        }
    }

    /**
     * axe-core's audit (WCAG 2.2 A and AA rules and best practices) of every page template, the error page included:
     * no serious or critical violation (docs/accessibility.md).
     */
    @Test
    void everyPageTemplatePassesTheAccessibilityAuditWithoutSeriousOrCriticalViolations() throws IOException {
        assertThat(AXE)
                .as("axe-core (run ./sendacc test, which installs it with npm ci)")
                .isRegularFile();
        String axe = Files.readString(AXE);
        List<String> violations = new ArrayList<>();
        for (String path : List.of(
                "/",
                "/search?q=Hart",
                "/area/" + TestSnapshots.HARTLEPOOL,
                "/area/" + TestSnapshots.ENGLAND,
                "/icb/" + TestSnapshots.ICB,
                "/indicator/" + TestSnapshots.TIMELINESS,
                "/indicators",
                "/changes",
                "/area/E99999999")) {
            open(path);
            violations.addAll(axeViolations(axe, path));
        }
        // the error page's 404 is logged to the console: read the log so that it is not taken for the next page's
        driver.manage().logs().get(LogType.BROWSER);
        assertThat(violations).isEmpty();
    }

    /** axe-core's serious and critical violations on the page the browser shows, named by {@code label}. */
    private List<String> axeViolations(String axe, String label) {
        script(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (results) {"
                        + "  done(results.violations.map(function (v) {"
                        + "    return {id: v.id, impact: v.impact, help: v.help,"
                        + "      targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })};"
                        + "  }));"
                        + "});");
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> violation : found) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                violations.add(label + ": " + violation.get("id") + " (" + impact + ") " + violation.get("help")
                        + " at " + violation.get("targets"));
            }
        }
        return violations;
    }

    /**
     * The partners' pages pass the same audit: sign-in (and its refusal), the restricted figures, and the returns
     * page showing a screening's problems.
     */
    @Test
    void thePartnersPagesPassTheAccessibilityAudit() throws IOException {
        String axe = Files.readString(AXE);
        List<String> violations = new ArrayList<>();
        driver.manage().deleteAllCookies();
        driver.navigate().to(base + "/sign-in");
        violations.addAll(axeViolations(axe, "/sign-in"));
        driver.findElement(By.id("email")).sendKeys(PARTNER);
        driver.findElement(By.id("password")).sendKeys("not the password");
        driver.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
        violations.addAll(axeViolations(axe, "/sign-in (refused)"));
        driver.findElement(By.id("email")).clear();
        driver.findElement(By.id("email")).sendKeys(PARTNER);
        driver.findElement(By.id("password")).sendKeys(PARTNER_PASSWORD);
        driver.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(page -> page.getCurrentUrl().endsWith("/partner"));
        violations.addAll(axeViolations(axe, "/partner"));
        driver.navigate().to(base + "/returns");
        Path file = Files.createTempFile(userData, "advice", ".csv");
        Files.writeString(
                file,
                "request_id,la_code,icb_ods_code,request_date,response_date,exception\n"
                        + "H0001,E06000001,QHM,2025-13-01,,N\n");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("return")))
                .selectByValue("health_advice_requests");
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("form[action='/returns'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(page ->
                        !page.findElements(By.cssSelector("[data-problems]")).isEmpty());
        violations.addAll(axeViolations(axe, "/returns (problems)"));
        // the refused sign-in's 401 is logged to the console: read the log so that it is not taken for another page's
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().deleteAllCookies();
        assertThat(violations).isEmpty();
    }

    @Test
    void homeDrawsItsSummaryAndTheGrid() {
        open("/");

        assertChartsDrawn("home", 1);
        assertThat(driver.findElements(By.cssSelector("[data-grid] tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector(".sa-synthetic")).getText())
                .contains("Synthetic sample data: not real figures");
        assertNoConsoleErrors("home");
    }

    @Test
    void areaProfileDrawsTheSpineAndEveryTrend() {
        open("/area/" + TestSnapshots.HARTLEPOOL);

        // The spine and a trend chart for each of the sample's three indicators.
        assertChartsDrawn("area", 4);
        assertThat(seriesNames("spine")).contains("This area");
        assertNoConsoleErrors("area");
    }

    @Test
    void icbPageDrawsTheFootprintChart() {
        open("/icb/" + TestSnapshots.ICB + "?indicator=" + TestSnapshots.WAITING);

        assertChartsDrawn("icb", 1);
        assertNoConsoleErrors("icb");
    }

    @Test
    void indicatorPageDrawsLeagueMapDistributionAndComparison() {
        open("/indicator/" + TestSnapshots.TIMELINESS);

        assertChartsDrawn("indicator", 4);
        assertThat(seriesNames("map")).containsExactly("Comparison with England");
        assertNoConsoleErrors("indicator");
    }

    @Test
    void aLinkWithStateInItsUrlRebuildsTheSameView() {
        // Choose a view through the form, as a reader would...
        open("/indicator/" + TestSnapshots.TIMELINESS);
        new Select(driver.findElement(By.id("period"))).selectByValue("2023");
        new Select(driver.findElement(By.id("area"))).selectByValue(TestSnapshots.MIDDLESBROUGH);
        new Select(driver.findElement(By.id("compare"))).selectByValue(TestSnapshots.HARTLEPOOL);
        driver.findElement(By.cssSelector("form.sa-filters button[type=submit]"))
                .click();
        waitForCharts();
        String link = driver.getCurrentUrl();
        assertThat(link)
                .contains("period=2023")
                .contains("area=" + TestSnapshots.MIDDLESBROUGH)
                .contains("compare=" + TestSnapshots.HARTLEPOOL);
        List<String> compared = seriesNames("compare");

        // ...then open the link afresh: the same choices, the same chart.
        driver.navigate().to("about:blank");
        driver.navigate().to(link);
        waitForCharts();
        assertThat(new Select(driver.findElement(By.id("period")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("2023");
        assertThat(new Select(driver.findElement(By.id("area")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(TestSnapshots.MIDDLESBROUGH);
        assertThat(seriesNames("compare")).isEqualTo(compared).containsExactly("Hartlepool", "England");
        assertThat(driver.findElement(By.cssSelector("tr.sa-highlight")).getAttribute("data-area"))
                .isEqualTo(TestSnapshots.MIDDLESBROUGH);
        screenshot("indicator-from-link");
        assertNoConsoleErrors("indicator from a link");
    }

    @Test
    void theConsoleCheckSeesAnErrorWhenThereIsOne() {
        open("/indicators");
        script("console.error('probe: an error the page did not make');");

        List<String> errors = new ArrayList<>();
        driver.manage().logs().get(LogType.BROWSER).forEach(entry -> errors.add(entry.getMessage()));
        assertThat(errors).anyMatch(message -> message.contains("probe: an error the page did not make"));
    }

    @Test
    void aFirstVisitStaysWithinTheBudgetBesidesEChartsAndTheAreaPageDrawsItsFirstChart() {
        List<FirstVisit> costs = new ArrayList<>();
        for (String path : TestSnapshots.PAGES) {
            FirstVisit cost = FirstVisit.of(driver, base, path);
            System.out.println("page weight " + cost);
            costs.add(cost);
        }
        for (FirstVisit cost : costs) {
            // bytes do not vary from run to run: the budget of docs/web-performance.md, ECharts aside (see there)
            assertThat(cost.withoutECharts()).as(cost.toString()).isLessThanOrEqualTo(FirstVisit.BUDGET_BYTES);
            assertThat(cost.echartsBytes()).as(cost.toString()).isLessThanOrEqualTo(175_000);
        }
        // the time is measured, and printed, not asserted: benchmarks/page-weight.sh holds it to its budget
        FirstVisit area = costs.get(1);
        assertThat(area.firstChartMillis()).as(area.toString()).isPositive();
    }

    @Test
    void eachChartCanBeSavedAsAPngImage() {
        open("/area/" + TestSnapshots.HARTLEPOOL);
        List<WebElement> buttons = driver.findElements(By.cssSelector("button.sa-save"));
        assertThat(buttons)
                .hasSize(driver.findElements(By.cssSelector("[data-chart]")).size());
        // what the button hands the browser to download, caught before the download starts
        script("window.__saved = [];"
                + "HTMLAnchorElement.prototype.click = function () {"
                + "  window.__saved.push({href: this.href, name: this.download});"
                + "};");
        buttons.get(0).click();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> saved = (List<Map<String, Object>>) script("return window.__saved;");
        assertThat(saved).hasSize(1);
        assertThat((String) saved.get(0).get("name")).matches("sendacc-[a-z0-9-]+-spine\\.png");
        String href = (String) saved.get(0).get("href");
        assertThat(href).startsWith("data:image/png;base64,");
        byte[] png = java.util.Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1));
        // a PNG, as wide as the chart at twice its pixels
        assertThat(java.util.Arrays.copyOf(png, 8)).containsExactly((byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        int width = java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
        Number chartWidth = (Number) script("return document.querySelector('[data-chart=\"spine\"]').clientWidth;");
        assertThat(width).isEqualTo(2 * chartWidth.intValue());
        assertThat(buttons.get(0).getText()).startsWith("Save chart as image (PNG)");
    }

    @Test
    void theAreaProfilePrintsOnA4WithItsTablesWholeAndNoNavigation() throws IOException {
        open("/area/" + TestSnapshots.HARTLEPOOL);
        // the last cell of every row of every table: a table cut at the page's edge loses these first
        @SuppressWarnings("unchecked")
        List<String> lastCells = (List<String>) script("return Array.prototype.map.call("
                + "document.querySelectorAll('main table tr'), function (row) {"
                + "  var cells = row.querySelectorAll('th, td');"
                + "  return cells.length ? cells[cells.length - 1].textContent.replace(/\\s+/g, ' ').trim() : '';"
                + "}).filter(function (text) { return text.length > 0; });");
        assertThat(lastCells).isNotEmpty();

        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        org.openqa.selenium.Pdf pdf = driver.print(options);
        byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
        Files.write(SCREENSHOTS.resolve("area-print.pdf"), bytes);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            org.apache.pdfbox.pdmodel.common.PDRectangle a4 = org.apache.pdfbox.pdmodel.common.PDRectangle.A4;
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth())
                        .isCloseTo(a4.getWidth(), org.assertj.core.data.Offset.offset(2f));
                assertThat(page.getMediaBox().getHeight())
                        .isCloseTo(a4.getHeight(), org.assertj.core.data.Offset.offset(2f));
            }
            String text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            for (String cell : lastCells) {
                assertThat(text).as("a table's last cell in the print").contains(cell);
            }
            assertThat(text).doesNotContain("Skip to main content").doesNotContain("Support links");
            assertThat(text).doesNotContain("Save chart as image");
        }
    }

    private void open(String path) {
        driver.navigate().to(base + path);
        waitForCharts();
    }

    private void waitForCharts() {
        // A page that rebuilds its view from the URL may replace a chart while it is looked at: look again.
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(browser -> browser.findElements(By.cssSelector("[data-chart]")).stream()
                        .allMatch(chart -> "true".equals(chart.getAttribute("data-rendered"))));
    }

    /** Every chart on the page has an ECharts instance with series and a canvas with something drawn on it. */
    private void assertChartsDrawn(String name, int expectedCharts) {
        // GOV.UK Frontend's start-up ran under the content security policy (files, no inline script)
        assertThat((String) script("return document.body.className;"))
                .as("body classes on %s", name)
                .contains("js-enabled")
                .contains("govuk-frontend-supported");
        List<WebElement> charts = driver.findElements(By.cssSelector("[data-chart]"));
        assertThat(charts).hasSize(expectedCharts);
        for (WebElement chart : charts) {
            String key = chart.getAttribute("data-chart");
            assertThat(seriesNames(key))
                    .as("series of chart %s on %s", key, name)
                    .isNotEmpty();
            Number painted = (Number) script(
                    "var canvas = arguments[0].querySelector('canvas');"
                            + "var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                            + "var painted = 0; for (var i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }"
                            + "return painted;",
                    chart);
            assertThat(painted.longValue())
                    .as("painted pixels of chart %s on %s", key, name)
                    .isGreaterThan(MINIMUM_PAINTED_PIXELS);
            assertThat(chart.getAttribute("aria-label"))
                    .as("aria-label of chart %s", key)
                    .isNotBlank();
        }
        screenshot(name);
    }

    @SuppressWarnings("unchecked")
    private List<String> seriesNames(String chartKey) {
        Object names = script(
                "var chart = echarts.getInstanceByDom(document.querySelector('[data-chart=\"' + arguments[0] + '\"]'));"
                        + "return chart ? chart.getOption().series.map(function (s) { return s.name; }) : [];",
                chartKey);
        List<String> list = new ArrayList<>();
        for (Object name : (List<Object>) names) {
            if (name != null) {
                list.add(name.toString());
            }
        }
        // The trend and spine charts' helper series (the CI band's base, the spine's offset) are not the reader's.
        list.removeIf(series -> series.equals("CI base") || series.equals("offset"));
        return list.stream().distinct().toList();
    }

    private void assertNoConsoleErrors(String page) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("console errors on %s", page).isEmpty();
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private void screenshot(String name) {
        Object height = script("return document.documentElement.scrollHeight;");
        driver.manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(1400, Math.min(8000, ((Number) height).intValue())));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2400));
    }
}
