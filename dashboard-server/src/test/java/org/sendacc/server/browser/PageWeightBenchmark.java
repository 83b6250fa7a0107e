package org.sendacc.server.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sendacc.testing.Browsers;
import org.sendacc.testing.Tiers;

/**
 * Benchmark (not a test; benchmarks/page-weight.sh runs it against a server it started): prints each page's first
 * visit (bytes on the wire, requests, the first chart's time) against the budgets of docs/web-performance.md. It
 * asserts nothing: the browser tests hold the bytes, which do not vary; times do.
 */
@Tag(Tiers.BENCHMARK)
class PageWeightBenchmark {
    @Test
    void printFirstVisits() throws IOException {
        String base = System.getProperty("sendacc.pages.base");
        String[] paths = System.getProperty("sendacc.pages.paths", "/").split(",");
        int runs = Integer.getInteger("sendacc.pages.runs", 5);
        Path userData = Files.createTempDirectory("sendacc-page-weight-");
        ChromeDriver driver = Browsers.chromium(userData, 1400, 1000);
        try {
            for (String path : paths) {
                List<FirstVisit> visits = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    visits.add(FirstVisit.of(driver, base, path));
                }
                FirstVisit first = visits.get(0);
                double[] times = visits.stream()
                        .mapToDouble(FirstVisit::firstChartMillis)
                        .sorted()
                        .toArray();
                System.out.println(String.format(
                        Locale.ROOT,
                        "page %-40s %7.1f kB (budget %.0f: %s), ECharts %.1f kB, the rest %.1f kB, %d requests;"
                                + " first chart median %s of %d visits (budget %.0f ms)",
                        path,
                        first.bytes() / 1000.0,
                        FirstVisit.BUDGET_BYTES / 1000.0,
                        first.bytes() <= FirstVisit.BUDGET_BYTES ? "met" : "NOT met",
                        first.echartsBytes() / 1000.0,
                        first.withoutECharts() / 1000.0,
                        first.requests(),
                        times[0] < 0 ? "none" : String.format(Locale.ROOT, "%.0f ms", times[times.length / 2]),
                        runs,
                        FirstVisit.BUDGET_FIRST_CHART_MILLIS));
            }
        } finally {
            driver.quit();
        }
    }
}
