package org.sendacc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendacc.ingest.ees.EesDatasets;
import org.sendacc.rules.returns.LocalReturnContracts;
import org.sendacc.rules.source.Source;

/**
 * Each malformed input is rejected with its own rule, naming row, column and value, while the valid rows of the
 * same file are kept. Files are built around rows that are valid on their own (rows 2 and 4 below), so a test
 * shows both halves: the bad row goes, the good rows stay.
 */
class MalformedInputTest {
    private static final String RECORDS_HEADER =
            "record_id,la_code,date_of_birth,request_date,decision_date,decision,plan_issue_date,assessment_outcome,exception";
    private static final String RECORD_ROW =
            "R0001,E06000005,2015-03-02,2024-01-10,2024-02-15,assess,2024-05-20,plan_issued,N";
    private static final String ADVICE_HEADER = "request_id,la_code,icb_ods_code,request_date,response_date,exception";
    private static final String ADVICE_ROW = "H0001,E06000005,QHM,2024-02-15,2024-03-20,N";

    private static final Source TIMELINESS = source(EesDatasets.all(), "dfe.timeliness_20_week");
    private static final Source RECORDS = source(LocalReturnContracts.all(), "local.ehc_assessment_records");
    private static final Source ADVICE = source(LocalReturnContracts.all(), "local.health_advice_requests");

    private static Source source(List<Source> sources, String id) {
        return sources.stream()
                .filter(source -> source.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The valid timeliness row with some columns replaced ("column=value" pairs). */
    private static String timeliness(String... replacements) {
        return replace(TimelinessRows.HEADER, TimelinessRows.ROW, replacements);
    }

    private static String record(String... replacements) {
        return replace(RECORDS_HEADER, RECORD_ROW, replacements);
    }

    private static String replace(String header, String row, String... replacements) {
        List<String> names = Arrays.asList(header.split(","));
        String[] values = row.split(",", -1);
        for (String replacement : replacements) {
            String[] pair = replacement.split("=", 2);
            int index = names.indexOf(pair[0]);
            assertThat(index).as("column %s", pair[0]).isNotNegative();
            values[index] = pair[1];
        }
        return String.join(",", values);
    }

    /** A file of header, a valid row, the given row, and another valid row: the bad row is row 3. */
    private static Processed sandwich(Source source, String header, String validRow, String badRow) {
        return Processed.run(source, "file.csv", String.join("\r\n", header, validRow, badRow, validRow) + "\r\n");
    }

    private static void assertOnlyRowThreeRejected(Processed processed, String rule, String column, String value) {
        assertThat(processed.rejected()).hasSize(1);
        Processed.Rejected rejected = processed.rejected().get(0);
        assertThat(rejected.row()).isEqualTo(3);
        assertThat(rejected.problem().rule()).isEqualTo(rule);
        assertThat(rejected.problem().column()).isEqualTo(column);
        assertThat(rejected.problem().value()).isEqualTo(value);
        assertThat(processed.acceptedRows()).containsExactly(2L, 4L);
        assertThat(processed.fileProblems()).isEmpty();
    }

    @Test
    void acceptsTheValidBaseRows() {
        Processed processed =
                Processed.run(TIMELINESS, "t.csv", TimelinessRows.HEADER + "\n" + TimelinessRows.ROW + "\n");
        assertThat(processed.acceptedRows()).containsExactly(2L);
        assertThat(processed.value(0, "la_code")).isEqualTo("E06000005");
        assertThat(processed.value(0, "plans_issued_den_ex")).isEqualTo(90L);
        assertThat(processed.value(0, "PC_plans_issued_20_weeks_ex")).isEqualTo(50.0);
        assertThat(processed.value(0, "period_start").toString()).isEqualTo("2024-01-01");
        assertThat(Processed.run(RECORDS, "r.csv", RECORDS_HEADER + "\n" + RECORD_ROW + "\n")
                        .acceptedRows())
                .containsExactly(2L);
        assertThat(Processed.run(ADVICE, "h.csv", ADVICE_HEADER + "\n" + ADVICE_ROW + "\n")
                        .acceptedRows())
                .containsExactly(2L);
    }

    @Test
    void rejectsTruncatedRow() {
        String truncated = TimelinessRows.ROW.substring(0, TimelinessRows.ROW.indexOf(",All EHC"));
        Processed processed = sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, truncated);
        assertOnlyRowThreeRejected(processed, "row.field_count", "", "10");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("the row has 10 fields but the header has 26 (truncated row?)");
    }

    @Test
    void rejectsRowWithWrongDelimiter() {
        Processed processed =
                sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, TimelinessRows.ROW.replace(',', ';'));
        assertOnlyRowThreeRejected(processed, "row.field_count", "", "1");
    }

