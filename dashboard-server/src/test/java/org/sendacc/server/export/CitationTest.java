package org.sendacc.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.catalogue.Publication;

/** A row stamped with the page of another release of its source is cited to that release; any other row to its series'. */
class CitationTest {
    static final String OLDER_URL = "https://example.gov.uk/ehcp/2022";
    static final Publication NEWER = new Publication(
            "dfe_ees",
            "dfe_timeliness_20_week",
            "Department for Education",
            "Education, health and care plans",
            "https://example.gov.uk/ehcp",
            "timeliness_20_week.csv",
            "series",
            List.of(new Publication.Release(
                    "Education, health and care plans: reporting year 2025",
                    "https://example.gov.uk/ehcp/2025",
                    "2025-06-26",
                    "2024")));
    static final Publication OLDER = new Publication(
            "dfe_ees",
            "dfe_sen2_mi",
            "Department for Education",
            "Education, health and care plans",
            "https://example.gov.uk/ehcp",
            "sen2_mi.csv",
            "series",
            List.of(new Publication.Release(
                    "Education, health and care plans: reporting year 2022", OLDER_URL, null, "2022")));

    @Test
    void aRowWithAnOlderReleasesPageIsCitedToIt() {
        Citation series = new Citation(NEWER, "2024");
        Citation older = series.forRow("dfe_ees", OLDER_URL, List.of(NEWER, OLDER));
        assertThat(older.publication().dataFile()).isEqualTo("sen2_mi.csv");
        assertThat(older.releaseTitle("2017")).isEqualTo("Education, health and care plans: reporting year 2022");

        assertThat(series.forRow("dfe_ees", "https://example.gov.uk/ehcp/2025", List.of(NEWER, OLDER)))
                .isSameAs(series);
        assertThat(series.forRow("dfe_ees", null, List.of(NEWER, OLDER))).isSameAs(series);
        assertThat(series.forRow("moj", OLDER_URL, List.of(NEWER, OLDER))).isSameAs(series);
    }
}
