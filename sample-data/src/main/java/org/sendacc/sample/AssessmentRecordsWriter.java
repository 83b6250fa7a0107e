package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes one LA's {@code ehc_assessment_records_<la_code>.csv} in the local return template, planting the bad rows
 * the plan gives it.
 *
 * <p>The file is written as an LA's Windows export would be (UTF-8 with byte-order mark, CRLF), which the template
 * allows, so that the ingest meets both styles across the returns.
 */
final class AssessmentRecordsWriter extends LocalReturnWriter<AssessmentRecord> {

    static final List<String> HEADER = List.of(
            "record_id",
            "la_code",
            "date_of_birth",
            "request_date",
            "decision_date",
            "decision",
            "plan_issue_date",
            "assessment_outcome",
            "exception");

    AssessmentRecordsWriter(
            Path outputFolder,
            String laCode,
            List<PlantedDefects.PlantedRow> plantedRows,
            PlantedDefects register,
            long seed) {
        super(
                outputFolder,
                "returns/" + fileName(requireNonNull(laCode, "laCode is null")),
                true,
                CsvLineWriter.WINDOWS_LINE_END,
                HEADER,
                plantedRows,
                register,
                new PseudonymousIds(seed, laCode, "planted-assessment-record"));
    }

    static String fileName(String laCode) {
        return "ehc_assessment_records_" + laCode + ".csv";
    }

    void write(AssessmentRecord record) {
        requireNonNull(record, "record is null");
        writeDataRow(
                record,
                record.recordId(),
                record.laCode(),
                IsoDates.text(record.dateOfBirth()),
                IsoDates.text(record.requestDate()),
                IsoDates.text(record.decisionDate()),
                record.decision().text(),
                IsoDates.text(record.planIssueDate()),
                record.outcome().text(),
                record.exception() ? "Y" : "N");
    }

    @Override
    void plant(PlantedDefect.Rule rule, AssessmentRecord previous) {
        String recordId = nextPlantedId();
        String birth = IsoDates.text(previous.dateOfBirth());
        String request = IsoDates.text(previous.requestDate());
        switch (rule) {
            case DECISION_BEFORE_REQUEST -> {
                String value = IsoDates.text(previous.requestDate() - 9);
                writePlantedRow(
                        rule,
                        "decision_date",
                        value,
                        recordId,
                        previous.laCode(),
                        birth,
                        request,
                        value,
                        "not_assess",
                        "",
                        "",
                        "N");
            }
            case UNKNOWN_LA_CODE -> {
                String value = PlantedDefects.UNKNOWN_LA_CODE;
                writePlantedRow(rule, "la_code", value, recordId, value, birth, request, "", "", "", "", "N");
            }
            case FUTURE_REQUEST_DATE -> {
                String value = PlantedDefects.FUTURE_DATE;
                writePlantedRow(
                        rule, "request_date", value, recordId, previous.laCode(), birth, value, "", "", "", "", "N");
            }
            case DUPLICATE_RECORD_ID -> {
                String value = previous.recordId();
                writePlantedRow(
                        rule,
                        "record_id",
                        value,
                        value,
                        previous.laCode(),
                        birth,
                        IsoDates.text(previous.requestDate() + 1),
                        "",
                        "",
                        "",
                        "",
                        "N");
            }
            default -> throw new IllegalArgumentException("rule " + rule + " cannot be planted in assessment records");
        }
    }
}
