package org.sendacc.ingest.ofsted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspectionsMi;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * Ofsted's management information on the first 16 area SEND inspections under the 2023 framework, as DfE re-saved
 * it with R (dotted headers, an unnamed first column, dd/mm/yyyy, NA), read through the file processor. Expected
 * values are the file's cells.
 */
@Tag(Tiers.REAL_DATA)
class RealInspectionsMiTest {
    @Test
    void readsEveryAreaNamedWithItsOutcomeAsAGrade() throws IOException {
        String file = "mi_ofsted_winter_2223.csv";
        Processed table = Processed.run(
                InspectionsMiSource.source(),
                file,
                Files.readAllBytes(
                        RealData.folder("ofsted-area-send-inspections").resolve(file)));

        assertThat(table.accepted()).hasSize(16);
        assertThat(table.rejected()).isEmpty();
        // Hertfordshire: inspected from 10/07/2023, report 10/11/2023, widespread and/or systemic failings (3)
        Map<String, Object> hertfordshire =
                AcceptedRecords.only(table, Map.of(AreaSendInspectionsMi.LOCAL_AREA, "Hertfordshire"));
        assertThat(hertfordshire.get(AreaSendInspectionsMi.AREA_CODE)).isEqualTo("E10000015");
        assertThat(hertfordshire.get(AreaSendInspectionsMi.OUTCOME_GRADE)).isEqualTo(3L);
        assertThat(hertfordshire.get(AreaSendInspectionsMi.PUBLISHED)).isEqualTo(LocalDate.of(2023, 11, 10));
        assertThat(hertfordshire.get(AreaSendInspectionsMi.AREAS_FOR_PRIORITY_ACTION))
                .isEqualTo(2L);
        // Brighton and Hove: typically positive (1); "NA" areas for priority action kept as the reason
        Map<String, Object> brighton =
                AcceptedRecords.only(table, Map.of(AreaSendInspectionsMi.LOCAL_AREA, "Brighton and Hove"));
        assertThat(brighton.get(AreaSendInspectionsMi.OUTCOME_GRADE)).isEqualTo(1L);
        assertThat(AcceptedRecords.reason(brighton, AreaSendInspectionsMi.AREAS_FOR_PRIORITY_ACTION))
                .isEqualTo("not available (NA)");
        assertThat(AcceptedRecords.matching(table, Map.of(AreaSendInspectionsMi.OUTCOME_GRADE, 3L)))
                .hasSize(5);
    }
}
