package org.sendacc.ingest.ofsted;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendacc.contract.warehouse.WarehouseTables.AreaSendInspectionsMi;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordReader;
import org.sendacc.rules.read.RecordStream;
import org.sendacc.rules.read.TextInput;

/**
 * Reads Ofsted's management information on the first area SEND inspections under the 2023 framework as DfE re-saved
 * it with R's {@code write.csv}: headers with dots for spaces ("Local.area.partnership"), a leading unnamed row-number
 * column, dates dd/mm/yyyy, NA for missing. Columns are found by their (dotted) titles; dates become ISO dates.
 */
public final class InspectionsMiReader implements RecordReader {
    private static final Pattern DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
    private static final Map<String, String> COLUMNS = columns();

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("local.area.partnership", AreaSendInspectionsMi.LOCAL_AREA);
        columns.put("ofsted.region", AreaSendInspectionsMi.OFSTED_REGION);
        columns.put("inspection.start.date", AreaSendInspectionsMi.INSPECTION_START);
        columns.put("inspection.publication.date", AreaSendInspectionsMi.PUBLISHED);
        columns.put("inspection.outcome", AreaSendInspectionsMi.OUTCOME);
        columns.put("priority.action.plan.required.", AreaSendInspectionsMi.PRIORITY_ACTION_PLAN);
        columns.put("number.of.areas.for.priority.action", AreaSendInspectionsMi.AREAS_FOR_PRIORITY_ACTION);
        return columns;
    }

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(TextInput.utf8(in))
                // R's write.csv leaves the row-number column's title empty
                .setFormat(CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setAllowMissingColumnNames(true)
                        .get())
                .get()) {
            Map<String, String> byHeader = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                String ours = COLUMNS.get(header.strip().toLowerCase(Locale.UK));
                if (ours != null) {
                    byHeader.put(ours, header);
                }
            }
            List<String> missing = COLUMNS.keySet().stream()
                    .filter(title -> !byHeader.containsKey(COLUMNS.get(title)))
                    .toList();
            if (!missing.isEmpty()) {
                throw new FileRejectedException(
                        "file.layout", fileName + " lacks the columns " + String.join(", ", missing));
            }
            List<RawRecord> records = new java.util.ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new HashMap<>();
                byHeader.forEach((ours, header) -> {
                    String text = record.isSet(header) ? record.get(header) : "";
                    Matcher date = DATE.matcher(text.strip());
                    cells.put(ours, date.matches() ? date.group(3) + "-" + date.group(2) + "-" + date.group(1) : text);
                });
                records.add(RawRecord.of(parser.getCurrentLineNumber(), cells));
            }
            return RecordStream.of(records, List.of());
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a broken header or record with these; the file, not the run, has failed
            throw new FileRejectedException("file.malformed", fileName + " is not a readable CSV: " + e.getMessage());
        }
    }
}
