package org.sendacc.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sendacc.reference.ReferenceData;
import org.sendacc.rules.returns.LocalReturnContracts;
import org.sendacc.rules.source.FileCheck;
import org.sendacc.rules.source.Source;
import org.sendacc.testing.HostileFiles;

/** Local returns as partners send them: CSV or an Excel workbook, values only. */
class LocalReturnReaderTest {
    private static final String NAME = "health_advice_requests_E09000016";
    private static final LocalDate RUN = LocalDate.of(2026, 12, 7);
    private static final Source HEALTH_ADVICE = LocalReturnContracts.all().stream()
            .filter(source -> source.id().equals("local.health_advice_requests"))
            .findFirst()
            .orElseThrow();

    private record Checked(List<FileCheck.Checked> records, FileCheck.CheckedFile file) {
        List<Long> acceptedRows() {
            return records.stream()
                    .filter(FileCheck.Checked::accepted)
                    .map(FileCheck.Checked::row)
                    .toList();
        }

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (FileCheck.Checked record : records) {
                record.problems()
                        .forEach(problem -> problems.add(
                                record.row() + " " + problem.column() + " " + problem.rule() + " " + problem.value()));
            }
            file.fileProblems().forEach(problem -> problems.add("file " + problem.rule()));
            return problems;
        }
    }

    private static Checked check(String fileName, byte[] bytes) throws IOException {
        FileCheck check = new FileCheck(HEALTH_ADVICE, ReferenceData.bundled(), RUN);
        FileCheck.CheckedFile file = check.open(fileName, new ByteArrayInputStream(bytes), bytes.length);
        List<FileCheck.Checked> records = new ArrayList<>();
        file.forEachRemaining(records::add);
        return new Checked(records, file);
    }

    @Test
    void theSameRulesReadTheCsvTemplate() throws IOException {
        String csv = String.join(
                "\n",
                "request_id,la_code,icb_ods_code,request_date,response_date,exception",
                "R0001,E09000016,QMF,2025-03-03,2025-04-01,N",
                "R0002,E09000016,QMF,2025-03-04,=HYPERLINK(\"http://x\"),N",
                "R0003,E09000016,QMF,2025-03-05,,-1",
                "R0004,E09000016,QMF,2025-03-06,,Y",
                "");
        Checked checked = check(NAME + ".csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(checked.acceptedRows()).containsExactly(2L, 5L);
        assertThat(checked.problems())
                .containsExactly(
                        "3 response_date value.formula =HYPERLINK(\"http://x\")",
                        // a plain negative number is no formula, and fails the column's own rule
                        "4 exception value.type -1");
    }

    @Test
    void aWorkbookIsReadByItsBytesWithExcelsRowNumbersDatesAsDatesAndNoFormulaRun() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Return");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            String[] header = {"request_id", "la_code", "icb_ods_code", "request_date", "response_date", "exception"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            // row 2: typed as text; row 3 left blank; row 4: Excel dates; row 5: a formula whose cached result is valid
            Row text = sheet.createRow(1);
            String[] values = {"R0001", "E09000016", "QMF", "2025-03-03", "2025-04-01", "N"};
            for (int i = 0; i < values.length; i++) {
                text.createCell(i).setCellValue(values[i]);
            }
            Row dates = sheet.createRow(3);
            dates.createCell(0).setCellValue("R0002");
            dates.createCell(1).setCellValue("E09000016");
            dates.createCell(2).setCellValue("QMF");
            dates.createCell(3).setCellValue(LocalDate.of(2025, 3, 4));
            dates.getCell(3).setCellStyle(date);
            dates.createCell(4).setCellValue(LocalDate.of(2025, 4, 2));
            dates.getCell(4).setCellStyle(date);
            dates.createCell(5).setCellValue("N");
            Row formula = sheet.createRow(4);
            formula.createCell(0).setCellValue("R0003");
            formula.createCell(1).setCellValue("E09000016");
            formula.createCell(2).setCellValue("QMF");
            formula.createCell(3).setCellFormula("D4+1");
            formula.getCell(3).setCellStyle(date);
            formula.createCell(5).setCellValue("N");
            // as Excel saves it: with the formula's result cached beside it (2025-03-05, a valid date)
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            // and a formula no spreadsheet has calculated: no cached result at all, still a formula
            Row uncalculated = sheet.createRow(5);
            uncalculated.createCell(0).setCellValue("R0004");
            uncalculated.createCell(1).setCellValue("E09000016");
            uncalculated.createCell(2).setCellValue("QMF");
            uncalculated.createCell(3).setCellValue("2025-03-06");
            uncalculated.createCell(4).setCellFormula("D6");
            uncalculated.createCell(5).setCellValue("N");
            book.write(out);
            workbook = out.toByteArray();
        }
        // named .csv on purpose: the bytes decide
        Checked checked = check(NAME + ".csv", workbook);
        assertThat(checked.acceptedRows()).containsExactly(2L, 4L);
        assertThat(checked.problems())
                .containsExactly("5 request_date value.formula =D4+1", "6 response_date value.formula =");
        assertThat(checked.records().get(1).values()).contains(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 4, 2));
    }

    @Test
    void aZipBombNamedXlsxIsRefusedWithoutBeingInflated() throws IOException {
        byte[] bomb = HostileFiles.zipBombWorkbook(200);
        assertThat(bomb.length).isLessThan(1_000_000);
        Checked checked = check(NAME + ".xlsx", bomb);
        assertThat(checked.acceptedRows()).isEmpty();
        assertThat(checked.file().fileProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(WorkbookSheets.UNREADABLE);
            assertThat(problem.message())
                    .isEqualTo(NAME + ".xlsx cannot be read as an Excel (.xlsx) workbook: its contents would"
                            + " expand to more than 100 times their compressed size, as a zip bomb's do");
        });
    }
}
