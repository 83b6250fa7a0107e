package org.sendacc.ingest.ofsted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspectionsScrape;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * The LA analysts' network's scrape of Ofsted's area SEND reports (2023 framework), every cell text, read through the
 * file processor. Expected figures are the file's cells: 72 LAs, grades 15 x "1.0", 36 x "2.0", 20 x "3.0", one "nan".
 */
@Tag(Tiers.REAL_DATA)
class RealInspectionsScrapeTest {
    static final String FILE = "ofsted_csc_send_overview.xlsx";

    static Processed table;

    @BeforeAll
    static void read() throws IOException {
        byte[] bytes = Files.readAllBytes(
                RealData.folder("ofsted-area-send-inspections").resolve(FILE));
        table = Processed.run(InspectionsScrapeSource.source(), FILE, bytes);
    }

    @Test
    void readsEveryLaWithItsGrade() {
        assertThat(table.accepted()).hasSize(72);
        assertThat(table.rejected()).isEmpty();
        assertThat(AcceptedRecords.matching(table, Map.of(AreaSendInspectionsScrape.OUTCOME_GRADE, 1L)))
                .hasSize(15);
        assertThat(AcceptedRecords.matching(table, Map.of(AreaSendInspectionsScrape.OUTCOME_GRADE, 2L)))
                .hasSize(36);
        assertThat(AcceptedRecords.matching(table, Map.of(AreaSendInspectionsScrape.OUTCOME_GRADE, 3L)))
                .hasSize(20);
    }

    @Test
    void turnsTheScrapesTextIntoDatesCodesAndReasons() {
        // Birmingham (330, row 3): grade "2.0", inspected 23/06/25, report 15/08/25, link to the report
        Map<String, Object> birmingham =
                AcceptedRecords.only(table, Map.of(AreaSendInspectionsScrape.LA_NUMBER, "330"));
        assertThat(birmingham.get(AreaSendInspectionsScrape.AREA_CODE)).isEqualTo("E08000025");
        assertThat(birmingham.get(AreaSendInspectionsScrape.OUTCOME_GRADE)).isEqualTo(2L);
        assertThat(birmingham.get(AreaSendInspectionsScrape.INSPECTION_START)).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(birmingham.get(AreaSendInspectionsScrape.PUBLISHED)).isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(birmingham.get(AreaSendInspectionsScrape.INSPECTION_LINK))
                .isEqualTo("https://files.ofsted.gov.uk/v1/file/50284703");
        // Slough (871): grade "nan" is kept as the scrape's reason, not as a grade
        Map<String, Object> slough = AcceptedRecords.only(table, Map.of(AreaSendInspectionsScrape.LA_NUMBER, "871"));
        assertThat(slough.get(AreaSendInspectionsScrape.OUTCOME_GRADE)).isNull();
        assertThat(AcceptedRecords.reason(slough, AreaSendInspectionsScrape.OUTCOME_GRADE))
                .isEqualTo("not given in the scrape (nan)");
    }
}