    @Test
    void rejectsWholeFileWithWrongDelimiter() {
        Processed processed = Processed.run(
                TIMELINESS,
                "t.csv",
                TimelinessRows.HEADER.replace(',', ';') + "\n" + TimelinessRows.ROW.replace(',', ';') + "\n");
        assertThat(processed.fileRules()).containsExactly("file.delimiter");
        assertThat(processed.fileProblems().get(0).message())
                .isEqualTo("t.csv is not comma-separated: its header is separated by ';'");
        assertThat(processed.accepted()).isEmpty();
    }

    @Test
    void rejectsHeaderRepeatedAsDataRow() {
        assertOnlyRowThreeRejected(
                sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, TimelinessRows.HEADER),
                "row.repeated_header",
                "",
                "");
    }

    @Test
    void rejectsTextInCount() {
        Processed processed =
                sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, timeliness("plans_issued_den=ninety"));
        assertOnlyRowThreeRejected(processed, "value.type", "plans_issued_den", "ninety");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("plans_issued_den must be a whole number but is 'ninety'");
    }

    @Test
    void rejectsNegativeCount() {
        assertOnlyRowThreeRejected(
                sandwich(
                        TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, timeliness("plans_issued_gt_1_year=-3")),
                "value.min",
                "plans_issued_gt_1_year",
                "-3");
    }

    @Test
    void rejectsPercentageAboveHundred() {
        assertOnlyRowThreeRejected(
                sandwich(
                        TIMELINESS,
                        TimelinessRows.HEADER,
                        TimelinessRows.ROW,
                        timeliness("PC_plans_issued_20_weeks_ex=146.4")),
                "value.max",
                "PC_plans_issued_20_weeks_ex",
                "146.4");
    }

    @Test
    void rejectsNumeratorAboveDenominator() {
        Processed processed = sandwich(
                TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, timeliness("plans_issued_20_weeks_ex=91"));
        assertOnlyRowThreeRejected(processed, "cross.numerator_above_denominator", "plans_issued_20_weeks_ex", "91");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("plans_issued_20_weeks_ex (91) is greater than plans_issued_den_ex (90)");
    }

    @Test
    void rejectsUnknownLaCode() {
        Processed processed =
                sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, timeliness("new_la_code=E10000099"));
        assertOnlyRowThreeRejected(processed, "la.unknown", "new_la_code", "E10000099");
        assertThat(processed.rejected().get(0).problem().message()).contains("E10000099");
    }

    @Test
    void rejectsAbolishedLaCodeAfterItsAbolition() {
        // Northamptonshire (928) was split into North and West Northamptonshire on 2021-04-01.
        Processed processed = sandwich(
                TIMELINESS,
                TimelinessRows.HEADER,
                TimelinessRows.ROW,
                timeliness("new_la_code=E10000021", "old_la_code=928", "la_name=Northamptonshire"));
        assertOnlyRowThreeRejected(processed, "la.unknown", "new_la_code", "E10000021");
    }

    @Test
    void rejectsOldNumberOfAnotherLa() {
        assertOnlyRowThreeRejected(
                sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, timeliness("old_la_code=840")),
                "la.code_mismatch",
                "old_la_code",
                "840");
    }

    @Test
    void rejectsMalformedLaCode() {
        assertOnlyRowThreeRejected(
                sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, timeliness("new_la_code=E0600005")),
                "value.pattern",
                "new_la_code",
                "E0600005");
    }

    @Test
    void rejectsFuturePeriod() {
        assertOnlyRowThreeRejected(
                sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, timeliness("time_period=2027")),
                "period.future",
                "time_period",
                "2027");
    }

    @Test
    void rejectsPeriodThatDoesNotFitItsIdentifier() {
        assertOnlyRowThreeRejected(
                sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, timeliness("time_period=202425")),
                "period.invalid",
                "time_period",
                "202425");
    }

    @Test
    void rejectsUnknownGeographicLevel() {
        assertOnlyRowThreeRejected(
                sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, timeliness("geographic_level=Ward")),
                "value.allowed",
                "geographic_level",
                "Ward");
    }

    @Test
    void rejectsEmptyRequiredValue() {
        assertOnlyRowThreeRejected(
                sandwich(TIMELINESS, TimelinessRows.HEADER, TimelinessRows.ROW, timeliness("time_identifier=")),
                "value.required",
                "time_identifier",
                "");
    }

    @Test
    void rejectsWindows1252Bytes() {
        Charset windows1252 = Charset.forName("windows-1252");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((TimelinessRows.HEADER + "\n" + TimelinessRows.ROW + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes((timeliness("la_name=Darlington Borough £") + "\n").getBytes(windows1252));
        bytes.writeBytes((TimelinessRows.ROW + "\n").getBytes(StandardCharsets.UTF_8));
        Processed processed = Processed.run(TIMELINESS, "t.csv", bytes.toByteArray());
        assertThat(processed.rules()).containsExactly("3:row.encoding");
        assertThat(processed.rejected().get(0).problem().column()).isEqualTo("la_name");
        assertThat(processed.acceptedRows()).containsExactly(2L, 4L);
    }

    @Test
    void rejectsEmptyFile() {
        Processed processed = Processed.run(TIMELINESS, "t.csv", new byte[0]);
        assertThat(processed.fileRules()).containsExactly("file.empty");
        assertThat(processed.fileProblems().get(0).message()).isEqualTo("t.csv is empty: no header row");
    }

    @Test
    void rejectsHeaderOnlyFile() {
        Processed processed = Processed.run(TIMELINESS, "t.csv", TimelinessRows.HEADER + "\r\n");
        assertThat(processed.fileRules()).containsExactly("file.no_data_rows");
        assertThat(processed.accepted()).isEmpty();
    }

    @Test
    void rejectsFileMissingARequiredColumn() {
        String header = TimelinessRows.HEADER.replace(",plans_issued_den_ex,", ",plans_issued_den_excl,");
        Processed processed = Processed.run(TIMELINESS, "t.csv", header + "\n" + TimelinessRows.ROW + "\n");
        assertThat(processed.fileRules()).containsExactly("file.missing_columns");
        assertThat(processed.fileProblems().get(0).message())
                .isEqualTo("t.csv lacks required column plans_issued_den_ex");
    }

    @Test
    void keepsRowsBeforeAnUnterminatedQuote() {
        Processed processed = Processed.run(
                TIMELINESS,
                "t.csv",
                TimelinessRows.HEADER + "\n" + TimelinessRows.ROW + "\n" + timeliness("la_name=\"Darlington") + "\n");
        assertThat(processed.acceptedRows()).containsExactly(2L);
        assertThat(processed.fileRules()).containsExactly("file.malformed");
    }

    @Test
    void conflictingDuplicateColumnsRejectTheRowButAgreeingOnesPass() {
        String header = TimelinessRows.HEADER + ",plans_issued_den";
        Processed processed = Processed.run(
                TIMELINESS,
                "t.csv",
                String.join(
                                "\n",
                                header,
                                TimelinessRows.ROW + ",100",
                                TimelinessRows.ROW + ",99",
                                TimelinessRows.ROW + ",100")
                        + "\n");
        assertThat(processed.rules()).containsExactly("3:row.duplicate_column_conflict");
        assertThat(processed.acceptedRows()).containsExactly(2L, 4L);
    }

    @Test
    void keepsSymbolsAsMissingWithTheirReasonNeverZero() {
        Processed processed = Processed.run(
                TIMELINESS,
                "t.csv",
                TimelinessRows.HEADER + "\n" + timeliness("plans_issued_gt_1_year=x", "pc_plans_issued_gt_1_year=c")
                        + "\n");
        assertThat(processed.acceptedRows()).containsExactly(2L);
        assertThat(processed.value(0, "plans_issued_gt_1_year")).isNull();
        assertThat(processed.value(0, "pc_plans_issued_gt_1_year")).isNull();
        @SuppressWarnings("unchecked")
        java.util.Map<String, String> reasons = (java.util.Map<String, String>) processed.value(0, "missing_reasons");
        assertThat(reasons.get("plans_issued_gt_1_year")).isEqualTo("not available (x)");
        assertThat(reasons.get("pc_plans_issued_gt_1_year")).isEqualTo("suppressed (c)");
    }

    @Test
    void rejectsDecisionBeforeRequest() {
        Processed processed = Processed.run(
                RECORDS,
                "r.csv",
                String.join(
                                "\n",
                                RECORDS_HEADER,
                                RECORD_ROW,
                                record("record_id=R0002", "decision_date=2024-01-09"),
                                record("record_id=R0003"))
                        + "\n");
        assertThat(processed.rules()).containsExactly("3:cross.date_order");
        Processed.Rejected rejected = processed.rejected().get(0);
        assertThat(rejected.problem().column()).isEqualTo("decision_date");
        assertThat(rejected.problem().message())
                .isEqualTo("decision_date 2024-01-09 is before request_date 2024-01-10");
        assertThat(processed.acceptedRows()).containsExactly(2L, 4L);
    }

    @Test
    void rejectsDuplicateRecordId() {
        Processed processed = sandwich(RECORDS, RECORDS_HEADER, RECORD_ROW, record("record_id=R0002"));
        assertThat(processed.rules()).containsExactly("4:row.duplicate_id");
        assertThat(processed.acceptedRows()).containsExactly(2L, 3L);
    }

    @Test
    void rejectsFutureRequestDate() {
        Processed processed = Processed.run(
                RECORDS,
                "r.csv",
                String.join(
                                "\n",
                                RECORDS_HEADER,
                                RECORD_ROW,
                                record(
                                        "record_id=R0002",
                                        "request_date=2026-12-01",
                                        "decision_date=",
                                        "decision=",
                                        "plan_issue_date=",
                                        "assessment_outcome="))
                        + "\n");
        assertThat(processed.rules()).containsExactly("3:value.future_date");
        assertThat(processed.acceptedRows()).containsExactly(2L);
    }

    @Test
    void rejectsInvalidDate() {
        Processed processed = Processed.run(
                RECORDS,
                "r.csv",
                RECORDS_HEADER + "\n" + RECORD_ROW + "\n" + record("record_id=R0002", "request_date=2024-02-30")
                        + "\n");
        assertThat(processed.rules()).containsExactly("3:value.type");
        assertThat(processed.acceptedRows()).containsExactly(2L);
    }

    @Test
    void rejectsPlanIssuedWithoutDecisionToAssess() {
        Processed processed = Processed.run(
                RECORDS,
                "r.csv",
                RECORDS_HEADER + "\n" + RECORD_ROW + "\n" + record("record_id=R0002", "decision=not_assess") + "\n");
        assertThat(processed.rules()).containsExactly("3:cross.plan_without_assessment");
    }

    @Test
    void withholdsPersonalValuesFromRejections() {
        Processed processed = Processed.run(
                RECORDS,
                "r.csv",
                RECORDS_HEADER + "\n" + record("date_of_birth=1990-07-14") + "\n"
                        + record("record_id=R0003", "date_of_birth=14/07/2015") + "\n");
        assertThat(processed.rules()).containsExactly("2:value.age_out_of_range", "3:value.type");
        for (Processed.Rejected rejected : processed.rejected()) {
            assertThat(rejected.problem().value()).isEqualTo("[withheld]");
            assertThat(rejected.problem().message()).doesNotContain("1990").doesNotContain("2015");
        }
    }

    @Test
    void dropsDateOfBirthAndKeepsOnlyTheAge() {
        Processed processed = Processed.run(RECORDS, "r.csv", RECORDS_HEADER + "\n" + RECORD_ROW + "\n");
        assertThat(org.sendacc.ingest.source.Provenance.tableSchema(RECORDS.contract())
                        .fieldNames())
                .doesNotContain("date_of_birth")
                .contains("age_at_request");
        assertThat(processed.value(0, "age_at_request")).isEqualTo(8);
    }

    @Test
    void rejectsUnknownIcb() {
        String bad = ADVICE_ROW.replace("H0001", "H0002").replace("QHM", "QZZ");
        Processed processed = sandwich(ADVICE, ADVICE_HEADER, ADVICE_ROW, bad);
        assertThat(processed.rules()).containsExactly("3:icb.unknown", "4:row.duplicate_id");
    }

    @Test
    void acceptsAnInheritedCaseUnderTheSuccessorsCode() {
        // BCP (created 2019-04-01) holds the 2017 request Bournemouth received.
        Processed processed = Processed.run(
                RECORDS,
                "r.csv",
                RECORDS_HEADER + "\n"
                        + record(
                                "la_code=E06000058",
                                "request_date=2017-01-04",
                                "decision_date=2017-02-01",
                                "plan_issue_date=2017-05-01")
                        + "\n");
        assertThat(processed.acceptedRows()).containsExactly(2L);
        assertThat(processed.value(0, "la_code")).isEqualTo("E06000058");
    }

    @Test
    void rejectsAPredecessorsCodeForARequestAfterItsAbolition() {
        Processed processed = Processed.run(
                RECORDS,
                "r.csv",
                RECORDS_HEADER + "\n" + RECORD_ROW + "\n" + record("record_id=R0002", "la_code=E06000028") + "\n");
        assertThat(processed.rules()).containsExactly("3:la.unknown");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo(
                        "LA code 'E06000028' (Bournemouth) was not in use in 2024-01-10..2026-11-22: abolished 2019-04-01");
    }
}
