package org.sendacc.server.browser;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a first visit with an empty cache costs (docs/web-performance.md, "Budgets"): everything the page fetched
 * (the page, stylesheet, scripts, the map's boundaries) in bytes on the wire as the Performance API reports them,
 * and when the first chart was drawn (the mark {@code sendacc:first-chart}, in ms from the start of navigation).
 *
 * @param echartsBytes the part of {@code bytes} that is the ECharts bundle
 */
record FirstVisit(String path, long bytes, long echartsBytes, int requests, double firstChartMillis) {
    /** The budget of every page, on the wire. */
    static final long BUDGET_BYTES = 150_000;
    /** The budget of the area page's first chart. */
    static final double BUDGET_FIRST_CHART_MILLIS = 1000;

    long withoutECharts() {
        return bytes - echartsBytes;
    }

    /** Opens {@code base + path} with the browser's cache emptied and off, and waits for every chart. */
    static FirstVisit of(ChromeDriver driver, String base, String path) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            driver.navigate().to(base + path);
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(browser -> browser.findElements(By.cssSelector("[data-chart]")).stream()
                            .allMatch(chart -> "true".equals(chart.getAttribute("data-rendered"))));
            // the map's boundaries arrive by fetch after the page: wait until nothing is still loading
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(browser -> (Boolean) driver.executeScript("return document.readyState === 'complete';"));
            @SuppressWarnings("unchecked")
            Map<String, Object> cost = (Map<String, Object>)
                    driver.executeScript("var entries = performance.getEntriesByType('navigation')"
                            + "  .concat(performance.getEntriesByType('resource'));"
                            + "var echarts = 0, total = 0;"
                            + "entries.forEach(function (e) {"
                            + "  total += e.transferSize;"
                            + "  if (/\\/static\\/echarts\\./.test(e.name)) { echarts += e.transferSize; }"
                            + "});"
                            + "var chart = performance.getEntriesByName('sendacc:first-chart');"
                            + "return {total: total, echarts: echarts, requests: entries.length,"
                            + "  firstChart: chart.length ? chart[0].startTime : -1};");
            return new FirstVisit(
                    path,
                    ((Number) cost.get("total")).longValue(),
                    ((Number) cost.get("echarts")).longValue(),
                    ((Number) cost.get("requests")).intValue(),
                    ((Number) cost.get("firstChart")).doubleValue());
        } finally {
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%s: %.1f kB in %d requests (ECharts %.1f kB, the rest %.1f kB), first chart at %s",
                path,
                bytes / 1000.0,
                requests,
                echartsBytes / 1000.0,
                withoutECharts() / 1000.0,
                firstChartMillis < 0 ? "none (no chart)" : String.format(Locale.ROOT, "%.0f ms", firstChartMillis));
    }
}
