package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one LA's {@code ehc_assessment_records_<la_code>.csv} in the local return template, planting the bad rows
 * the plan gives it.
 *
 * <p>The file is written as an LA's Windows export would be (UTF-8 with byte-order mark, CRLF), which the template
 * allows, so that the ingest meets both styles across the returns.
 */
final class AssessmentRecordsWriter implements Closeable {

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

    private final CsvLineWriter writer;
    private final String relativeName;
    private final List<PlantedDefects.PlantedRow> plantedRows;
    private final PlantedDefects register;
    private final PseudonymousIds plantedIds;
    private final StringBuilder line = new StringBuilder(128);
    private int dataRows;
    private int plantedCount;

    AssessmentRecordsWriter(
            Path outputFolder,
            String laCode,
            List<PlantedDefects.PlantedRow> plantedRows,
            PlantedDefects register,
            long seed) {
        requireNonNull(outputFolder, "outputFolder is null");
        requireNonNull(laCode, "laCode is null");
        this.relativeName = "returns/" + fileName(laCode);
        this.writer = CsvLineWriter.open(outputFolder.resolve(relativeName), true, CsvLineWriter.WINDOWS_LINE_END);
        this.plantedRows = List.copyOf(requireNonNull(plantedRows, "plantedRows is null"));
        this.register = requireNonNull(register, "register is null");
        this.plantedIds = new PseudonymousIds(seed, laCode, "planted-assessment-record");
        writer.write(HEADER);
    }

    static String fileName(String laCode) {
        return "ehc_assessment_records_" + laCode + ".csv";
    }

    void write(AssessmentRecord record) {
        requireNonNull(record, "record is null");
        writeFields(
                record.recordId(),
                record.laCode(),
                IsoDates.text(record.dateOfBirth()),
                IsoDates.text(record.requestDate()),
                IsoDates.text(record.decisionDate()),
                record.decision().text(),
                IsoDates.text(record.planIssueDate()),
                record.outcome().text(),
                record.exception() ? "Y" : "N");
        dataRows++;
        for (PlantedDefects.PlantedRow planted : plantedRows) {
            if (planted.afterDataRow() == dataRows) {
                plant(planted.rule(), record);
            }
        }
    }

    private void plant(PlantedDefect.Rule rule, AssessmentRecord previous) {
        String recordId = plantedIds.token(0, 0, 0, plantedCount++);
        String birth = IsoDates.text(previous.dateOfBirth());
        String request = IsoDates.text(previous.requestDate());
        String column;
        String value;
        switch (rule) {
            case DECISION_BEFORE_REQUEST -> {
                value = IsoDates.text(previous.requestDate() - 9);
                column = "decision_date";
                writeFields(recordId, previous.laCode(), birth, request, value, "not_assess", "", "", "N");
            }
            case UNKNOWN_LA_CODE -> {
                value = PlantedDefects.UNKNOWN_LA_CODE;
                column = "la_code";
                writeFields(recordId, value, birth, request, "", "", "", "", "N");
            }
            case FUTURE_REQUEST_DATE -> {
                value = PlantedDefects.FUTURE_DATE;
                column = "request_date";
                writeFields(recordId, previous.laCode(), birth, value, "", "", "", "", "N");
            }
            case DUPLICATE_RECORD_ID -> {
                value = previous.recordId();
                column = "record_id";
                writeFields(
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
        register.register(new PlantedDefect(relativeName, writer.records(), column, rule, value));
    }

    private void writeFields(String... fields) {
        line.setLength(0);
        for (int index = 0; index < fields.length; index++) {
            if (index > 0) {
                line.append(',');
            }
            line.append(fields[index]);
        }
        writer.writeLine(line);
    }

    /** Records written, header and planted rows included. */
    long records() {
        return writer.records();
    }

    String relativeName() {
        return relativeName;
    }

    @Override
    public void close() {
        writer.close();
    }
}
