package org.sendacc.ingest.ons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sendacc.ingest.Processed;

/** The reader on hand-made CSV exports of MYE2 - Persons: which rows it reads, and what it rejects whole. */
class MidYearPopulationReaderTest {
    /** Code, Name, Geography, All ages, then single years 0..90 and 90+ as the ONS header has them. */
    private static final String HEADER = "Code,Name,Geography,All ages,"
            + IntStream.rangeClosed(0, 89).mapToObj(Integer::toString).collect(Collectors.joining(",")) + ",90+";

    /** A row with {@code perYear} residents at each age 0 to 90+. */
    private static String row(String code, String name, String geography, long perYear) {
        return code + ",\"" + name + "\"," + geography + "," + perYear * 91 + ","
                + IntStream.rangeClosed(0, 90)
                        .mapToObj(age -> Long.toString(perYear))
                        .collect(Collectors.joining(","));
    }

    @Test
    void readsEnglandRegionsAndUpperTierLasOnly() {
        String csv = String.join(
                "\n",
                HEADER,
                row("K04000001", "ENGLAND AND WALES", "Country", 300),
                row("E92000001", "ENGLAND", "Country", 200),
                row("E12000001", "NORTH EAST", "Region", 20),
                row("E06000001", "Hartlepool", "Unitary Authority", 2),
                row("E11000007", "Tyne and Wear (Met County)", "Metropolitan County", 9),
                row("E07000026", "Allerdale", "Non-metropolitan District", 1),
                row("W06000001", "Isle of Anglesey", "Unitary Authority", 1));

        Processed table = Processed.run(MidYearPopulationSource.source(), "mye24tablesew.csv", csv);

        assertThat(table.rejected()).isEmpty();
        // England, the North East and Hartlepool; not England and Wales, the metropolitan county, the district or
        // the Welsh authority. Hartlepool aged 0-25: 26 single years of 2.
        assertThat(table.accepted()).hasSize(3);
        assertThat(table.value(2, "area_code")).isEqualTo("E06000001");
        assertThat(table.value(2, "age_0_25")).isEqualTo(52L);
        assertThat(table.value(0, "mid_year")).isEqualTo(2024L);
    }

    @Test
    void rejectsAFileWithoutTheColumnsItNeedsByName() {
        String csv = String.join("\n", "Code,Name,All ages,0,1", "E92000001,ENGLAND,10,5,5");

        Processed table = Processed.run(MidYearPopulationSource.source(), "mye24tablesew.csv", csv);

        assertThat(table.accepted()).isEmpty();
        assertThat(table.fileRules()).containsExactly("file.layout");
        assertThat(table.fileProblems().get(0).message()).contains("Geography", "25");
    }

    @Test
    void rejectsAFileThatDoesNotSayItsMidYear() {
        String csv = String.join("\n", HEADER, row("E92000001", "ENGLAND", "Country", 200));

        Processed table = Processed.run(MidYearPopulationSource.source(), "population_estimates.csv", csv);

        assertThat(table.accepted()).isEmpty();
        assertThat(table.fileRules()).containsExactly("file.no_mid_year");
    }
}
