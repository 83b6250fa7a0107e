package org.sendacc.ingest.nhs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.warehouse.WarehouseTables.NhsAutismStatistics;
import org.sendacc.ingest.Processed;

/**
 * NHS England's Autism Statistics long format: read from .csv or .csv.gz; Sub-ICB Locations and ICBs resolved on
 * either boundaries; "*" kept as NHS England's suppression; a period that is not a month, or an area nobody knows,
 * rejected by row, column, rule and value.
 */
class AutismStatisticsSourceTest {
    static final String HEADER = "REPORTING_PERIOD_START,REPORTING_PERIOD_END,STATUS,BREAKDOWN,PRIMARY_LEVEL,"
            + "PRIMARY_LEVEL_DESCRIPTION,SECONDARY_LEVEL,SECONDARY_LEVEL_DESCRIPTION,METRIC,METRIC_DESCRIPTION,"
            + "METRIC_VALUE\n";
    static final String SUB_ICB = "CCG or Sub ICB Location - GP Practice or Residence";

    static String row(String start, String end, String breakdown, String code, String secondary, String value) {
        return start + "," + end + ",Latest Available Data," + breakdown + "," + code + ",NAME," + secondary + ","
                + secondary + ",ASD16b,\"Number of patients aged 0 to 17 with an open \"\"suspected autism\"\""
                + " referral\"," + value + "\n";
    }

    static final String FILE = HEADER
            + row("01/07/2022", "31/07/2022", SUB_ICB, "00L", "NONE", "430") // row 2: in QHM
            + row("01/07/2022", "31/07/2022", SUB_ICB, "E38000246", "NONE", "1100") // row 3: 92A by its 2022 code
            + row("01/07/2022", "31/07/2022", SUB_ICB, "07G", "NONE", "*") // row 4: suppressed
            + row("01/07/2022", "31/07/2022", SUB_ICB, "UNKNOWN", "NONE", "3890") // row 5: location not known
            + row("01/07/2022", "31/07/2022", SUB_ICB + "; Age Group", "00L", "Under 10", "235") // row 6
            + row("01/07/2022", "31/07/2022", "ICB - GP Practice or Residence", "E54000063", "NONE", "1100") // row 7
            + row("01/07/2022", "31/07/2022", "England", "England", "NONE", "76170") // row 8
            + row("01/07/2022", "01/07/2022", SUB_ICB, "01J", "NONE", "5") // row 9: one day
            + row("01/07/2022", "31/07/2022", SUB_ICB, "99Z", "NONE", "10") // row 10: no such location
            + row("01/07/2022", "31/07/2022", "ICB - GP Practice or Residence", "QZZ", "NONE", "10"); // row 11

    @Test
    void resolvesAreasKeepsSuppressionAndRejectsTheRestByRule() {
        Processed table = Processed.run(AutismStatisticsSource.source(), "AutismStatsDec22_subICB.csv", FILE);
        assertThat(table.acceptedRows()).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(table.value(0, NhsAutismStatistics.ICB_ODS_CODE)).isEqualTo("QHM");
        assertThat(table.value(0, NhsAutismStatistics.AREA_LEVEL)).isEqualTo("Sub-ICB Location");
        assertThat(table.value(0, NhsAutismStatistics.PERIOD_START)).hasToString("2022-07-01");
        assertThat(table.value(1, NhsAutismStatistics.ICB_ODS_CODE)).isEqualTo("QXU");
        assertThat(table.value(2, NhsAutismStatistics.METRIC_VALUE)).isNull();
        assertThat(table.value(3, NhsAutismStatistics.ICB_ODS_CODE)).isNull();
        assertThat(table.value(5, NhsAutismStatistics.AREA_LEVEL)).isEqualTo("ICB");
        assertThat(table.value(5, NhsAutismStatistics.ICB_ODS_CODE)).isEqualTo("QXU");
        assertThat(table.value(6, NhsAutismStatistics.AREA_LEVEL)).isEqualTo("England");
        assertThat(table.rejected())
                .extracting(rejected -> rejected.row() + " "
                        + rejected.problem().column() + " " + rejected.problem().rule() + " "
                        + rejected.problem().value())
                .containsExactly(
                        "9 REPORTING_PERIOD_END period.not_a_month 01/07/2022-01/07/2022",
                        "10 PRIMARY_LEVEL sub_icb.unknown 99Z",
                        "11 PRIMARY_LEVEL icb.unknown QZZ");
    }

    @Test
    void aGzippedFileReadsAsItsCsvAndAFileNamedGzThatIsNotIsRejected() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(FILE.getBytes(StandardCharsets.UTF_8));
        }
        Processed gzipped =
                Processed.run(AutismStatisticsSource.source(), "AutismStatsDec22_subICB.csv.gz", bytes.toByteArray());
        assertThat(gzipped.acceptedRows()).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(gzipped.rejected()).hasSize(3);

        Processed plain = Processed.run(AutismStatisticsSource.source(), "AutismStatsDec22_subICB.csv.gz", FILE);
        assertThat(plain.accepted()).isEmpty();
        assertThat(plain.fileRules()).containsExactly("file.malformed");
    }

    @Test
    void theLevelComesFromTheBreakdownsFirstPart() {
        assertThat(Map.of(
                        "England; Age Group", AutismStatisticsSource.level("England; Age Group"),
                        "Sub ICB Location - GP Practice or Residence",
                                AutismStatisticsSource.level("Sub ICB Location - GP Practice or Residence"),
                        "Provider", AutismStatisticsSource.level("Provider")))
                .containsEntry("England; Age Group", "England")
                .containsEntry("Sub ICB Location - GP Practice or Residence", "Sub-ICB Location")
                .containsEntry("Provider", "Other");
    }
}
