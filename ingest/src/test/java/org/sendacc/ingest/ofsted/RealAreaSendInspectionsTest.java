package org.sendacc.ingest.ofsted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspections2016;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * Ofsted's official statistics of area SEND inspections, 2016-2022 framework (.ods with cover, contents, guidance and
 * notes sheets before the table), read through the file processor. Expected figures are the file's own cells.
 */
@Tag(Tiers.REAL_DATA)
class RealAreaSendInspectionsTest {
    static final String FILE = "Area_SEND_inspection_data_01_May_2016_to_31_August_2022.ods";

    static Processed table;

    @BeforeAll
    static void read() throws IOException {
        byte[] bytes = Files.readAllBytes(
                RealData.folder("ofsted-area-send-inspections").resolve(FILE));
        table = Processed.run(AreaSendInspectionsSource.source(), FILE, bytes);
    }

    private static Map<String, Object> area(String code) {
        return AcceptedRecords.only(table, Map.of(AreaSendInspections2016.LA_ONS_CODE, code));
    }

    @Test
    void readsEveryAreaOfTheTableNotTheGuidance() {
        // 149 areas: 82 needed a written statement of action, 67 did not
        assertThat(table.accepted()).hasSize(149);
        assertThat(table.rejected()).isEmpty();
        assertThat(AcceptedRecords.matching(table, Map.of(AreaSendInspections2016.WSOA_REQUIRED, "Yes")))
                .hasSize(82);
    }

    @Test
    void keepsDatesOutcomesAndWhyARevisitDateIsMissing() {
        // Barnsley (row 8): inspected from 20 September 2021, report 24 November 2021, WSoA with 2 weaknesses, "Not
        // revisited yet"; its 2022 code E08000016 is our E08000038.
        Map<String, Object> barnsley = area("E08000016");
        assertThat(barnsley.get(AreaSendInspections2016.AREA_CODE)).isEqualTo("E08000038");
        assertThat(barnsley.get(AreaSendInspections2016.INSPECTION_START))
                .isEqualTo(java.time.LocalDate.of(2021, 9, 20));
        assertThat(barnsley.get(AreaSendInspections2016.SIGNIFICANT_WEAKNESSES)).isEqualTo(2L);
        assertThat(barnsley.get(AreaSendInspections2016.REVISIT_START)).isNull();
        assertThat(AcceptedRecords.reason(barnsley, AreaSendInspections2016.REVISIT_START))
                .isEqualTo("not revisited yet");
        // North Yorkshire's county code lands on the unitary council's
        assertThat(area("E10000023").get(AreaSendInspections2016.AREA_CODE)).isEqualTo("E06000065");
    }
}
