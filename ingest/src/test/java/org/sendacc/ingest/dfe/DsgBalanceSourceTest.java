package org.sendacc.ingest.dfe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.warehouse.WarehouseTables.DsgBalance;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * DfE's derived DSG balances, which name areas and never code them: each name matched to one area or the row
 * rejected by name, never dropped.
 */
class DsgBalanceSourceTest {
    static final List<String> HEADER = List.of(
            "time_period",
            "geographic_level",
            "region_name",
            "la_name",
            "deficit",
            "DSG cumulative balance as a % of the total income",
            "financial_year");

    /** A workbook in DfE's layout: a header row, then one row per list of cells (numbers as numbers). */
    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Sheet1");
            List<List<Object>> all = new java.util.ArrayList<>();
            all.add(List.copyOf(HEADER));
            all.addAll(rows);
            for (int row = 0; row < all.size(); row++) {
                var cells = sheet.createRow(row);
                for (int column = 0; column < all.get(row).size(); column++) {
                    Object value = all.get(row).get(column);
                    if (value instanceof Double number) {
                        cells.createCell(column).setCellValue(number);
                    } else {
                        cells.createCell(column).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void namesAreMatchedToCodesAndTheRestRejectedByName() throws IOException {
        Processed table = Processed.run(
                DsgBalanceSource.source(),
                "dsg_deficit_derived.xlsx",
                workbook(List.of(
                        List.of("202122", "National", "England", "", 2.26, -2.26, "2021-22"),
                        List.of("202122", "Regional", "East of England", "", 1.36, -1.36, "2021-22"),
                        List.of(
                                "202122",
                                "Local authority",
                                "Yorkshire and The Humber",
                                "Leeds",
                                -0.02,
                                0.02,
                                "2021-22"),
                        // DfE's ", City of": Bristol
                        List.of("202122", "Local authority", "South West", "Bristol, City of", 1.0, -1.0, "2021-22"),
                        // Northamptonshire was split on 1 April 2021: no LA of that name in 2021-22
                        List.of("202122", "Local authority", "East Midlands", "Northamptonshire", 1.0, -1.0, "2021-22"),
                        List.of("202122", "Regional", "Wessex", "", 1.0, -1.0, "2021-22"),
                        List.of("202122", "Local authority", "London", "Camden", 1.0, -1.0, "2022-23"))));

        assertThat(AcceptedRecords.matching(table, Map.of()))
                .extracting(row -> row.get(DsgBalance.AREA_CODE) + " " + row.get(DsgBalance.BALANCE_PCT))
                .containsExactly("E92000001 -2.26", "E12000006 -1.36", "E08000035 0.02", "E06000023 -1.0");
        assertThat(table.rejected())
                .extracting(rejected -> rejected.problem().column() + " "
                        + rejected.problem().rule() + " " + rejected.problem().value())
                .containsExactly(
                        "la_name la.unknown Northamptonshire",
                        "region_name region.unknown Wessex",
                        "financial_year cross.financial_year_mismatch 2022-23");
        assertThat(table.rejected().get(0).problem().message())
                .isEqualTo("no single LA in use on 2021-04-01 is named 'Northamptonshire'");
    }

    @Test
    @Tag(Tiers.REAL_DATA)
    void everyRowOfTheRealFileIsMatched() throws IOException {
        Processed table = Processed.run(
                DsgBalanceSource.source(),
                "dsg_deficit_derived.xlsx",
                Files.readAllBytes(RealData.folder("dfe-dsg-deficits").resolve("dsg_deficit_derived.xlsx")));
        // 478 rows: 3 England, 27 region and 448 LA rows over 2019-20 to 2021-22 (SOURCES.md)
        assertThat(table.rejected()).isEmpty();
        assertThat(table.accepted()).hasSize(478);
        assertThat(AcceptedRecords.matching(
                        table, Map.of(DsgBalance.LA_NAME, "Leeds", DsgBalance.TIME_PERIOD, "201920")))
                .extracting(row -> row.get(DsgBalance.AREA_CODE) + " " + row.get(DsgBalance.BALANCE_PCT))
                .containsExactly("E08000035 -0.49");
    }
}
