package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** The synthetic NHS workbook read back with POI, as the ingest would read it. */
class WaitingListWorkbookTest {

    private static final Path WORKBOOK =
            GeneratedSamples.defaultSample().resolve("nhs/community_health_2025-03-01.xlsx");
    private static final int SLT_COLUMN =
            3 + WaitingListWorkbookWriter.SERVICE_COLUMNS.indexOf("(CYP) Therapy interventions: Speech and language");

    @Test
    void bandsAddUpToTheTotalForEveryOrganisation() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(WORKBOOK.toFile(), null, true)) {
            Map<String, Double> totals = column(workbook.getSheet("Table 4"), SLT_COLUMN);
            Map<String, Double> sums = new HashMap<>();
            for (String band : List.of("4a", "4b", "4c", "4d", "4e", "4f", "4g")) {
                column(workbook.getSheet("Table " + band), SLT_COLUMN)
                        .forEach((organisation, value) -> sums.merge(organisation, value, Double::sum));
            }
            assertThat(sums).isEqualTo(totals);
        }
    }

    @Test
    void englandIsTheSumOfTheIcbs() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(WORKBOOK.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("Table 4");
            double england = 0;
            double icbs = 0;
            for (Row row : sheet) {
                Cell type = row.getCell(0);
                Cell value = row.getCell(SLT_COLUMN);
                if (type == null || value == null || value.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                if (type.getStringCellValue().equals("National")) {
                    england = value.getNumericCellValue();
                } else if (type.getStringCellValue().equals("ICB")) {
                    icbs += value.getNumericCellValue();
                }
            }
            assertThat(england).isPositive().isEqualTo(icbs);
        }
    }

    @Test
    void someIcbsHaveLongSpeechAndLanguageWaits() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(WORKBOOK.toFile(), null, true)) {
            Map<String, Double> overAYear = column(workbook.getSheet("Table 4g"), SLT_COLUMN);
            Map<String, Double> total = column(workbook.getSheet("Table 4"), SLT_COLUMN);
            long longWaitIcbs = overAYear.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith("ICB "))
                    .filter(entry -> entry.getValue() >= 0.1 * total.get(entry.getKey()))
                    .count();
            assertThat(longWaitIcbs).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aNonSubmittingProviderHasABlankRow() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(WORKBOOK.toFile(), null, true)) {
            long blankProviders = 0;
            for (Row row : workbook.getSheet("Table 4")) {
                Cell type = row.getCell(0);
                if (type != null && type.getStringCellValue().equals("Provider") && row.getLastCellNum() <= 3) {
                    blankProviders++;
                }
            }
            assertThat(blankProviders).isEqualTo(1);
        }
    }

    /** Organisation ("type code") to the numeric value in the column; blanks are left out. */
    private static Map<String, Double> column(Sheet sheet, int column) {
        Map<String, Double> values = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= WaitingListWorkbookWriter.HEADER_ROW_INDEX) {
                continue;
            }
            Cell value = row.getCell(column);
            if (value != null && value.getCellType() == CellType.NUMERIC) {
                Cell code = row.getCell(1);
                String key =
                        row.getCell(0).getStringCellValue() + " " + (code == null ? "" : code.getStringCellValue());
                values.put(key, value.getNumericCellValue());
            }
        }
        return values;
    }
}
