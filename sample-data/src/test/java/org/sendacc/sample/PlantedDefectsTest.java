package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendacc.reference.LaResolution;
import org.sendacc.reference.ReferenceData;

class PlantedDefectsTest {

    private static List<SampleFiles.PlantedRow> planted() {
        return SampleFiles.plantedRows(GeneratedSamples.defaultSample().resolve("README.md"));
    }

    @Test
    void readmeListsFiveToTenPlantedRowsEachBreakingADifferentRule() {
        List<SampleFiles.PlantedRow> rows = planted();

        assertThat(rows).hasSizeBetween(5, 10);
        assertThat(rows.stream().map(SampleFiles.PlantedRow::rule).distinct()).hasSameSizeAs(rows);
    }

    @Test
    void eachPlantedValueIsAtTheListedLineAndColumn() {
        Path sample = GeneratedSamples.defaultSample();
        for (SampleFiles.PlantedRow row : planted()) {
            Map<String, String> fields = SampleFiles.line(sample.resolve(row.file()), row.line());
            assertThat(fields.get(row.column()))
                    .as("%s line %d", row.file(), row.line())
                    .isEqualTo(row.value());
        }
    }

    @Test
    void eachPlantedRowBreaksTheRuleItIsListedUnder() {
        Path sample = GeneratedSamples.defaultSample();
        ReferenceData reference = ReferenceData.bundled();
        for (SampleFiles.PlantedRow row : planted()) {
            Path file = sample.resolve(row.file());
            Map<String, String> fields = SampleFiles.line(file, row.line());
            String value = row.value();
            switch (row.rule()) {
                case "DECISION_BEFORE_REQUEST" ->
                    assertThat(LocalDate.parse(value)).isBefore(LocalDate.parse(fields.get("request_date")));
                case "UNKNOWN_LA_CODE" ->
                    assertThat(reference
                                    .laCodeResolver()
                                    .resolve(value, LocalDate.of(2017, 1, 1), LocalDate.of(2026, 1, 31)))
                            .isInstanceOf(LaResolution.Unresolved.class);
                case "FUTURE_REQUEST_DATE" -> assertThat(LocalDate.parse(value)).isAfter(LocalDate.now());
                case "DUPLICATE_RECORD_ID" ->
                    assertThat(SampleFiles.rows(file).stream()
                                    .filter(other -> other.get("record_id").equals(value)))
                            .hasSize(2);
                case "UNKNOWN_ICB_CODE" ->
                    assertThat(reference.icbByOdsCode(value)).isEmpty();
                case "CONTACT_AFTER_CENSUS" ->
                    assertThat(LocalDate.parse(value)).isAfter(LocalDate.parse(fields.get("census_date")));
                case "NUMERATOR_ABOVE_DENOMINATOR" ->
                    assertThat(Long.parseLong(value)).isGreaterThan(Long.parseLong(fields.get("plans_issued_den")));
                case "TEXT_IN_COUNT" -> assertThat(value).doesNotMatch("[0-9]+|x|c|z|low");
                case "NEGATIVE_COUNT" -> assertThat(Long.parseLong(value)).isNegative();
                case "PERCENT_ABOVE_100" ->
                    assertThat(Double.parseDouble(value)).isGreaterThan(100);
                default -> throw new AssertionError("unknown rule " + row.rule());
            }
        }
    }

    @Test
    void repositoryReadmeListsTheDefaultSamplesPlantedRows() {
        Set<SampleFiles.PlantedRow> documented = new HashSet<>(SampleFiles.plantedRows(Path.of("README.md")));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(planted());
    }
}
