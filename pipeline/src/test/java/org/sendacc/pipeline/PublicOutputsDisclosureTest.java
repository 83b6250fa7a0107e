package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * the dashboard server, and every local-return indicator's tidy CSV export and JSON rows read back over HTTP. No local-return count
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
    static final ObjectMapper JSON = new ObjectMapper();

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

    /** One area's published figure: its level, codes, whether it was withheld, and its numerator as published. */
    private record Cell(String level, String areaCode, String regionCode, boolean withheld, String numerator) {}

    /** The indicator's local-return indicators whose catalogue entry controls disclosure. */
    private static List<Indicator> controlledLocalReturnIndicators() {
        return Catalogue.bundled().indicators().stream()
                .filter(Indicator::isDisclosureControlled)
                .filter(indicator -> indicator.sources().stream()
                        .anyMatch(source -> source.source().equals("local_return")))
                .toList();
    }

    /**
     * The published totals (England, a region, an ICB footprint) with exactly one withheld LA beneath them: each is a
     * withheld count an attacker gets by subtracting the published LAs from the total.
     */
    private static List<String> exposed(String series, List<Cell> cells, Areas areas) {
        Map<String, String> totals = new HashMap<>();
        Map<String, Long> withheldUnder = new HashMap<>();
        for (Cell cell : cells) {
            if (!cell.level().equals("la")) {
                totals.put(cell.areaCode(), cell.numerator());
            } else if (cell.withheld()) {
                withheldUnder.merge("E92000001", 1L, Long::sum);
                withheldUnder.merge(cell.regionCode(), 1L, Long::sum);
                areas.sharesOf(cell.areaCode()).forEach(share -> withheldUnder.merge(share.icbCode(), 1L, Long::sum));
            }
        }
        List<String> exposed = new ArrayList<>();
        withheldUnder.forEach((total, count) -> {
            if (totals.getOrDefault(total, "").matches("[0-9.]+") && count == 1) {
                exposed.add(series + " under " + total);
            }
        });
        return exposed;
    }

    @Test
    void csvExportsHoldNoLocalReturnCountOfOneToFourAndNoneRecoverableBySubtraction() throws IOException {
        Areas areas = Areas.from(ReferenceData.bundled());
        List<String> exposed = new ArrayList<>();
        long withheld = 0;
        for (Indicator indicator : controlledLocalReturnIndicators()) {
            Map<String, List<Cell>> byPeriod = new HashMap<>();
            for (CSVRecord row : export(indicator.id())) {
                String numerator = row.get("numerator");
                assertThat(isSmall(numerator))
                        .as(indicator.id() + " " + row.get("time_period") + " " + row.get("new_la_code"))
                        .isFalse();
                String level = switch (row.get("geographic_level")) {
                    case "National" -> "england";
                    case "Regional" -> "region";
                    case "ICB footprint" -> "icb";
                    default -> "la";
                };
                String code = switch (level) {
                    case "england" -> "E92000001";
                    case "region" -> row.get("region_code");
                    case "icb" -> row.get("icb_code");
                    default -> row.get("new_la_code");
                };
                withheld += numerator.equals("c") ? 1 : 0;
                byPeriod.computeIfAbsent(row.get("time_period"), ignored -> new ArrayList<>())
                        .add(new Cell(level, code, row.get("region_code"), numerator.equals("c"), numerator));
            }
            byPeriod.forEach((period, cells) -> exposed.addAll(exposed(indicator.id() + " " + period, cells, areas)));
        }
        assertThat(withheld).as("withheld LA figures in the exports").isPositive();
        assertThat(exposed).isEmpty();
    }

    @Test
    void theJsonApiHoldsNoLocalReturnCountOfOneToFourAndNoneRecoverableBySubtraction() throws IOException {
        Areas areas = Areas.from(ReferenceData.bundled());
        List<String> exposed = new ArrayList<>();
        long withheld = 0;
        for (Indicator indicator : controlledLocalReturnIndicators()) {
            JsonNode first = JSON.readTree(served.get("/api/indicators/" + indicator.id() + "?source=local_return")
                    .body());
            for (JsonNode period : first.path("periods")) {
                String key = period.isTextual()
                        ? period.asText()
                        : period.path("period").asText();
                JsonNode page = JSON.readTree(
                        served.get("/api/indicators/" + indicator.id() + "?source=local_return&period=" + key)
                                .body());
                List<Cell> cells = new ArrayList<>();
                for (JsonNode row : page.path("rows")) {
                    boolean suppressed = row.path("suppressed").asBoolean();
                    String numerator = row.path("numerator").isNull()
                            ? ""
                            : row.path("numerator").asText();
                    assertThat(isSmall(numerator))
                            .as(indicator.id() + " " + key + " "
                                    + row.path("area_code").asText())
                            .isFalse();
                    if (suppressed) {
                        withheld++;
                        assertThat(row.path("value").isNull()).isTrue();
                    }
                    cells.add(new Cell(
                            row.path("area_level").asText(),
                            row.path("area_code").asText(),
                            row.path("region_code").asText(),
                            suppressed,
                            numerator));
                }
                exposed.addAll(exposed(indicator.id() + " " + key, cells, areas));
            }
        }
        assertThat(withheld).as("withheld LA figures in the API").isPositive();
        assertThat(exposed).isEmpty();
    }
}
