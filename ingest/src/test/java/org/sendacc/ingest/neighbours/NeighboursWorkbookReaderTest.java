package org.sendacc.ingest.neighbours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sendacc.ingest.Processed;
import org.sendacc.rules.read.FileRejectedException;

/**
 * The statistical neighbours sheet's layout and broken values, in a small workbook of the real one's shape: two junk
 * rows (letters, column numbers), the header on row 3, groups from row 4, then "Old SNs:" and an abolished LA's
 * group.
 */
class NeighboursWorkbookReaderTest {
    static final String FILE = "sn_may_2025.xlsx";

    /** Darlington's May 2025 neighbours, written as a row of the sheet: number, name, number, then SNk and SNP. */
    private static final Object[] DARLINGTON = {
        841,
        "Darlington",
        841,
        1,
        "North East",
        807,
        "Very close",
        805,
        "Very close",
        390,
        "Very close",
        394,
        "Very close",
        393,
        "Close",
        806,
        "Close",
        808,
        "Close",
        370,
        "Close",
        392,
        "Close",
        812,
        "Close"
    };

    private static Object[] darlingtonWith(int column, Object value) {
        Object[] row = DARLINGTON.clone();
        row[column] = value;
        return row;
    }

    private static byte[] workbook(List<String> header, Object[]... groups) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("LA SN Groups");
            Row letters = sheet.createRow(0);
            Row numbers = sheet.createRow(1);
            Row names = sheet.createRow(2);
            for (int column = 0; column < header.size(); column++) {
                letters.createCell(column)
                        .setCellValue(column < 5 ? String.valueOf((char) ('A' + column)) : "" + (column - 2));
                numbers.createCell(column).setCellValue(column + 1);
                names.createCell(column).setCellValue(header.get(column));
            }
            int rowIndex = 3;
            for (Object[] group : groups) {
                write(sheet.createRow(rowIndex++), group);
            }
            sheet.createRow(rowIndex + 1).createCell(1).setCellValue("Old SNs:");
            Object[] oldDorset = darlingtonWith(0, 835);
            oldDorset[1] = "Dorset (Pre LG)";
            oldDorset[2] = 835;
            write(sheet.createRow(rowIndex + 3), oldDorset);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, Object[] cells) {
        for (int column = 0; column < cells.length; column++) {
            if (cells[column] instanceof Number number) {
                row.createCell(column).setCellValue(number.doubleValue());
            } else if (cells[column] instanceof String text) {
                row.createCell(column).setCellValue(text);
            }
        }
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("LA num", "LA Name", "LA number", "GOInd", "GOReg"));
        for (int rank = 1; rank <= 10; rank++) {
            header.add("SN" + rank);
            header.add("SNP");
        }
        return header;
    }

    private static Processed process(Object[]... groups) {
        return Processed.run(StatisticalNeighboursSource.source(), FILE, workbook(header(), groups));
    }

    @Test
    void readsTheGroupsAboveTheOldGroupsOnly() {
        Processed processed = process(DARLINGTON);

        assertThat(processed.accepted()).hasSize(10);
        assertThat(processed.rejected()).isEmpty();
        assertThat(processed.acceptedRows()).containsOnly(4L);
    }

    @Test
    void rejectsAnUnknownNeighbourNumberAndKeepsTheOtherNine() {
        Processed processed = process(darlingtonWith(5, 999));

        assertThat(processed.rules()).containsExactly("4:la.unknown");
        assertThat(processed.rejected().get(0).problem().message()).isEqualTo("unknown LA number '999'");
        assertThat(processed.accepted()).hasSize(9);
    }

    @Test
    void rejectsANeighbourAbolishedBeforeTheEdition() {
        Processed processed = process(darlingtonWith(5, 835));

        assertThat(processed.rules()).containsExactly("4:la.unknown");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("LA number '835' (Dorset) was not in use in 2025-05-01..2025-05-31: abolished 2019-04-01");
    }

    @Test
    void rejectsAnLaGivenAsItsOwnNeighbour() {
        Processed processed = process(darlingtonWith(5, 841));

        assertThat(processed.rules()).containsExactly("4:cross.self_neighbour");
    }

    @Test
    void rejectsANeighbourListedTwice() {
        // SN2 (column H) repeats SN1's 807.
        Processed processed = process(darlingtonWith(7, 807));

        assertThat(processed.rules()).containsExactly("4:row.duplicate_neighbour");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("LA 841 lists 807 as a neighbour more than once");
    }

    @Test
    void rejectsAClosenessBandItDoesNotKnow() {
        Processed processed = process(darlingtonWith(6, "Near"));

        assertThat(processed.rules()).containsExactly("4:value.pattern");
    }

    @Test
    void rejectsARowWhoseTwoLaNumbersDisagree() {
        Processed processed = process(darlingtonWith(2, 840));

        assertThat(processed.rules()).containsExactly("4:row.numbers_disagree");
        assertThat(processed.rejected().get(0).problem().message()).isEqualTo("'LA num' is 841 but 'LA number' is 840");
    }

    @Test
    void rejectsAFileNameThatDoesNotSayTheEdition() {
        byte[] bytes = workbook(header(), DARLINGTON);

        assertThatThrownBy(() -> new NeighboursWorkbookReader()
                        .open(
                                "sn_latest.xlsx",
                                new ByteArrayInputStream(bytes),
                                StatisticalNeighboursSource.contract()))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage("sn_latest.xlsx does not say which month's edition it is: name it like sn_may_2025.xlsx");
    }

    @Test
    void rejectsAHeaderWhoseClosenessColumnIsMissing() {
        List<String> header = header();
        header.set(10, "SN3P");

        assertThatThrownBy(() -> new NeighboursWorkbookReader()
                        .open(
                                FILE,
                                new ByteArrayInputStream(workbook(header, DARLINGTON)),
                                StatisticalNeighboursSource.contract()))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage(FILE + ": sheet 'LA SN Groups' header row 3 has 'SN3P' in column 11 where 'SNP' should be");
    }

    @Test
    void readsTheEditionMonthFromTheFileName() {
        assertThat(NeighboursWorkbookReader.edition("sn_march_2024.xlsx"))
                .hasValueSatisfying(edition -> assertThat(edition).hasToString("2024-03"));
        assertThat(NeighboursWorkbookReader.edition("sn_summary_2024.xlsx")).isEmpty();
    }
}
