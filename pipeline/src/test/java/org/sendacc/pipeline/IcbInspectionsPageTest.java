package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * Ofsted's official statistics of 2016-2022 inspections and the LA analysts' network's scrape of 2023-framework
 * reports, ingested, published and served: the ICB page lists its LAs' inspections side by side, the scrape labelled
 * as not official statistics. Expected cells are the two files' own (West Yorkshire's LAs).
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class IcbInspectionsPageTest {
    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static ServedWarehouse served;

    @BeforeAll
    static void publishAndServe() throws IOException {
        Path ofsted = RealData.folder("ofsted-area-send-inspections");
        for (String file : new String[] {
            "Area_SEND_inspection_data_01_May_2016_to_31_August_2022.ods", "ofsted_csc_send_overview.xlsx"
        }) {
            Files.copy(ofsted.resolve(file), input.resolve(file));
        }
        served = ServedWarehouse.of(input, warehouse);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void westYorkshiresPageListsItsLasInspectionsSideBySide() {
        String page = served.get("/icb/E54000054").body();
        int section = page.indexOf("id=\"inspections\"");
        assertThat(section).isPositive();
        String table = page.substring(section);
        assertThat(table).contains("<strong>not official statistics</strong>");
        // Kirklees: a written statement of action after its 2022 inspection, report published 10 June 2022 (Ofsted's
        // table); "2.0" in the scrape of its report published 5 August 2025, with the report's address. Leeds: no
        // statement after its December 2016 inspection, report published 16 February 2017; not in the scrape.
        assertThat(row(table, "Kirklees"))
                .contains("Yes, published 10 June 2022")
                .contains("Inconsistent experiences and outcomes, published 5 August 2025: <a class=\"govuk-link\""
                        + " href=\"https://files.ofsted.gov.uk/v1/file/50283933\"")
                .contains("(scrape: not official statistics)");
        assertThat(row(table, "Leeds"))
                .contains("No, published 16 February 2017")
                .contains("Not in the scrape");
    }

    @Test
    void kirkleesProfileGivesItsInspectionsDatesAndReport() {
        String page = served.get("/area/E08000034").body();
        int card = page.indexOf("id=\"area_send_inspection_outcome\"");
        assertThat(card).isPositive();
        assertThat(page.substring(card))
                .contains("Inconsistent experiences and outcomes, published 5 August 2025")
                .contains("href=\"https://files.ofsted.gov.uk/v1/file/50283933\"");
        int statement = page.indexOf("id=\"area_send_inspection_wsoa\"");
        assertThat(page.substring(statement)).contains("Yes, published 10 June 2022");
    }

    /**
     * The footprint's grid shows each LA's latest inspection, whatever its year, as the table below does: Kirklees'
     * 2025 outcome and its 2022 written statement are in the grid, not "no data" for the latest year. England's yes or
     * no is a count of LAs, and a category has no range drawn.
     */
    @Test
    void theGridAgreesWithTheTableAndEnglandCountsItsLas() {
        String page = served.get("/icb/E54000054").body();
        String grid = page.substring(page.indexOf("class=\"govuk-table sa-grid\""), page.indexOf("id=\"inspections\""));
        String outcome = gridRow(grid, "area_send_inspection_outcome");
        String statement = gridRow(grid, "area_send_inspection_wsoa");
        assertThat(outcome).contains("Inconsistent experiences and outcomes");
        assertThat(statement).contains("Yes").contains("No");
        String england = served.get("/area/E92000001").body();
        assertThat(england).containsPattern("<strong>[0-9]+ of [0-9]+ LAs</strong>");
        // an outcome is a category: England's is the areas it counts in each, never a mean grade
        String englandOutcome = england.substring(england.indexOf("data-indicator=\"area_send_inspection_outcome\""));
        assertThat(englandOutcome.substring(0, englandOutcome.indexOf("</tr>")))
                .containsPattern("[0-9]+ areas: [0-9]+ typically positive, [0-9]+ inconsistent, [0-9]+ widespread or"
                        + " systemic failings")
                .doesNotContain("Mean grade");
        // this warehouse holds inspections only: the spine has no row, as a category has no range
        String spine = england.substring(england.indexOf("\"spine\":{"));
        assertThat(spine.substring(0, spine.indexOf('}'))).contains("\"rows\":[]");
    }

    private static String gridRow(String grid, String indicator) {
        int start = grid.indexOf("?indicator=" + indicator + "\"");
        assertThat(start).as(indicator).isPositive();
        return grid.substring(start, grid.indexOf("</tr>", start));
    }

    private static String row(String table, String name) {
        Matcher matcher = Pattern.compile(">" + name + "</a></th>(.*?)</tr>", Pattern.DOTALL)
                .matcher(table);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
