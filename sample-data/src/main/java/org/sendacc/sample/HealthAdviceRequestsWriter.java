package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one LA's {@code health_advice_requests_<la_code>.csv} in the local return template (UTF-8, no byte-order
 * mark, LF), planting the bad rows the plan gives it.
 */
final class HealthAdviceRequestsWriter implements Closeable {

    static final List<String> HEADER =
            List.of("request_id", "la_code", "icb_ods_code", "request_date", "response_date", "exception");

    private final CsvLineWriter writer;
    private final String relativeName;
    private final List<PlantedDefects.PlantedRow> plantedRows;
    private final PlantedDefects register;
    private final PseudonymousIds plantedIds;
    private final StringBuilder line = new StringBuilder(96);
    private int dataRows;
    private int plantedCount;

    HealthAdviceRequestsWriter(
            Path outputFolder,
            String laCode,
            List<PlantedDefects.PlantedRow> plantedRows,
            PlantedDefects register,
            long seed) {
        requireNonNull(outputFolder, "outputFolder is null");
        requireNonNull(laCode, "laCode is null");
        this.relativeName = "returns/" + fileName(laCode);
        this.writer = CsvLineWriter.open(outputFolder.resolve(relativeName), false, CsvLineWriter.UNIX_LINE_END);
        this.plantedRows = List.copyOf(requireNonNull(plantedRows, "plantedRows is null"));
        this.register = requireNonNull(register, "register is null");
        this.plantedIds = new PseudonymousIds(seed, laCode, "planted-health-advice");
        writer.write(HEADER);
    }

    static String fileName(String laCode) {
        return "health_advice_requests_" + laCode + ".csv";
    }

    void write(HealthAdviceRequest request) {
        requireNonNull(request, "request is null");
        writeFields(
                request.requestId(),
                request.laCode(),
                request.icbOdsCode(),
                IsoDates.text(request.requestDate()),
                IsoDates.text(request.responseDate()),
                request.exception() ? "Y" : "N");
        dataRows++;
        for (PlantedDefects.PlantedRow planted : plantedRows) {
            if (planted.afterDataRow() == dataRows) {
                plant(planted.rule(), request);
            }
        }
    }

    private void plant(PlantedDefect.Rule rule, HealthAdviceRequest previous) {
        if (rule != PlantedDefect.Rule.UNKNOWN_ICB_CODE) {
            throw new IllegalArgumentException("rule " + rule + " cannot be planted in health advice requests");
        }
        String requestId = plantedIds.token(0, 0, 0, plantedCount++);
        writeFields(
                requestId,
                previous.laCode(),
                PlantedDefects.UNKNOWN_ICB_CODE,
                IsoDates.text(previous.requestDate()),
                IsoDates.text(previous.responseDate()),
                "N");
        register.register(new PlantedDefect(
                relativeName, writer.records(), "icb_ods_code", rule, PlantedDefects.UNKNOWN_ICB_CODE));
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
