package org.sendacc.ingest.d2i;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.contract.warehouse.WarehouseTables.D2iAttendance;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordReader;
import org.sendacc.rules.read.RecordStream;

/**
 * Reads the LA analysts' network's attendance dashboard JSON: {@code {"metric": ..., "records": [...]}}, each record an
 * LA, academic year, phase and SEND group with {@code send_value} and {@code no_sen_value}. A record's fields become
 * cells by name; a number is written as JSON gives it, a null as a blank cell (the contract's missing value). Record
 * numbers count from 1 in the file's order.
 */
public final class AttendanceJsonReader implements RecordReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of(
            D2iAttendance.METRIC,
            D2iAttendance.LA_CODE,
            D2iAttendance.LA_NAME,
            D2iAttendance.TIME_PERIOD,
            D2iAttendance.EDUCATION_PHASE,
            D2iAttendance.SEND_GROUP,
            D2iAttendance.SEND_VALUE,
            D2iAttendance.NO_SEN_VALUE);

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FileRejectedException("file.malformed", fileName + " is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("records").isArray()) {
            throw new FileRejectedException("file.layout", fileName + " has no \"records\" array");
        }
        List<RawRecord> records = new ArrayList<>();
        long number = 0;
        for (JsonNode record : root.path("records")) {
            number++;
            Map<String, String> cells = new HashMap<>();
            for (String field : FIELDS) {
                JsonNode value = record.path(field);
                cells.put(field, value.isMissingNode() || value.isNull() ? "" : value.asText());
            }
            records.add(RawRecord.of(number, cells));
        }
        return RecordStream.of(records, List.of());
    }
}
