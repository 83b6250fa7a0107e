package org.sendacc.ingest.groups;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendacc.contract.warehouse.WarehouseTables.ComparisonGroups;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordReader;
import org.sendacc.rules.read.RecordStream;
import org.sendacc.rules.read.TextInput;

/**
 * Reads a CSV of named comparison groups in either of two layouts, told apart by their headers (docs/warehouse.md
 * "Comparison groups"):
 *
 * <ul>
 *   <li>ours: {@code name}, {@code la_code} or {@code la_name} (or both), and optionally {@code source}, {@code as_at},
 *       {@code complete} (Yes or No) and {@code note};
 *   <li>the transcription of DfE's SEND programme lists ({@code programme, la_name, ..., source_url, as_at_date}):
 *       each programme is a group ({@link Programme} names it and says how complete its list is).
 * </ul>
 *
 * Any other file is rejected by name with the columns it lacks.
 */
public final class ComparisonGroupsReader implements RecordReader {
    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(TextInput.utf8(in))
                .setFormat(CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())
                .get()) {
            Map<String, String> headers = new HashMap<>();
            parser.getHeaderNames().forEach(header -> headers.put(header.strip().toLowerCase(Locale.UK), header));
            boolean programmes = headers.containsKey("programme") && headers.containsKey("la_name");
            if (!programmes
                    && !(headers.containsKey("name")
                            && (headers.containsKey("la_code") || headers.containsKey("la_name")))) {
                throw new FileRejectedException(
                        "file.layout",
                        fileName + " is neither a comparison groups file (columns name, and la_code or la_name) nor"
                                + " a SEND programme list (columns programme and la_name); its columns are "
                                + parser.getHeaderNames());
            }
            List<RawRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                if (programmes) {
                    String token = cell(record, headers, "programme");
                    Programme programme = Programme.of(token);
                    cells.put(ComparisonGroups.GROUP_NAME, programme == null ? token : programme.title());
                    cells.put(ComparisonGroups.LA_NAME, cell(record, headers, "la_name"));
                    cells.put(ComparisonGroups.SOURCE, cell(record, headers, "source_url"));
                    cells.put(ComparisonGroups.AS_AT, cell(record, headers, "as_at_date"));
                    cells.put(ComparisonGroups.COMPLETE, programme == null ? "" : programme.complete() ? "Yes" : "No");
                    cells.put(ComparisonGroups.NOTE, programme == null ? "" : programme.note());
                } else {
                    cells.put(ComparisonGroups.GROUP_NAME, cell(record, headers, "name"));
                    for (String column : List.of(
                            ComparisonGroups.LA_CODE,
                            ComparisonGroups.LA_NAME,
                            ComparisonGroups.SOURCE,
                            ComparisonGroups.AS_AT,
                            ComparisonGroups.COMPLETE,
                            ComparisonGroups.NOTE)) {
                        cells.put(column, cell(record, headers, column));
                    }
                }
                records.add(RawRecord.of(parser.getCurrentLineNumber(), cells));
            }
            return RecordStream.of(records, List.of());
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new FileRejectedException("file.malformed", fileName + " is not a readable CSV: " + e.getMessage());
        }
    }

    private static String cell(CSVRecord record, Map<String, String> headers, String column) {
        String header = headers.get(column);
        return header != null && record.isSet(header) ? record.get(header).strip() : "";
    }
}
