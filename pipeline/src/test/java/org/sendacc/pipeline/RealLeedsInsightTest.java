package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * Leeds's headline findings and breakdowns from DfE's real 2025 release, checked against figures worked out by hand from
 * timeliness_20_week.csv ("All EHC plans issued", excluding exceptions): Leeds issued 67 of 717 new plans within 20
 * weeks in 2024, 9.3% (Wilson 95% CI 7.4% to 11.7%); England 39,407 of 84,866, 46.4%; Yorkshire and The Humber
 * 4,507 of 7,942, 56.7%. 140th of the 151 LAs with a figure (139 have a higher share; City of London and Dorset issued
 * none). Five years before, across the 2023 break in series: 500 of 563 in 2020, 88.8%. By sex in 2024: 21 of 234 girls' and young women's plans,
 * 9.0% (Wilson 95% CI 5.9% to 13.3%, 99.8% CI 4.7% to 16.5%) against England's 12,712 of 27,891, 45.6%. The folder
 * also holds the MoJ tribunal table; DfE's SEND programme lists are ingested beside it: the 32 LAs of the SEND and AP
 * Change Programme, Leeds among them, issued 9,320 of 17,737 new plans within 20 weeks in 2024, 52.5%. The tests'
 * snapshot is made on 22 November 2026, so 2024's figures (to 31 December 2024) are "two years before this snapshot".
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealLeedsInsightTest {
    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static ServedWarehouse served;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void publishAndServe() throws IOException {
        ServedWarehouse.copyRealFolder("dfe-ehcp-2025", input);
        String programmes = "send_funding_programme_las.csv";
        Files.copy(RealData.folder("dfe-send-programmes").resolve(programmes), input.resolve(programmes));
        served = ServedWarehouse.of(input, warehouse);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static JsonNode cards() throws IOException {
        return JSON.readTree(served.get("/api/areas/E08000035/findings").body()).path("cards");
    }

    private static List<JsonNode> findings(String indicator, String kind) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode card : cards()) {
            for (JsonNode finding : card.path("findings")) {
                if (finding.path("indicator_id").asText().equals(indicator)
                        && finding.path("kind").asText().equals(kind)) {
                    found.add(finding);
                }
            }
        }
        return found;
    }

    @Test
    void leedsHasFindingsEachWithASentenceAndItsFigure() throws IOException {
        assertThat(cards().size()).isGreaterThanOrEqualTo(3);
        List<JsonNode> all = new ArrayList<>();
        cards().forEach(card -> card.path("findings").forEach(all::add));
        for (JsonNode finding : all) {
            assertThat(finding.path("sentence").asText()).isNotBlank().endsWith(".");
            assertThat(finding.path("indicator_id").asText()).isNotBlank();
            assertThat(finding.path("period").asText()).isNotBlank();
            assertThat(finding.path("source").asText()).isIn("dfe_ees", "moj");
            assertThat(finding.path("partner").asText()).isIn("LA", "ICB", "joint");
            assertThat(finding.path("severity").asInt()).isBetween(1, 5);
        }
    }

    @Test
    void timelinessIsSignificantlyWorseThanEnglandAndTheRegionInTheWorstTenthAndGettingWorse() throws IOException {
        JsonNode worse =
                findings("ehcp_20wk_excl_exceptions", "worse_than_benchmark").get(0);
        assertThat(worse.path("sentence").asText())
                .startsWith(
                        "Leeds: New EHC plans issued within 20 weeks (excluding exceptions) was 9.3% in 2024, two years before this snapshot (95% CI"
                                + " 7.4% to 11.7%), significantly worse than England (46.4%), the region, Yorkshire and The"
                                + " Humber (56.7%)")
                .endsWith("at 99.8%; the local authority is accountable.");
        assertThat(worse.path("partner").asText()).isEqualTo("LA");
        assertThat(worse.path("evidence").asText()).isEqualTo("/area/E08000035#ehcp_20wk_excl_exceptions");

        assertThat(findings("ehcp_20wk_excl_exceptions", "bottom_tenth")
                        .get(0)
                        .path("sentence")
                        .asText())
                .isEqualTo("Leeds: New EHC plans issued within 20 weeks (excluding exceptions) ranks 140th of 151 local"
                        + " authorities (1st is best) at 9.3% in 2024, two years before this snapshot, in the worst tenth; the local authority is"
                        + " accountable.");
        // 88.8% in 2020 and 9.3% in 2024 lie either side of the move to person-level SEN2 in 2023: no trend finding
        // spans the break, and 2023 and 2024 alone are too few for the test.
        assertThat(findings("ehcp_20wk_excl_exceptions", "getting_worse")).isEmpty();
    }

    /**
     * Leeds' 20-week problem is one card: both measures (with and without exceptions), each worse than England and the
     * region and in the worst tenth, are its details, and no other card speaks of it.
     */
    @Test
    void theTwentyWeekProblemIsOneCard() throws IOException {
        List<JsonNode> twentyWeeks = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (JsonNode card : cards()) {
            if (card.path("family").asText().equals("ehcp_20wk")) {
                twentyWeeks.add(card);
            } else {
                card.path("findings")
                        .forEach(finding ->
                                elsewhere.add(finding.path("sentence").asText()));
            }
        }
        assertThat(twentyWeeks).hasSize(1);
        JsonNode card = twentyWeeks.get(0);
        assertThat(card.path("severity").asInt()).isEqualTo(4);
        assertThat(card.path("headline").asText())
                .isEqualTo(card.path("findings").get(0).path("sentence").asText());
        List<String> indicators = new ArrayList<>();
        card.path("findings")
                .forEach(finding -> indicators.add(finding.path("indicator_id").asText()));
        assertThat(indicators).contains("ehcp_20wk_excl_exceptions", "ehcp_20wk_incl_exceptions");
        assertThat(elsewhere).noneMatch(sentence -> sentence.contains("20 weeks"));
        // and the page opens with the three biggest problems, this the first
        String page = served.get("/area/E08000035").body();
        String opening = page.substring(page.indexOf("id=\"findings\""), page.indexOf("Joint scorecard"));
        assertThat(opening.split("data-card=\"", -1)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(opening.indexOf("data-card=\"ehcp_20wk\"")).isEqualTo(opening.indexOf("data-card=\""));
    }

    /**
     * Today's grid holds today's LAs: Cumbria (E10000006, replaced by Cumberland and Westmorland and Furness in April
     * 2023) has DfE figures for 2019 to 2022 but no row in the grid, and a search tells it from its successors.
     */
    @Test
    void aReplacedLaLeavesTheGridButStaysInHistory() {
        String home = served.get("/").body();
        assertThat(home).doesNotContain("data-area-row=\"E10000006\"").contains("data-area-row=\"E06000063\"");
        assertThat(served.get("/search?q=Cumbria").body()).contains(">Cumbria (until 2023)</a>");
        assertThat(served.get("/area/E10000006").body()).contains("Cumbria");
    }

    /**
     * DfE's timeliness runs 2019 to 2024 and SEN2 became person-level in 2023: Leeds' trend chart and the indicator's
     * chart over time draw the break before 2023 (the fifth period, index 4) and say so in words.
     */
    @Test
    void theChartsDrawTheBreakInSeriesAndSaySo() {
        String profile = served.get("/area/E08000035").body();
        String data = profile.substring(profile.indexOf("id=\"sa-chart-data\""));
        String trend = data.substring(data.indexOf("\"trend-ehcp_20wk_excl_exceptions\""));
        assertThat(trend.substring(0, trend.indexOf('}'))).contains("\"breakIndex\":4");
        String indicator = served.get("/indicator/ehcp_20wk_excl_exceptions?area=E08000035")
                .body();
        assertThat(indicator)
                .contains("id=\"compare-break\">Break in series before 2023: figures before and after are not"
                        + " comparable");
    }

    @Test
    void theProfileOpensWithTheFindings() {
        String page = served.get("/area/E08000035").body();
        int findings = page.indexOf("id=\"findings\"");
        assertThat(findings).isPositive().isLessThan(page.indexOf("Joint scorecard"));
        assertThat(page.substring(findings)).contains("ranks 140th of 151 local authorities");
        String icb = served.get("/icb/E54000054").body();
        assertThat(icb.indexOf("id=\"findings\"")).isPositive();
    }

    @Test
    void timelinessBreaksDownByAgeSexAndEthnicityEachAgainstEnglandsSameBreakdown() throws IOException {
        JsonNode body = JSON.readTree(
                served.get("/api/areas/E08000035/breakdowns?indicator=ehcp_20wk_excl_exceptions&period=2024")
                        .body());
        assertThat(body.path("period").asText()).isEqualTo("2024");
        List<String> topics = new ArrayList<>();
        JsonNode female = null;
        for (JsonNode row : body.path("breakdowns")) {
            if (!topics.contains(row.path("breakdown_topic").asText())) {
                topics.add(row.path("breakdown_topic").asText());
            }
            if (row.path("breakdown").asText().equals("Female")) {
                female = row;
            }
        }
        assertThat(topics)
                .contains("Child or young persons age", "Sex", "Ethnicity")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(female).isNotNull();
        assertThat(female.path("breakdown_topic").asText()).isEqualTo("Sex");
        assertThat(female.path("numerator").asDouble()).isEqualTo(21.0);
        assertThat(female.path("denominator").asDouble()).isEqualTo(234.0);
        assertThat(female.path("value").asDouble()).isCloseTo(21.0 / 234 * 100, within(1e-9));
        assertThat(female.path("lower_ci95").asDouble()).isCloseTo(5.94, within(0.01));
        assertThat(female.path("upper_ci95").asDouble()).isCloseTo(13.33, within(0.01));
        assertThat(female.path("england_value").asDouble()).isCloseTo(12712.0 / 27891 * 100, within(1e-9));
        assertThat(female.path("comparison_england").asText()).isEqualTo("worse_99.8");
        // a breakdown is no headline figure: the "All EHC plans issued" row is the indicator itself
        for (JsonNode row : body.path("breakdowns")) {
            assertThat(row.path("breakdown").asText()).isNotEqualTo("All EHC plans issued");
        }
    }

    @Test
    void theProfileShowsTheInequalitiesViewWithItsTable() {
        String page = served.get("/area/E08000035?inequalities=ehcp_20wk_excl_exceptions")
                .body();
        int view = page.indexOf("id=\"inequalities\"");
        assertThat(view).isPositive();
        assertThat(page.substring(view))
                .contains("data-chart=\"inequalities-0\"")
                .contains("data-chart=\"inequalities-1\"")
                .contains("data-topic=\"Sex\" data-breakdown=\"Female\"")
                .contains("21 of 234");
    }

    @Test
    void leedsIsComparedWithTheChangeProgrammeAreasAndAPartialListSaysSo() throws IOException {
        JsonNode groups = JSON.readTree(served.get("/api/groups").body()).path("groups");
        List<String> ids = new ArrayList<>();
        groups.forEach(group -> ids.add(group.path("id").asText() + " "
                + group.path("codes").size() + " " + group.path("complete").asBoolean()));
        assertThat(ids)
                .containsExactlyInAnyOrder(
                        "send_and_ap_change_programme 32 true",
                        "safety_valve 33 false",
                        "delivering_better_value_in_send 45 false");

        JsonNode body = JSON.readTree(
                served.get("/api/indicators/ehcp_20wk_excl_exceptions?period=2024&group=send_and_ap_change_programme")
                        .body());
        JsonNode figure = body.path("group").path("figures").get(0);
        assertThat(figure.path("numerator").asDouble()).isEqualTo(9320.0);
        assertThat(figure.path("denominator").asDouble()).isEqualTo(17737.0);
        assertThat(figure.path("included").asInt()).isEqualTo(32);
        for (JsonNode row : body.path("rows")) {
            if (row.path("area_code").asText().equals("E08000035")) {
                assertThat(row.path("group_value").asDouble()).isCloseTo(9320.0 / 17737 * 100, within(1e-9));
                assertThat(row.path("comparison_group").asText()).isEqualTo("worse_99.8");
            }
        }
        String page = served.get("/indicator/ehcp_20wk_excl_exceptions?period=2024&group=safety_valve")
                .body();
        assertThat(page)
                .contains("id=\"group-summary\"")
                .contains("Partial list")
                .contains("33 of the 38");
        // and on Leeds's profile, each figure against the group's: 9.3% against the Change Programme's 52.5%
        String profile =
                served.get("/area/E08000035?group=send_and_ap_change_programme").body();
        assertThat(profile).contains("vs SEND and AP Change Programme").contains("data-group-cell");
        assertThat(profile.substring(profile.indexOf("data-indicator=\"ehcp_20wk_excl_exceptions\"")))
                .contains("(52.5%)");
        // chosen like a region on the home page: the grid keeps the group's 33 LAs, and says the list is partial
        String home = served.get("/?group=safety_valve").body();
        assertThat(home.split("data-area-row=\"", -1)).hasSize(34);
        assertThat(home)
                .contains("Partial list:")
                .contains("data-area-row=\"E06000023\"")
                .doesNotContain("data-area-row=\"E08000035\"");
    }

    /**
     * EHC plans broken down by primary need and by years in place are each group's share of the area's plans, as DfE
     * publishes the needs (asd_pc), not a rate over the whole population: sen_needs_all_plans.csv, Leeds 2024/25, 1,623
     * of its 6,093 plans are for autism, 26.6% (DfE's own asd_pc); caseload.csv, 804 of the 6,093 have been in place one
     * year.
     */
    @Test
    void plansBreakDownByPrimaryNeedAndYearsInPlaceAsSharesOfThePlans() throws IOException {
        JsonNode body =
                JSON.readTree(served.get("/api/areas/E08000035/breakdowns?indicator=ehcp_rate_0_25&period=202425")
                        .body());
        List<String> topics = new ArrayList<>();
        JsonNode autism = null;
        JsonNode oneYear = null;
        for (JsonNode row : body.path("breakdowns")) {
            if (!topics.contains(row.path("breakdown_topic").asText())) {
                topics.add(row.path("breakdown_topic").asText());
            }
            if (row.path("breakdown").asText().equals("Autistic spectrum disorder")) {
                autism = row;
            }
            if (row.path("breakdown_topic").asText().equals("Years EHC plan in place")
                    && row.path("breakdown").asText().equals("1")) {
                oneYear = row;
            }
        }
        // people's topics (age, sex, ethnicity) would need each group's population: left out
        assertThat(topics)
                .containsExactlyInAnyOrder("Years EHC plan in place", "Age when plan started", "Primary need");
        assertThat(autism).isNotNull();
        assertThat(autism.path("numerator").asDouble()).isEqualTo(1623.0);
        assertThat(autism.path("denominator").asDouble()).isEqualTo(6093.0);
        assertThat(autism.path("unit").asText()).isEqualTo("percent");
        assertThat(autism.path("value").asDouble()).isCloseTo(1623.0 / 6093 * 100, within(1e-9));
        assertThat(java.math.BigDecimal.valueOf(autism.path("value").asDouble())
                        .setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("26.6");
        assertThat(oneYear).isNotNull();
        assertThat(oneYear.path("numerator").asDouble()).isEqualTo(804.0);
        assertThat(oneYear.path("denominator").asDouble()).isEqualTo(6093.0);
        // the page calls them shares
        String page = served.get("/area/E08000035?inequalities=ehcp_rate_0_25").body();
        assertThat(page).contains("Share of EHC plans in place in January").contains("1,623 of 6,093");
    }
}
