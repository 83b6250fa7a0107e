package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.testing.Tiers;

/**
 * The outcome files a user downloads (DfE's KS4 workbook and NCCIS NEET files, the LA analysts' network's absence
 * JSON, DfE's DSG balances) and NHS England's autism waits, ingested and served: Leeds's profile has its Outcomes
 * section, each figure with its source and, where the file gives it, the no-SEN figure and the gap (Attainment 8 with
 * an EHC plan 10.3 against 48.8 with no SEN in 2018/19: a gap of 38.5 points, worked out from the workbook's rows); the
 * unofficial re-publication says so; West Yorkshire's ICB page shows the autism waits.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class RealOutcomesPageTest {
    static final String LEEDS = "E08000035";
    static final String WEST_YORKSHIRE = "E54000054";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static ServedWarehouse served;

    @BeforeAll
    static void publishAndServe() throws IOException {
        for (String folder : new String[] {
            "dfe-ks4-characteristics",
            "dfe-nccis-neet",
            "d2i-send-attendance",
            "dfe-dsg-deficits",
            "nhs-autism-statistics"
        }) {
            ServedWarehouse.copyRealFolder(folder, input);
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
    void leedsProfileHasAnOutcomesSectionWithTheGapToNoSen() throws IOException {
        String page = served.get("/area/" + LEEDS).body();
        assertThat(page).contains("Outcomes: how children and young people with SEND do");
        String outcomes = page.substring(page.indexOf("id=\"partner-outcomes\""));
        outcomes = outcomes.substring(0, outcomes.indexOf("</section>"));
        assertThat(outcomes)
                .contains("Average Attainment 8 score of pupils with an EHC plan at the end of key stage 4")
                .contains("No SEN 48.8: gap 38.5 points")
                .contains("16 and 17 year olds with an EHC plan not in education, employment or training")
                .contains("re-published by the LA analysts&#39; network (Data to Insight): unofficial");
        // the DSG balance is the LA's provision, among its indicators, not an outcome
        assertThat(page).contains("Dedicated Schools Grant cumulative balance as a % of DSG income");
        assertThat(outcomes).doesNotContain("Dedicated Schools Grant");
    }

    @Test
    void theIcbPageShowsAutismWaitsBesideTheCommunityWaits() throws IOException {
        String page = served.get("/icb/" + WEST_YORKSHIRE).body();
        assertThat(page)
                .contains("Children and young people waiting 13 weeks or more since a suspected autism referral");
    }

    @Test
    void theCsvCarriesTheNoSenFigureAndTheGap() throws IOException {
        String csv = served.get("/export.csv?indicator=ks4_attainment8_ehcp&area=" + LEEDS)
                .body();
        String[] lines = csv.split("\r?\n");
        java.util.List<String> header = java.util.List.of(lines[0].split(","));
        String[] leeds = lines[1].split(",", -1);
        assertThat(leeds[header.indexOf("value")]).isEqualTo("10.3");
        assertThat(leeds[header.indexOf("no_sen_value")]).isEqualTo("48.8");
        assertThat(leeds[header.indexOf("gap_to_no_sen")]).isEqualTo("-38.5");
    }
}
