package org.sendacc.ingest.esfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.warehouse.WarehouseTables.DsgHighNeeds;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * ESFA's DSG allocation files (.ods, without the mimetype entry ODF asks for) and DfE's five-year summary, read
 * through the file processor. Expected figures are the files' own cells: England's high needs block and Leeds's
 * (LA 383), each year.
 */
@Tag(Tiers.REAL_DATA)
class RealDsgAllocationsTest {
    private static Processed read(String folder, String file) throws IOException {
        Path path = RealData.folder(folder).resolve(file);
        return Processed.run(DsgHighNeedsSource.source(), file, Files.readAllBytes(path));
    }

    private static double block(Processed table, String year, String number) {
        return (Double)
                AcceptedRecords.only(table, Map.of(DsgHighNeeds.FINANCIAL_YEAR, year, DsgHighNeeds.LA_NUMBER, number))
                        .get(DsgHighNeeds.HIGH_NEEDS_BLOCK);
    }

    private static double england(Processed table, String year) {
        return (Double) AcceptedRecords.matching(table, Map.of(DsgHighNeeds.FINANCIAL_YEAR, year)).stream()
                .filter(row -> row.get(DsgHighNeeds.LA_NUMBER) == null)
                .findFirst()
                .orElseThrow()
                .get(DsgHighNeeds.HIGH_NEEDS_BLOCK);
    }

    @Test
    void readsAYearsAllocationsFileWithTypedCells() throws IOException {
        Processed table = read("dfe-high-needs-finance", "dedicated-schools-grant_2021_11_18.ods");

        // England and 149 LAs of 2020-21; the totals by kind of authority and region below them are not read
        assertThat(table.accepted()).hasSize(150);
        assertThat(table.rejected()).isEmpty();
        assertThat(england(table, "2020-21")).isEqualTo(7_063_230_381.0);
        assertThat(block(table, "2020-21", "383")).isEqualTo(85_853_625.0);
        double las = AcceptedRecords.of(table).stream()
                .filter(row -> row.get(DsgHighNeeds.LA_NUMBER) != null)
                .mapToDouble(row -> (Double) row.get(DsgHighNeeds.HIGH_NEEDS_BLOCK))
                .sum();
        assertThat(las).as("the LAs add up to England").isEqualTo(7_063_230_381.0);
    }

    @Test
    void readsTheFiveYearSummaryWith2019To20InMillions() throws IOException {
        Processed table = read("dfe-high-needs-finance", "dsg_allocations_summary_2019-20_to_2023-24.ods");

        // England and 149, 149, 150, 150 and 151 LAs in its five sheets
        assertThat(table.accepted()).hasSize(754);
        // 2019-20 is in £ million with full precision: Leeds 72.912657340785... becomes £72,912,657.34
        assertThat(block(table, "2019-20", "383")).isCloseTo(72_912_657.34, within(0.01));
        assertThat(england(table, "2019-20")).isCloseTo(6_279_123_139.32, within(0.01));
        assertThat(AcceptedRecords.only(
                                table, Map.of(DsgHighNeeds.FINANCIAL_YEAR, "2019-20", DsgHighNeeds.LA_NUMBER, "383"))
                        .get(DsgHighNeeds.PUBLISHED_UNIT))
                .isEqualTo("£ million");
        // the same 2020-21 as the year's own file
        assertThat(block(table, "2020-21", "383")).isEqualTo(85_853_625.0);
        // Cumbria (909) gives way to Cumberland (942) and Westmorland and Furness (943) in 2023-24
        assertThat(AcceptedRecords.only(
                                table, Map.of(DsgHighNeeds.FINANCIAL_YEAR, "2023-24", DsgHighNeeds.LA_NUMBER, "942"))
                        .get(DsgHighNeeds.AREA_CODE))
                .isEqualTo("E06000063");
    }

    @Test
    void theSummarys2023To24IsALaterReleaseThanTheYearsOwnFile() throws IOException {
        // ESFA's file of 20 July 2023 (named _2024_07_20 here) and the summary disagree for every LA in 2023-24.
        Processed year = read("dfe-funding", "dedicated-schools-grant_2024_07_20.ods");
        Processed summary = read("dfe-high-needs-finance", "dsg_allocations_summary_2019-20_to_2023-24.ods");
        assertThat(england(year, "2023-24")).isEqualTo(9_952_172_126.0);
        assertThat(england(summary, "2023-24")).isEqualTo(9_953_984_391.0);
        assertThat(block(year, "2023-24", "383")).isEqualTo(127_523_359.0);
        assertThat(block(summary, "2023-24", "383")).isEqualTo(127_460_359.0);
    }

    @Test
    void rejectsASpreadsheetThatIsNotADsgAllocationByName() throws IOException {
        Processed table =
                read("ofsted-area-send-inspections", "Area_SEND_inspection_data_01_May_2016_to_31_August_2022.ods");

        assertThat(table.accepted()).isEmpty();
        assertThat(table.fileRules()).isEqualTo(List.of("file.layout"));
        assertThat(table.fileProblems().get(0).message()).contains("no DSG allocations sheet");
    }
}
