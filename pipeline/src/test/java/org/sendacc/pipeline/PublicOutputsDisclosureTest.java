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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.analytics.areas.Area;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.SeriesSource;
import org.sendacc.reference.ReferenceData;
import org.sendacc.sample.SampleGenerator;
import org.sendacc.testing.Tiers;

/**
 * The public outputs, swept as a user would fetch them: the synthetic sample (2024) ingested and published, served by
 * the dashboard server, and every local-return indicator's tidy CSV export, JSON rows and pages (England's, the
 * regions', every ICB footprint's and every LA's, and the league of LAs) read back over HTTP. No local-return count
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
        return Catalogues.bundled().indicators().stream()
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

    /** A count as the pages write it ("1,234 of 2,000"): numerator and denominator, or null for none. */
    private static String[] pageCount(String text) {
        Matcher matcher = Pattern.compile("([0-9.,]+) of ([0-9.,]+)").matcher(text);
        return matcher.matches()
                ? new String[] {
                    matcher.group(1).replace(",", ""), matcher.group(2).replace(",", "")
                }
                : null;
    }

    private static Document page(String path) {
        HttpResponse<String> response = served.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /**
     * A page's figure: no count of 1 to 4, nor a denominator within 4 of it; the cell it makes for the subtraction
     * check, under its indicator and period label.
     */
    private static void sweepPageCell(
            Map<String, List<Cell>> cells,
            String where,
            String indicatorId,
            String periodLabel,
            String level,
            String areaCode,
            String regionCode,
            Element value,
            String countText) {
        String[] count = pageCount(countText);
        boolean withheld = value.selectFirst("abbr.sa-suppressed") != null;
        if (count != null) {
            assertThat(isSmall(count[0])).as(where + ": " + countText).isFalse();
            String complement = Double.toString(Double.parseDouble(count[1]) - Double.parseDouble(count[0]));
            assertThat(isSmall(complement)).as(where + ": " + countText).isFalse();
        } else {
            assertThat(countText).as(where).isEmpty();
        }
        cells.computeIfAbsent(indicatorId + " " + periodLabel, ignored -> new ArrayList<>())
                .add(new Cell(level, areaCode, regionCode, withheld, count == null ? "" : count[0]));
    }

    @Test
    void pagesHoldNoLocalReturnCountOfOneToFourAndNoneRecoverableBySubtraction() {
        Areas areas = Areas.from(ReferenceData.bundled());
        List<Indicator> indicators = controlledLocalReturnIndicators();
        Map<String, List<Cell>> cells = new HashMap<>();
        String localReturn = SeriesSource.LOCAL_RETURN.label();

        // England's, each region's and each LA's profile, every year: the local-return rows of the scorecard
        List<String> profiles = new ArrayList<>(List.of("E92000001"));
        areas.currentLas().stream().map(Area::regionCode).distinct().forEach(profiles::add);
        areas.currentLas().forEach(la -> profiles.add(la.code()));
        List<String> years = page("/area/E92000001").select("select#year option").stream()
                .map(option -> option.attr("value"))
                .filter(year -> !year.isEmpty())
                .toList();
        assertThat(years).isNotEmpty();
        long withheld = 0;
        for (String code : profiles) {
            Area area = areas.area(code).orElseThrow();
            for (String year : years) {
                Document profile = page("/area/" + code + "?year=" + year);
                for (Indicator indicator : indicators) {
                    for (Element row : profile.select("table.sa-scorecard tr[data-indicator=" + indicator.id() + "]")) {
                        Element label = row.selectFirst("th span.govuk-body-s");
                        if (label == null || !label.text().startsWith(localReturn)) {
                            continue;
                        }
                        Elements td = row.select("td");
                        sweepPageCell(
                                cells,
                                "/area/" + code + "?year=" + year + " " + indicator.id(),
                                indicator.id(),
                                td.get(0).text(),
                                area.level().snapshotName(),
                                code,
                                area.regionCode(),
                                td.get(2),
                                td.get(1).text());
                        withheld += td.get(2).selectFirst("abbr.sa-suppressed") != null ? 1 : 0;
                    }
                }
            }
        }
        assertThat(withheld).as("withheld figures on the profiles").isPositive();

        // each ICB footprint's page: the footprint's figure, for indicators from local returns only
        long footprints = 0;
        for (Area icb : areas.icbs()) {
            for (Indicator indicator : indicators) {
                if (!indicator.sources().stream()
                        .allMatch(source -> source.source().equals("local_return"))) {
                    continue;
                }
                for (String year : years) {
                    String path = "/icb/" + icb.code() + "?indicator=" + indicator.id() + "&year=" + year;
                    Element footprint = page(path).selectFirst(".sa-figure table.sa-table-compact tbody tr");
                    if (footprint == null) {
                        continue;
                    }
                    Elements td = footprint.select("td");
                    footprints++;
                    sweepPageCell(
                            cells,
                            path,
                            indicator.id(),
                            td.get(0).text(),
                            "icb",
                            icb.code(),
                            null,
                            td.get(1),
                            td.get(3).text());
                }
            }
        }

        assertThat(footprints).as("footprint figures on the ICB pages").isPositive();

        // the league of every LA, period by period
        long ranked = 0;
        for (Indicator indicator : indicators) {
            Document first = page("/indicator/" + indicator.id() + "?source=local_return");
            for (Element option : first.select("select#period option")) {
                String path = "/indicator/" + indicator.id() + "?source=local_return&period=" + option.attr("value");
                for (Element row : page(path).select("table[data-ranked] tbody tr[data-area]")) {
                    String code = row.attr("data-area");
                    Elements td = row.select("td");
                    ranked++;
                    // the LA's own profile already gave its cell; here the counts only are checked
                    sweepPageCell(
                            new HashMap<>(),
                            path + " " + code,
                            indicator.id(),
                            option.text(),
                            "la",
                            code,
                            areas.area(code).map(Area::regionCode).orElse(null),
                            td.get(2),
                            td.get(1).text());
                }
            }
        }

        assertThat(ranked).as("LAs in the leagues").isPositive();
        List<String> exposed = new ArrayList<>();
        cells.forEach((series, seriesCells) -> exposed.addAll(exposed(series, seriesCells, areas)));
        assertThat(cells).isNotEmpty();
        assertThat(exposed).isEmpty();
    }
}
