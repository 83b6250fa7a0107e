package org.sendacc.ingest.moj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.rules.read.FileRejectedException;

/**
 * The tribunal table's layout and its broken values, in a two-year table of the real file's shape (title, blank
 * rows, two-row header with footnote digits, a banner, quoted thousands, percentages, a footnote block) whose line 8
 * each test writes.
 */
class TribunalTableReaderTest {
    static final String FILE = "send_tribunals_appeal_rate_2023-2024.csv";

    private static String table(String line8) {
        return "\uFEFF\"SEND Appeal rate table 1: Appeal rate to the SEND Tribunal by local authorities in England"
                + " 2023-20242,3\",,,,,,,,,\r\n"
                + ",,,,,,,,,\r\n"
                + ",,,,,,,,,\r\n"
                + "Local Authority,LA code,2023,,,2024,,,,\r\n"
                + ",,Appeals registered4,Total Appealable Decisions1,SEND Tribunal Appeal Rate2,Appeals registered4,"
                + "\"Total Appealable Decisions1,9\",SEND Tribunal Appeal Rate2,"
                + "\"In development: Total Appealable Decisions1,8\",In development: SEND Tribunal Appeal Rate2\r\n"
                + "NORTH EAST,,,,,,,,,\r\n"
                + "Darlington,841,14,\"1,071\",1.30%,8,\"1,192\",0.70%,700,1.10%\r\n"
                + line8 + "\r\n"
                + "Gateshead,390,118,\"1,887\",6.30%,133,\"2,065\",6.40%,\"1,186\",11.20%\r\n"
                + "\"England Total4,9\",,\"15,615\",\"617,776\",2.50%,"
                + "\"22,276\",\"689,739\",3.20%,\"364,912\",6.10%\r\n"
                + ",,,,,,,,,\r\n"
                + "Notes: ,,,,,,,,,\r\n"
                + "\"1. Total Appealable Decisions is the sum of:\n- requests refused\n- plans in place\",,,,,,,,,\r\n"
                + ".. Not Available,,,,,,,,,\r\n"
                + "~ Suppressed ,,,,,,,,,\r\n";
    }

    private static Processed process(String line8) {
        return Processed.run(TribunalAppealRateSource.source(), FILE, table(line8));
    }

    private static Map<String, Object> durham(Processed processed, long year) {
        return AcceptedRecords.only(
                processed,
                Map.of(TribunalAppealRateSource.LA_NAME, "Durham", TribunalAppealRateSource.TIME_PERIOD, year));
    }

