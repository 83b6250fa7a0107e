package org.sendacc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * The statistical neighbours table says what DfE's May 2025 workbook says, read here independently of the tool.
 *
 * <p>The workbook lists neighbours by 3-digit DfE number; the table by canonical GSS code. A few groups are checked by
 * hand and then every group is compared.
 */
@Tag(Tiers.REAL_DATA)
class StatisticalNeighboursTest {

    /** Columns of the "LA SN Groups" sheet: A = LA num, F, H, ... X = SN1..SN10, each followed by its SNP band. */
    private static final int LA_NUMBER_COLUMN = 0;

    private static final int FIRST_NEIGHBOUR_COLUMN = 5;
    private static final List<String> WORKBOOK_ROWS = new ArrayList<>();
    private static final Map<String, String> CODE_BY_CURRENT_NUMBER = new HashMap<>();

    @BeforeAll
    static void readWorkbook() throws IOException {
        for (LocalAuthority authority : ReferenceData.bundled().currentLocalAuthorities()) {
            CODE_BY_CURRENT_NUMBER.put(authority.oldLaCode(), authority.code());
        }
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(
                RealData.root()
                        .resolve("dfe-statistical-neighbours/sn_may_2025.xlsx")
                        .toFile(),
                null,
                true)) {
            Sheet sheet = workbook.getSheet("LA SN Groups");
            // Rows 1-2 are column letters and numbers, row 3 the header; the current groups end at the first blank row.
            Row header = sheet.getRow(2);
            assertThat(formatter.formatCellValue(header.getCell(LA_NUMBER_COLUMN)))
                    .isEqualTo("LA num");
            assertThat(formatter.formatCellValue(header.getCell(FIRST_NEIGHBOUR_COLUMN)))
                    .isEqualTo("SN1");
            assertThat(formatter.formatCellValue(header.getCell(FIRST_NEIGHBOUR_COLUMN + 19)))
                    .isEqualTo("SNP");
            for (int rowIndex = 3; ; rowIndex++) {
                Row row = sheet.getRow(rowIndex);
                String laNumber = row == null ? "" : formatter.formatCellValue(row.getCell(LA_NUMBER_COLUMN));
                if (laNumber.isBlank()) {
                    break;
                }
                for (int rank = 1; rank <= 10; rank++) {
                    Cell number = row.getCell(FIRST_NEIGHBOUR_COLUMN + 2 * (rank - 1));
                    Cell band = row.getCell(FIRST_NEIGHBOUR_COLUMN + 2 * (rank - 1) + 1);
                    WORKBOOK_ROWS.add(laNumber + "," + rank + "," + formatter.formatCellValue(number) + ","
                            + formatter.formatCellValue(band).trim());
                }
            }
        }
    }

    private static String asWorkbookRow(StatisticalNeighbour neighbour) {
        String laNumber = ReferenceData.bundled()
                .localAuthority(neighbour.laCode())
                .orElseThrow()
                .oldLaCode();
        String neighbourNumber = ReferenceData.bundled()
                .localAuthority(neighbour.neighbourLaCode())
                .orElseThrow()
                .oldLaCode();
        return laNumber + "," + neighbour.rank() + "," + neighbourNumber + "," + neighbour.closeness();
    }

    private static List<StatisticalNeighbour> neighboursOf(String laCode) {
        return ReferenceData.bundled().statisticalNeighbours().stream()
                .filter(neighbour -> neighbour.laCode().equals(laCode))
                .toList();
    }

    @Test
    void workbookHasTenNeighboursForEachOf153LocalAuthorities() {
        assertThat(WORKBOOK_ROWS).hasSize(1530);
    }

    @Test
    void everyWorkbookRowIsInTheTableAndNothingElse() {
        assertThat(ReferenceData.bundled().statisticalNeighbours())
                .extracting(StatisticalNeighboursTest::asWorkbookRow)
                .containsExactlyInAnyOrderElementsOf(WORKBOOK_ROWS);
    }

    @Test
    void everyWorkbookNumberIsACurrentLocalAuthority() {
        for (String row : WORKBOOK_ROWS) {
            String[] fields = row.split(",");
            assertThat(CODE_BY_CURRENT_NUMBER).as(row).containsKey(fields[0]).containsKey(fields[2]);
        }
    }

    @Test
    void barnsleysClosestNeighbourIsRotherham() {
        assertThat(neighboursOf("E08000038").get(0))
                .isEqualTo(new StatisticalNeighbour("E08000038", 1, "E08000018", "Very close"));
    }

    @Test
    void barkingAndDagenhamsNeighboursStartWithEnfieldAndLuton() {
        assertThat(neighboursOf("E09000002").subList(0, 2))
                .containsExactly(
                        new StatisticalNeighbour("E09000002", 1, "E09000010", "Close"),
                        new StatisticalNeighbour("E09000002", 2, "E06000032", "Close"));
    }

    @Test
    void worcestershiresTenthNeighbourIsNorthYorkshireUnderItsCurrentCode() {
        assertThat(neighboursOf("E10000034").get(9))
                .isEqualTo(new StatisticalNeighbour("E10000034", 10, "E06000065", "Very close"));
    }

    @Test
    void neighboursAreRankedOneToTen() {
        assertThat(neighboursOf("E06000014"))
                .extracting(StatisticalNeighbour::rank)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
}
