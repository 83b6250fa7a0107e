package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes one LA's {@code health_advice_requests_<la_code>.csv} in the local return template (UTF-8, no byte-order
 * mark, LF), planting the bad rows the plan gives it.
 */
final class HealthAdviceRequestsWriter extends LocalReturnWriter<HealthAdviceRequest> {

    static final List<String> HEADER =
            List.of("request_id", "la_code", "icb_ods_code", "request_date", "response_date", "exception");

    HealthAdviceRequestsWriter(
            Path outputFolder,
            String laCode,
            List<PlantedDefects.PlantedRow> plantedRows,
            PlantedDefects register,
            long seed) {
        super(
                outputFolder,
                "returns/" + fileName(requireNonNull(laCode, "laCode is null")),
                false,
                CsvLineWriter.UNIX_LINE_END,
                HEADER,
                plantedRows,
                register,
                new PseudonymousIds(seed, laCode, "planted-health-advice"));
    }

    static String fileName(String laCode) {
        return "health_advice_requests_" + laCode + ".csv";
    }

    void write(HealthAdviceRequest request) {
        requireNonNull(request, "request is null");
        writeDataRow(
                request,
                request.requestId(),
                request.laCode(),
                request.icbOdsCode(),
                IsoDates.text(request.requestDate()),
                IsoDates.text(request.responseDate()),
                request.exception() ? "Y" : "N");
    }

    @Override
    void plant(PlantedDefect.Rule rule, HealthAdviceRequest previous) {
        if (rule != PlantedDefect.Rule.UNKNOWN_ICB_CODE) {
            throw new IllegalArgumentException("rule " + rule + " cannot be planted in health advice requests");
        }
        writePlantedRow(
                rule,
                "icb_ods_code",
                PlantedDefects.UNKNOWN_ICB_CODE,
                nextPlantedId(),
                previous.laCode(),
                PlantedDefects.UNKNOWN_ICB_CODE,
                IsoDates.text(previous.requestDate()),
                IsoDates.text(previous.responseDate()),
                "N");
    }
}
