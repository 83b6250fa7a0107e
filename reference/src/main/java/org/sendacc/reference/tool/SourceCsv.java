package org.sendacc.reference.tool;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a published CSV file (DfE, ONS) into rows keyed by column name.
 *
 * <p>The upstream files differ in ways that break naive readers: DfE and some ONS files start with a UTF-8 byte order
 * mark that would otherwise become part of the first column name, DfE files use CRLF, and the derived ONS files quote
 * every field. Every column the caller needs is checked up front so a renamed column fails with the file name.
 */
final class SourceCsv {

    private static final int BYTE_ORDER_MARK = 0xFEFF;
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private SourceCsv() {}

    /** One data row of a source file. */
    record Row(Path file, long recordNumber, Map<String, String> values) {
        Row {
            requireNonNull(file, "file is null");
            requireNonNull(values, "values is null");
        }

        String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException(file + " record " + recordNumber + " has no column " + column);
            }
            return value;
        }
    }

    /** Reads every row of the file, after checking that it has all the {@code requiredColumns}. */
    static List<Row> read(Path file, List<String> requiredColumns) {
        requireNonNull(file, "file is null");
        requireNonNull(requiredColumns, "requiredColumns is null");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("source file " + file + " does not exist");
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            skipByteOrderMark(reader);
            try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
                List<String> header = parser.getHeaderNames();
                for (String column : requiredColumns) {
                    if (!header.contains(column)) {
                        throw new IllegalArgumentException(
                                "source file " + file + " has no column " + column + "; its header is " + header);
                    }
                }
                List<Row> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    if (!record.isConsistent()) {
                        throw new IllegalArgumentException(file + " record " + record.getRecordNumber() + " has "
                                + record.size() + " fields, the header has " + header.size());
                    }
                    rows.add(new Row(file, record.getRecordNumber(), record.toMap()));
                }
                return List.copyOf(rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source file " + file, e);
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
    }
}
