package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.catalogue.Catalogue;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.reference.ReferenceData;
import org.sendacc.sample.SampleGenerator;
import org.sendacc.testing.Tiers;

/**
 * The public outputs, swept as a user would fetch them: the synthetic sample (2024) ingested and published, served by
 * the dashboard server, and every local-return indicator's tidy CSV export read back over HTTP. No local-return count
 * of 1 to 4 is in it, and no withheld LA count is a published England, region or ICB-footprint total less the
 * published LAs beneath it (docs/snapshot.md "Disclosure").
 */
@Tag(Tiers.SPARK)
class PublicOutputsDisclosureTest {
    @TempDir
    static Path sample;

    @TempDir
    static Path warehouse;

    static ServedWarehouse served;

    @BeforeAll
    static void generatePublishAndServe() throws IOException {
        SampleGenerator.main(new String[] {"--out", sample.toString(), "--from", "2024", "--to", "2024"});
        served = ServedWarehouse.of(sample, warehouse);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static List<CSVRecord> export(String indicator) throws IOException {
        HttpResponse<String> response = served.get("/export.csv?indicator=" + indicator + "&source=local_return");
        assertThat(response.statusCode()).as(indicator).isEqualTo(200);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body()))
                .getRecords();
    }

    private static boolean isSmall(String count) {
        if (count.isEmpty() || !count.matches("-?[0-9.]+")) {
            return false;
        }
        long rounded = Math.round(Double.parseDouble(count));
        return rounded >= 1 && rounded <= 4;
    }

    @Test
    void noLocalReturnCountOfOneToFourAndNoneRecoverableBySubtraction() throws IOException {
        Areas areas = Areas.from(ReferenceData.bundled());
        List<String> exposed = new ArrayList<>();
        long withheld = 0;
        long totalsChecked = 0;
        for (Indicator indicator : Catalogue.bundled().indicators()) {
            boolean fromReturns = indicator.sources().stream()
                    .anyMatch(source -> source.source().equals("local_return"));
            if (!fromReturns || !indicator.isDisclosureControlled()) {
                continue;
            }
            Map<String, List<CSVRecord>> byPeriod = new HashMap<>();
            for (CSVRecord row : export(indicator.id())) {
                assertThat(isSmall(row.get("numerator")))
                        .as(indicator.id() + " " + row.get("time_period") + " " + row.get("new_la_code"))
                        .isFalse();
                byPeriod.computeIfAbsent(row.get("time_period"), ignored -> new ArrayList<>())
                        .add(row);
            }
            for (Map.Entry<String, List<CSVRecord>> period : byPeriod.entrySet()) {
                Map<String, String> totals = new HashMap<>();
                Map<String, Long> withheldUnder = new HashMap<>();
                for (CSVRecord row : period.getValue()) {
                    String level = row.get("geographic_level");
                    String numerator = row.get("numerator");
                    switch (level) {
                        case "National" -> totals.put("E92000001", numerator);
                        case "Regional" -> totals.put(row.get("region_code"), numerator);
                        case "ICB footprint" -> totals.put(row.get("icb_code"), numerator);
                        default -> {
                            if (numerator.equals("c")) {
                                withheld++;
                                withheldUnder.merge("E92000001", 1L, Long::sum);
                                withheldUnder.merge(row.get("region_code"), 1L, Long::sum);
                                areas.sharesOf(row.get("new_la_code"))
                                        .forEach(share -> withheldUnder.merge(share.icbCode(), 1L, Long::sum));
                            }
                        }
                    }
                }
                for (Map.Entry<String, Long> under : withheldUnder.entrySet()) {
                    String total = totals.getOrDefault(under.getKey(), "");
                    if (total.matches("[0-9.]+")) {
                        totalsChecked++;
                        if (under.getValue() == 1) {
                            exposed.add(indicator.id() + " " + period.getKey() + " under " + under.getKey());
                        }
                    }
                }
            }
        }
        assertThat(withheld).as("withheld LA figures in the exports").isPositive();
        assertThat(totalsChecked)
                .as("published totals with withheld LAs beneath them")
                .isPositive();
        assertThat(exposed).isEmpty();
    }
}
