package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendacc.ingest.TestRuns;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.ServerOptions;
import org.sendacc.server.account.Accounts;
import org.sendacc.server.account.AccountsDatabase;
import org.sendacc.server.account.Organisation;
import org.sendacc.server.account.Passwords;
import org.sendacc.server.account.Role;
import org.sendacc.testing.Browsers;
import org.sendacc.testing.Tiers;

/**
 * A partner's whole errand, in Chromium: Hartlepool's submitter signs in, sends its health advice requests with
 * planted errors and sees each reported, sends the corrected file and sees it accepted; the batch run (ingest and
 * analytics, Spark) reads it; the partner then sees its own figure of health advice returned within 6 weeks, 2 of 6, a
 * count the public pages withhold, and the public page withholds it.
 *
 * <p>Worked out by hand from the corrected file: 8 requests in 2025, 2 of them under a reg. 8 exception (left out);
 * of the other 6, H0001 (6 January to 3 February, 28 days) and H0005 (10 January to 1 February, 22 days) were answered
 * within 42 days: 2 of 6, 33.3%. A numerator of 2 is a count of 1 to 4: suppressed in public.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.BROWSER)
class PartnerFlowBrowserTest {
    private static final String HARTLEPOOL = "E06000001";
    private static final String EMAIL = "send.lead@hartlepool.gov.uk";
    private static final String PASSWORD = "a long partner password";
    private static final String HEADER = "request_id,la_code,icb_ods_code,request_date,response_date,exception";
    private static final String WITH_ERRORS = String.join(
            "\n",
            HEADER,
            "H0001,E06000001,QHM,2025-01-06,2025-02-03,N",
            "H0002,E06000001,QHM,2025-13-01,,N",
            "H0003,E06000002,QHM,2025-01-08,,N",
            "H0004,E06000001,QHM,2025-01-09,,N",
            "H0005,E06000001,QHM,2025-01-10,2025-01-01,N",
            "H0008,E06000001,QHM,2025-01-11,,N",
            "H0006,E06000001,QHM,2025-01-12,,Y",
            "H0007,E06000001,QHM,2025-01-13,2025-02-10,Y",
            "");
    private static final String CORRECTED = WITH_ERRORS
            .replace("2025-13-01", "2025-01-07")
            .replace("H0003,E06000002", "H0003,E06000001")
            .replace("2025-01-10,2025-01-01", "2025-01-10,2025-02-01");

    @TempDir
    Path input;

    @TempDir
    Path warehouse;

    @TempDir
    Path files;

    @TempDir
    Path userData;

    private ServedWarehouse served;
    private ChromeDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void aPartnerSendsAReturnFixesItAndSeesItsOwnSmallCountThatThePublicPageWithholds() throws IOException {
        String accounts = AccountsDatabase.defaultLocation(warehouse);
        try (AccountsDatabase database = AccountsDatabase.open(accounts)) {
            ReferenceData reference = ReferenceData.bundled();
            Passwords passwords = new Passwords();
            new Accounts(database, reference)
                    .add(
                            EMAIL,
                            Organisation.of(HARTLEPOOL, reference).orElseThrow(),
                            Role.SUBMITTER,
                            passwords.hash(PASSWORD),
                            Instant.now());
        }
        served = ServedWarehouse.serve(new ServerOptions(warehouse, 0, null)
                .withAccounts(accounts)
                .withReturns(new ServerOptions.ReturnsOptions(input, null)));
        driver = Browsers.chromium(userData, 1300, 2000);

        // sign in: before any batch run there is nothing to show yet
        driver.get(served.url("/sign-in"));
        driver.findElement(By.id("email")).sendKeys(EMAIL);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/partner"));
        assertThat(driver.findElements(By.cssSelector("[data-no-snapshot]"))).hasSize(1);

        // the file with planted errors: each reported, nothing stored
        driver.findElement(By.linkText("Send a local return")).click();
        Path withErrors = files.resolve("health advice January.csv");
        Files.writeString(withErrors, WITH_ERRORS, StandardCharsets.UTF_8);
        send(withErrors);
        List<String> reported = driver.findElements(By.cssSelector("table.sa-problems tbody tr")).stream()
                .map(row -> row.getAttribute("data-row") + " " + row.getAttribute("data-column") + " "
                        + row.getAttribute("data-rule"))
                .toList();
        assertThat(reported)
                .containsExactly(
                        "3 request_date value.type", "4 la_code row.other_sender", "6 response_date cross.date_order");
        assertThat(driver.findElement(By.cssSelector("[data-problems]")).getText())
                .contains("3 problems: the file was not stored");
        assertThat(input.resolve("partner-returns")).doesNotExist();

        // the corrected file: accepted and stored where the batch run reads
        Path corrected = files.resolve("health advice January fixed.csv");
        Files.writeString(corrected, CORRECTED, StandardCharsets.UTF_8);
        send(corrected);
        assertThat(driver.findElement(By.cssSelector("[data-accepted]")).getText())
                .contains("Return accepted")
                .contains("8 rows");

        // the batch run: ingest and analytics over the input folder, then the server picks up the snapshot
        TestRuns.ingest(input, warehouse);
        ServedWarehouse.publish(warehouse);
        served.refresh();

        driver.get(served.url("/partner"));
        WebElement own = driver.findElement(By.cssSelector("tr[data-indicator='health_advice_6wk']"));
        assertThat(own.getText()).contains("33.3%").contains("2 of 6").contains("Withheld on the public pages");
        assertThat(own.getAttribute("data-withheld")).isNotNull();

        // the public page and API withhold the same figure, signed in or not
        driver.get(served.url("/area/" + HARTLEPOOL));
        assertThat(driver.getPageSource()).doesNotContain("33.3%").doesNotContain("2 of 6");
        JsonNode profile = new ObjectMapper()
                .readTree(served.get("/api/areas/" + HARTLEPOOL + "/profile").body());
        JsonNode row = findRow(profile, "health_advice_6wk");
        assertThat(row.get("suppressed").asBoolean()).isTrue();
        assertThat(row.get("value").isNull()).isTrue();
        assertThat(row.get("numerator").isNull()).isTrue();
    }

    private void send(Path file) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("return")))
                .selectByValue("health_advice_requests");
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[action='/returns'] button")).click();
        waitFor(() -> !driver.findElements(By.cssSelector("[data-accepted], [data-problems], [data-refused]"))
                .isEmpty());
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> condition.getAsBoolean());
    }

    /** The profile's row of an indicator, wherever the profile groups it. */
    private static JsonNode findRow(JsonNode node, String indicator) {
        if (node.isObject() && indicator.equals(node.path("indicator_id").asText(null)) && node.has("suppressed")) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = findRow(child, indicator);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