    @Test
    void readsEveryAreaAndYearOfAWellFormedTable() {
        // Darlington, Durham, Gateshead and England, two years each.
        Processed processed = process("Durham,840,211,\"4,833\",4.40%,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(processed.accepted()).hasSize(8);
        assertThat(processed.rejected()).isEmpty();
        assertThat(processed.acceptedRows()).containsExactly(7L, 7L, 8L, 8L, 9L, 9L, 10L, 10L);
    }

    @Test
    void readsADashAsZero() {
        Processed processed = process("Durham,840, - ,\"4,833\",0.00%,344,\"5,827\",5.90%,\"3,124\",11.00%");

        Map<String, Object> durham = durham(processed, 2023);
        assertThat(durham.get(TribunalAppealRateSource.APPEALS_REGISTERED)).isEqualTo(0L);
        assertThat(durham.get("missing_reasons")).isNull();
    }

    @Test
    void keepsDotsAndTildeAsMissingWithTheirReasons() {
        Processed processed = process("Durham,840, .. ,~,4.40%,344,\"5,827\",5.90%,\"3,124\",11.00%");

        Map<String, Object> durham = durham(processed, 2023);
        assertThat(durham.get(TribunalAppealRateSource.APPEALS_REGISTERED)).isNull();
        assertThat(durham.get(TribunalAppealRateSource.APPEALABLE_DECISIONS)).isNull();
        assertThat(durham.get(TribunalAppealRateSource.APPEAL_RATE_PCT)).isEqualTo(4.4);
        assertThat(durham.get("missing_reasons"))
                .isEqualTo(Map.of(
                        TribunalAppealRateSource.APPEALS_REGISTERED, "not available (..)",
                        TribunalAppealRateSource.APPEALABLE_DECISIONS, "suppressed (~)"));
    }

    @Test
    void keepsAYearWhoseEveryFigureIsSuppressed() {
        Processed processed = process("Durham,840,~,~,~,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(AcceptedRecords.reason(durham(processed, 2023), TribunalAppealRateSource.APPEAL_RATE_PCT))
                .isEqualTo("suppressed (~)");
    }

    @Test
    void skipsAYearWithNoFigureAtAll() {
        Processed processed = process("Durham,840,..,..,..,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(AcceptedRecords.matching(processed, Map.of(TribunalAppealRateSource.LA_NAME, "Durham")))
                .extracting(record -> record.get(TribunalAppealRateSource.TIME_PERIOD))
                .containsExactly(2024L);
    }

    @Test
    void rejectsTextInACountAndKeepsTheOtherRows() {
        Processed processed = process("Durham,840,2x1,\"4,833\",4.40%,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(processed.rules()).containsExactly("8:value.type");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("appeals_registered must be a whole number but is '2x1'");
        assertThat(processed.accepted()).hasSize(7);
    }

    @Test
    void rejectsANegativeCount() {
        Processed processed = process("Durham,840,-5,\"4,833\",..,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(processed.rules()).containsExactly("8:value.min");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("appeals_registered -5 is below the minimum 0");
    }

    @Test
    void rejectsMoreAppealsThanAppealableDecisions() {
        Processed processed = process("Durham,840,500,400,..,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(processed.rules()).containsExactly("8:cross.numerator_above_denominator");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("appeals_registered (500) is greater than appealable_decisions (400)");
    }

    @Test
    void rejectsARateThatIsNotAppealsOverDecisions() {
        // 211 / 4,833 is 4.37%, published rounded to one decimal as 4.40%; 3.40% is another row's rate.
        Processed processed = process("Durham,840,211,\"4,833\",3.40%,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(processed.rules()).containsExactly("8:cross.rate_mismatch");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("appeal_rate_pct 3.4 is not appeals_registered 211 over appealable_decisions 4833 (4.37)");
    }

    @Test
    void rejectsAnUnknownLaNumber() {
        Processed processed = process("Durham,999,211,\"4,833\",4.40%,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(processed.rules()).containsExactly("8:la.unknown", "8:la.unknown");
        assertThat(processed.rejected().get(0).problem().message()).isEqualTo("unknown LA number '999'");
        assertThat(processed.accepted()).hasSize(6);
    }

    @Test
    void rejectsAnLaNumberThatBelongsToAnotherLa() {
        Processed processed = process("Durham,841,211,\"4,833\",4.40%,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(processed.rules()).containsExactly("8:la.name_mismatch", "8:la.name_mismatch");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("LA number 841 is Darlington (E06000005) in 2023, not Durham");
    }

    @Test
    void matchesAnLaNameAcrossPublishersSpellings() {
        // The LA register says "County Durham"; MoJ writes "Durham".
        Processed processed = process("Durham,840,211,\"4,833\",4.40%,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(durham(processed, 2023).get(TribunalAppealRateSource.LA_CODE))
                .isEqualTo("E06000047");
    }

    @Test
    void rejectsAnLaUnderAnotherRegionsBanner() {
        // Durham (line 9) and Gateshead (line 10) are in the North East, not under SOUTH WEST.
        Processed processed = process(
                "SOUTH WEST,,,,,,,,,\r\n" + "Durham,840,211,\"4,833\",4.40%,344,\"5,827\",5.90%,\"3,124\",11.00%");

        assertThat(processed.rules())
                .containsExactly(
                        "9:la.region_mismatch",
                        "9:la.region_mismatch",
                        "10:la.region_mismatch",
                        "10:la.region_mismatch");
    }

    @Test
    void rejectsATruncatedRow() {
        Processed processed = process("Durham,840,211,\"4,833\"");

        assertThat(processed.rules()).containsExactly("8:row.field_count");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("the row has 4 fields but the header has 10 (truncated row?)");
    }

    @Test
    void rejectsASecondEnglandTotal() {
        Processed processed = process("England total excluding suppressed,,,,,\"22,082\",,,\"364,912\",5.70%");

        assertThat(processed.rules()).containsExactly("8:row.unmodelled_total");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("'England total excluding suppressed' is a second England total, which one record per"
                        + " area and year has no place for; its figures are not loaded");
    }

    @Test
    void rejectsAYearAfterTheRunDate() {
        // Processed counts 2026-11-22 as today.
        String future = table("Durham,840,211,\"4,833\",4.40%,344,\"5,827\",5.90%,\"3,124\",11.00%")
                .replace("Local Authority,LA code,2023,,,2024", "Local Authority,LA code,2026,,,2027");

        Processed processed = Processed.run(TribunalAppealRateSource.source(), FILE, future);

        assertThat(processed.rules())
                .containsExactly("7:period.future", "8:period.future", "9:period.future", "10:period.future");
    }

    @Test
    void rejectsAFileWithoutTheHeaderRow() {
        String noHeader = table("Durham,840,211,\"4,833\",4.40%,344,\"5,827\",5.90%,\"3,124\",11.00%")
                .replace("Local Authority,LA code", "Authority,Code");

        assertThatThrownBy(() -> open(noHeader))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage(FILE + " has no header row starting 'Local Authority, LA code' followed by a row of"
                        + " measures");
    }

    @Test
    void rejectsAMeasureItDoesNotKnow() {
        String renamed = table("Durham,840,211,\"4,833\",4.40%,344,\"5,827\",5.90%,\"3,124\",11.00%")
                .replace(",,Appeals registered4,", ",,Appeals lodged4,");

        assertThatThrownBy(() -> open(renamed))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage(FILE + ": the measure 'Appeals lodged4' is not one the table has");
    }

    @Test
    void stripsFootnoteDigitsAndCommasGluedToALabel() {
        assertThat(TribunalTableReader.withoutFootnotes("England Total4,9")).isEqualTo("England Total");
        assertThat(TribunalTableReader.withoutFootnotes("Bournemouth, Christchurch and Poole5"))
                .isEqualTo("Bournemouth, Christchurch and Poole");
    }

    @Test
    void normalisesThousandsAndPercentagesButNothingElse() {
        assertThat(TribunalTableReader.normalised("2,533")).isEqualTo("2533");
        assertThat(TribunalTableReader.normalised("1.30%")).isEqualTo("1.30");
        assertThat(TribunalTableReader.normalised(" - ")).isEqualTo("-");
        assertThat(TribunalTableReader.normalised("1,2,3")).isEqualTo("1,2,3");
    }

    private static void open(String content) throws Exception {
        new TribunalTableReader()
                .open(
                        FILE,
                        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                        TribunalAppealRateSource.contract());
    }
}
