package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookTest {

    @TempDir
    Path folder;

    private Path write(String name) {
        XlsxWorkbook workbook = new XlsxWorkbook("title", LocalDate.of(2025, 3, 1));
        workbook.sheet("Table 4")
                .text(0, 0, "Total waiting list & more <by service>", XlsxWorkbook.Style.BOLD)
                .text(4, 2, "Organisation Name")
                .number(5, 27, 1234);
        Path file = folder.resolve(name);
        workbook.write(file);
        return file;
    }

    @Test
    void poiReadsBackTextAndNumbers() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(write("a.xlsx").toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("Table 4");

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Total waiting list & more <by service>");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("Organisation Name");
            assertThat(sheet.getRow(5).getCell(27).getNumericCellValue()).isEqualTo(1234.0);
        }
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        assertThat(Files.mismatch(write("a.xlsx"), write("b.xlsx"))).isEqualTo(-1L);
    }

    @Test
    void columnNamesFollowSpreadsheetLetters() {
        assertThat(XlsxWorkbook.columnName(0)).isEqualTo("A");
        assertThat(XlsxWorkbook.columnName(25)).isEqualTo("Z");
        assertThat(XlsxWorkbook.columnName(26)).isEqualTo("AA");
        assertThat(XlsxWorkbook.columnName(49)).isEqualTo("AX");
    }
}
