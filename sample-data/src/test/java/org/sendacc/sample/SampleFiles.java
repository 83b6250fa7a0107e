package org.sendacc.sample;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Independent readers for the tests: CSV files as header-keyed rows and the planted-row table of a README.
 *
 * <p>They deliberately use commons-csv rather than anything in the generator, so a test checks the files as a
 * consumer would read them.
 */
final class SampleFiles {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** One planted row as a README lists it. */
    record PlantedRow(String file, long line, String column, String rule, String value) {}

    private SampleFiles() {}

    /** The data rows of a CSV with a header, each as column -> value, with the physical line of each row. */
    static List<Map<String, String>> rows(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = withoutByteOrderMark(file);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                List<String> fields = record.toList();
                if (header == null) {
                    header = new ArrayList<>(fields);
                    header.set(0, stripByteOrderMark(header.get(0)));
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int index = 0; index < header.size(); index++) {
                    row.put(header.get(index), index < fields.size() ? fields.get(index) : "");
                }
                row.put("#line", Long.toString(record.getRecordNumber()));
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Every record of a CSV (no header handling), as lists of fields. */
    static List<List<String>> records(Path file) {
        return records(file, Integer.MAX_VALUE);
    }

    /** The header of a CSV file. */
    static List<String> header(Path file) {
        return records(file, 1).get(0);
    }

    /** The first {@code count} records of a CSV file. */
    static List<List<String>> records(Path file, int count) {
        List<List<String>> records = new ArrayList<>();
        try (Reader reader = withoutByteOrderMark(file);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                if (records.size() == count) {
                    break;
                }
                List<String> fields = new ArrayList<>(record.toList());
                if (records.isEmpty() && !fields.isEmpty()) {
                    fields.set(0, stripByteOrderMark(fields.get(0)));
                }
                records.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** The fields of one physical line of a file (1 = header), parsed as CSV. */
    static Map<String, String> line(Path file, long lineNumber) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = parseLine(stripByteOrderMark(lines.get(0)));
            List<String> fields = parseLine(lines.get((int) lineNumber - 1));
            Map<String, String> row = new LinkedHashMap<>();
            for (int index = 0; index < header.size(); index++) {
                row.put(header.get(index), index < fields.size() ? fields.get(index) : "");
            }
            return row;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> parseLine(String line) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(line), CSVFormat.RFC4180)) {
            return parser.getRecords().get(0).toList();
        }
    }

    /** The planted-row table of a README written by the generator (or the repository's README). */
    static List<PlantedRow> plantedRows(Path readme) {
        try {
            List<PlantedRow> rows = new ArrayList<>();
            boolean inSection = false;
            for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
                if (line.startsWith("## ")) {
                    inSection = line.startsWith("## Planted bad rows");
                    continue;
                }
                if (!inSection || !line.startsWith("| ") || line.startsWith("| file")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                rows.add(new PlantedRow(
                        cells[1].trim(),
                        Long.parseLong(cells[2].trim()),
                        cells[3].trim(),
                        cells[4].trim(),
                        cells[5].trim()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader that skips a leading byte-order mark, so a quoted first field parses as quoted. */
    private static Reader withoutByteOrderMark(Path file) throws IOException {
        PushbackReader reader = new PushbackReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    private static String stripByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
