package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/** The generated files must have the real publications' layouts, read from the real files themselves. */
@Tag(Tiers.REAL_DATA)
class RealLayoutTest {

    private static final String MOJ_REAL = "dfe-ehcp-2025/send_tribunals_appeal_rate_2014-2024.csv";
    private static final String MOJ_SAMPLE = "moj/send_tribunals_appeal_rate_2019-2025.csv";
    private static final String NHS_REAL = "nhs-community-health/community_health_2023-12-01.xlsx";
    private static final String NHS_SAMPLE = "nhs/community_health_2025-03-01.xlsx";

    @ParameterizedTest
    @ValueSource(strings = {"timeliness_20_week.csv", "requests.csv", "caseload.csv", "sen2_dmo_dco.csv"})
    void eesHeaderEqualsTheRealFilesHeader(String file) {
        List<String> real =
                SampleFiles.header(RealData.root().resolve("dfe-ehcp-2025").resolve(file));
        List<String> sample = SampleFiles.header(
                GeneratedSamples.defaultSample().resolve("ees").resolve(file));

        assertThat(sample).isEqualTo(real);
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeliness_20_week.csv", "requests.csv", "caseload.csv", "sen2_dmo_dco.csv"})
    void eesFileStartsWithByteOrderMarkAndEndsLinesWithCrlf(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(
                GeneratedSamples.defaultSample().resolve("ees").resolve(file));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFtime_period,");
        assertThat(text.split("\r\n", -1))
                .hasSize((int) text.chars().filter(c -> c == '\n').count() + 1);
    }

    @Test
    void headlineBreakdownRowsUseTheRealFilesWording() {
        assertThat(breakdowns(
                        "timeliness_20_week.csv",
                        GeneratedSamples.defaultSample().resolve("ees")))
                .isSubsetOf(breakdowns("timeliness_20_week.csv", RealData.root().resolve("dfe-ehcp-2025")));
        assertThat(breakdowns("requests.csv", GeneratedSamples.defaultSample().resolve("ees")))
                .isSubsetOf(breakdowns("requests.csv", RealData.root().resolve("dfe-ehcp-2025")));
        assertThat(breakdowns("caseload.csv", GeneratedSamples.defaultSample().resolve("ees")))
                .isSubsetOf(breakdowns("caseload.csv", RealData.root().resolve("dfe-ehcp-2025")));
    }

    private static Set<String> breakdowns(String file, Path folder) {
        Set<String> pairs = new LinkedHashSet<>();
        for (Map<String, String> row : SampleFiles.rows(folder.resolve(file))) {
            if (row.get("breakdown_topic").startsWith("All")) {
                pairs.add(row.get("breakdown_topic") + " / " + row.get("breakdown"));
            }
        }
        return pairs;
    }

    @Test
    void mojTitleRowHasTheRealPrefixAndGluedFootnoteDigits() {
        String real = mojRecords(RealData.root().resolve(MOJ_REAL)).get(0).get(0);
        String sample = mojRecords(GeneratedSamples.defaultSample().resolve(MOJ_SAMPLE))
                .get(0)
                .get(0);

        assertThat(sample.substring(0, sample.indexOf(" England ")))
                .isEqualTo(real.substring(0, real.indexOf(" England ")));
        assertThat(sample).endsWith("2,3");
    }

    @Test
    void mojHeaderHasTheRealTwoRowShape() {
        List<List<String>> real = mojRecords(RealData.root().resolve(MOJ_REAL));
        List<List<String>> sample = mojRecords(GeneratedSamples.defaultSample().resolve(MOJ_SAMPLE));

        assertThat(shape(sample.get(1)))
                .isEqualTo(shape(real.get(1)).subList(0, sample.get(1).size()));
        assertThat(shape(sample.get(2)))
                .isEqualTo(shape(real.get(2)).subList(0, sample.get(2).size()));
        assertThat(sample.get(3).subList(0, 2)).isEqualTo(real.get(3).subList(0, 2));
        assertThat(yearPattern(sample.get(3))).matches("\\.\\.(Y\\.\\.){7}\\.\\.");
        assertThat(yearPattern(real.get(3))).matches("\\.\\.(Y\\.\\.){11}\\.\\.");
        assertThat(new LinkedHashSet<>(sample.get(4))).isSubsetOf(new LinkedHashSet<>(real.get(4)));
        assertThat(tail(sample.get(4))).isEqualTo(tail(real.get(4)));
        assertThat(sample.get(5).get(0)).isEqualTo(real.get(5).get(0)).isEqualTo("NORTH EAST");
    }

    @Test
    void mojFileHasEveryRowAsWideAsTheHeaderWithTwoInDevelopmentColumns() {
        List<List<String>> sample = mojRecords(GeneratedSamples.defaultSample().resolve(MOJ_SAMPLE));
        int years = 2025 - 2019 + 1;

        assertThat(sample).allSatisfy(record -> assertThat(record).hasSize(2 + 3 * years + 2));
    }

    @Test
    void mojFileHasTheRealTotalRowAndLegend() {
        List<List<String>> sample = mojRecords(GeneratedSamples.defaultSample().resolve(MOJ_SAMPLE));
        List<String> firstColumn = sample.stream().map(record -> record.get(0)).toList();

        assertThat(firstColumn).contains("England Total4,9", "England total excluding suppressed", "INNER LONDON");
        assertThat(firstColumn.subList(firstColumn.size() - 2, firstColumn.size()))
                .containsExactly(".. Not Available", "~ Suppressed ");
    }

    @Test
    void mojFileUsesTheRealSymbols() throws IOException {
        String text = Files.readString(GeneratedSamples.defaultSample().resolve(MOJ_SAMPLE), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF").contains(", - ,", ",\"1,", ",~,", " .. ", "%\r\n");
    }

    private static List<List<String>> mojRecords(Path file) {
        return SampleFiles.records(file);
    }

    /** Empty or not, field by field. */
    private static List<Boolean> shape(List<String> record) {
        List<Boolean> shape = new ArrayList<>();
        for (String field : record) {
            shape.add(field.isEmpty());
        }
        return shape;
    }

    /** "Y" where a year is written, "." for an empty cell, from column 2 on. */
    private static String yearPattern(List<String> record) {
        StringBuilder pattern = new StringBuilder("..");
        for (String field : record.subList(2, record.size())) {
            pattern.append(field.matches("20[0-9]{2}") ? 'Y' : field.isEmpty() ? '.' : '?');
        }
        return pattern.toString();
    }

    private static List<String> tail(List<String> record) {
        return record.subList(record.size() - 2, record.size());
    }

    /** What the layout tests need from a workbook, read once: sheet names and the first rows of each sheet. */
    private record WorkbookLayout(Set<String> sheetNames, Map<String, List<List<String>>> firstRows) {}

    private static final Map<Path, WorkbookLayout> LAYOUTS = new ConcurrentHashMap<>();

    private static WorkbookLayout layout(Path file) {
        return LAYOUTS.computeIfAbsent(file, RealLayoutTest::readLayout);
    }

    private static WorkbookLayout readLayout(Path file) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter();
            Set<String> names = new LinkedHashSet<>();
            Map<String, List<List<String>>> firstRows = new HashMap<>();
            for (Sheet sheet : workbook) {
                names.add(sheet.getSheetName());
                List<List<String>> rows = new ArrayList<>();
                for (int index = 0; index <= WaitingListWorkbookWriter.HEADER_ROW_INDEX; index++) {
                    Row row = sheet.getRow(index);
                    List<String> texts = new ArrayList<>();
                    if (row != null) {
                        for (Cell cell : row) {
                            while (texts.size() < cell.getColumnIndex()) {
                                texts.add("");
                            }
                            texts.add(formatter.formatCellValue(cell));
                        }
                    }
                    while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
                        texts.remove(texts.size() - 1);
                    }
                    rows.add(texts);
                }
                firstRows.put(sheet.getSheetName(), rows);
            }
            return new WorkbookLayout(names, firstRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void nhsWorkbookTableHeaderEqualsTheRealTable4Header() {
        List<String> real = layout(RealData.root().resolve(NHS_REAL))
                .firstRows()
                .get("Table 4")
                .get(4);
        List<String> sample = layout(GeneratedSamples.defaultSample().resolve(NHS_SAMPLE))
                .firstRows()
                .get("Table 4")
                .get(4);

        assertThat(sample).isEqualTo(real);
    }

    @Test
    void nhsWorkbookHasTheRealSheetsThatCarryWaitingListsByBand() {
        Set<String> real = layout(RealData.root().resolve(NHS_REAL)).sheetNames();
        Set<String> sample =
                layout(GeneratedSamples.defaultSample().resolve(NHS_SAMPLE)).sheetNames();

        assertThat(sample)
                .contains("Table 4", "Table 4a", "Table 4b", "Table 4c", "Table 4d", "Table 4e", "Table 4f", "Table 4g")
                .isSubsetOf(real);
    }

    @Test
    void nhsWorkbookNotesSitAboveTheHeaderAsInTheRealOne() {
        for (String sheet : List.of("Table 4", "Table 4a", "Table 4g")) {
            List<String> real = columnA(layout(RealData.root().resolve(NHS_REAL)), sheet);
            List<String> sample =
                    columnA(layout(GeneratedSamples.defaultSample().resolve(NHS_SAMPLE)), sheet);

            assertThat(sample.get(0))
                    .startsWith(real.get(0).substring(0, real.get(0).lastIndexOf(',')));
            assertThat(sample.subList(1, 5)).isEqualTo(real.subList(1, 5));
        }
    }

    private static List<String> columnA(WorkbookLayout layout, String sheet) {
        List<String> column = new ArrayList<>();
        for (List<String> row : layout.firstRows().get(sheet)) {
            column.add(row.isEmpty() ? "" : row.get(0));
        }
        return column;
    }
}
