package org.sendacc.rules.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.Problem;

/**
 * Reads a tidy comma-separated table with one header row: DfE's open data standard files and our local return
 * templates. Tolerates a BOM and CRLF; rejects rows whose shape is wrong (a truncated row, a stray delimiter, the
 * header repeated mid-file, bytes that are not UTF-8) while keeping every other row.
 */
public final class DelimitedTableReader implements RecordReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        CSVParser parser = CSVParser.builder()
                .setReader(TextInput.utf8(in))
                .setFormat(FORMAT)
                .get();
        Iterator<CSVRecord> records = parser.iterator();
        CSVRecord headerRecord = nextNonBlank(records);
        if (headerRecord == null) {
            throw new FileRejectedException("file.empty", fileName + " is empty: no header row");
        }
        Header header = Header.check(fileName, headerRecord, contract);
        return new Rows(
                parser, records, header, contract, headerRecord.getParser().getCurrentLineNumber());
    }

    private static CSVRecord nextNonBlank(Iterator<CSVRecord> records) {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (!isBlank(record)) {
                return record;
            }
        }
        return null;
    }

    private static boolean isBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A record's cells by header name, read through the header's index rather than copied into a map of their own:
     * the contract looks each column up once, and a file has millions of records.
     */
    private static final class Cells extends AbstractMap<String, String> {
        private final Map<String, Integer> index;
        private final CSVRecord record;

        Cells(Map<String, Integer> index, CSVRecord record) {
            this.index = index;
            this.record = record;
        }

        @Override
        public String get(Object name) {
            Integer position = index.get(name);
            return position == null ? null : record.get(position);
        }

        @Override
        public boolean containsKey(Object name) {
            return index.containsKey(name);
        }

        /**
         * A view, not a copy: the formula check walks every record's cells (a copy per record cost about 8% of a
         * local return's ingest).
         */
        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    Iterator<Map.Entry<String, Integer>> positions =
                            index.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return positions.hasNext();
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            Map.Entry<String, Integer> position = positions.next();
                            return new AbstractMap.SimpleImmutableEntry<>(
                                    position.getKey(), record.get(position.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return index.size();
                }
            };
        }
    }

    /** The header's column names, where each sits, and the names that appear more than once. */
    private record Header(List<String> names, Map<String, Integer> firstIndex, Map<String, List<Integer>> duplicates) {
        static Header check(String fileName, CSVRecord record, Contract contract) throws FileRejectedException {
            List<String> names = new ArrayList<>();
            for (String value : record) {
                names.add(value.strip());
            }
            if (names.size() == 1) {
                for (String delimiter : List.of(";", "\t", "|")) {
                    if (names.get(0).contains(delimiter)) {
                        throw new FileRejectedException(
                                "file.delimiter",
                                fileName + " is not comma-separated: its header is separated by '"
                                        + (delimiter.equals("\t") ? "\\t" : delimiter) + "'");
                    }
                }
            }
            Map<String, Integer> firstIndex = new LinkedHashMap<>();
            Map<String, List<Integer>> duplicates = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Integer previous = firstIndex.putIfAbsent(names.get(i), i);
                if (previous != null) {
                    duplicates
                            .computeIfAbsent(names.get(i), ignored -> new ArrayList<>(List.of(previous)))
                            .add(i);
                }
            }
            List<String> missing = contract.headerColumns().stream()
                    .filter(name -> !firstIndex.containsKey(name))
                    .toList();
            if (!missing.isEmpty()) {
                throw new FileRejectedException(
                        "file.missing_columns",
                        fileName + " lacks required column" + (missing.size() == 1 ? " " : "s ")
                                + String.join(", ", missing));
            }
            return new Header(List.copyOf(names), firstIndex, duplicates);
        }
    }

    private static final class Rows implements RecordStream {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final Header header;
        private final Contract contract;
        private final List<Problem> fileProblems = new ArrayList<>();
        private long previousLine;
        private long dataRows;
        private RawRecord next;
        private boolean finished;

        Rows(CSVParser parser, Iterator<CSVRecord> records, Header header, Contract contract, long headerEndLine) {
            this.parser = parser;
            this.records = records;
            this.header = header;
            this.contract = contract;
            this.previousLine = headerEndLine;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !finished) {
                next = advance();
                if (next == null) {
                    finish();
                }
            }
            return next != null;
        }

        @Override
        public RawRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawRecord record = next;
            next = null;
            return record;
        }

        @Override
        public List<Problem> fileProblems() {
            return List.copyOf(fileProblems);
        }

        private RawRecord advance() {
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    long row = previousLine + 1;
                    previousLine = parser.getCurrentLineNumber();
                    if (isBlank(record)) {
                        continue;
                    }
                    dataRows++;
                    return toRawRecord(row, record);
                }
            } catch (UncheckedIOException e) {
                fileProblems.add(Problem.ofFile(
                        "file.malformed",
                        "the file could not be read past line " + (previousLine + 1) + ": "
                                + e.getCause().getMessage()));
            }
            return null;
        }

        private void finish() {
            finished = true;
            if (dataRows == 0 && fileProblems.isEmpty()) {
                fileProblems.add(Problem.ofFile("file.no_data_rows", "the file has a header but no data rows"));
            }
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private RawRecord toRawRecord(long row, CSVRecord record) {
            int expected = header.names().size();
            if (record.size() != expected) {
                return RawRecord.broken(
                        row,
                        new Problem(
                                "",
                                "row.field_count",
                                Integer.toString(record.size()),
                                "the row has " + record.size() + " fields but the header has " + expected
                                        + (record.size() < expected ? " (truncated row?)" : " (stray delimiter?)")));
            }
            if (isRepeatedHeader(record)) {
                return RawRecord.broken(
                        row, new Problem("", "row.repeated_header", "", "the header row is repeated as a data row"));
            }
            for (Map.Entry<String, Integer> column : header.firstIndex().entrySet()) {
                String value = record.get(column.getValue());
                if (value.indexOf(TextInput.UNDECODABLE) >= 0) {
                    return RawRecord.broken(
                            row,
                            new Problem(
                                    column.getKey(),
                                    "row.encoding",
                                    shown(column.getKey(), value),
                                    column.getKey() + " holds bytes that are not UTF-8 (a Windows-1252 file?)"));
                }
            }
            for (Map.Entry<String, List<Integer>> duplicate :
                    header.duplicates().entrySet()) {
                String first = record.get(duplicate.getValue().get(0)).strip();
                for (int index : duplicate.getValue()) {
                    String other = record.get(index).strip();
                    if (!other.equals(first)) {
                        return RawRecord.broken(
                                row,
                                new Problem(
                                        duplicate.getKey(),
                                        "row.duplicate_column_conflict",
                                        shown(duplicate.getKey(), other),
                                        "column " + duplicate.getKey() + " appears twice in the header and the two"
                                                + " values differ ('" + shown(duplicate.getKey(), first) + "' and '"
                                                + shown(duplicate.getKey(), other) + "')"));
                    }
                }
            }
            return RawRecord.of(row, new Cells(header.firstIndex(), record));
        }

        private String shown(String column, String value) {
            return contract.column(column)
                    .map(declared -> declared.shown(value))
                    .orElse(value);
        }

        private boolean isRepeatedHeader(CSVRecord record) {
            for (int i = 0; i < record.size(); i++) {
                if (!record.get(i).strip().equals(header.names().get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
