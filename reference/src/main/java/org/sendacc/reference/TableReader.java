package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one committed reference table into records, failing with the file and line of any row it cannot read.
 *
 * <p>The tables are generated, so a header that differs from {@link ReferenceTable#header()} means the tables and the
 * code are out of step; that is reported rather than tolerated.
 */
final class TableReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private TableReader() {}

    static <T> List<T> read(ReferenceTable table, Reader reader, String source, Function<Row, T> mapper) {
        requireNonNull(table, "table is null");
        requireNonNull(reader, "reader is null");
        requireNonNull(source, "source is null");
        requireNonNull(mapper, "mapper is null");
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<T> values = new ArrayList<>();
            boolean headerSeen = false;
            for (CSVRecord record : parser) {
                List<String> fields = record.toList();
                if (!headerSeen) {
                    List<String> header = withoutByteOrderMark(fields);
                    if (!header.equals(table.header())) {
                        throw new IllegalArgumentException(
                                source + ": header is " + header + " but expected " + table.header());
                    }
                    headerSeen = true;
                    continue;
                }
                Row row = new Row(table, source, record.getRecordNumber(), fields);
                if (fields.size() != table.header().size()) {
                    throw row.problem("has " + fields.size() + " fields, expected "
                            + table.header().size());
                }
                values.add(map(row, mapper));
            }
            if (!headerSeen) {
                throw new IllegalArgumentException(source + ": empty file, expected header " + table.header());
            }
            return List.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static <T> T map(Row row, Function<Row, T> mapper) {
        try {
            return mapper.apply(row);
        } catch (IllegalArgumentException | NullPointerException e) {
            if (String.valueOf(e.getMessage()).startsWith(row.source)) {
                throw e;
            }
            throw row.problem(String.valueOf(e.getMessage()), e);
        }
    }

    private static List<String> withoutByteOrderMark(List<String> header) {
        if (header.isEmpty() || header.get(0).isEmpty() || header.get(0).charAt(0) != BYTE_ORDER_MARK) {
            return header;
        }
        List<String> cleaned = new ArrayList<>(header);
        cleaned.set(0, header.get(0).substring(1));
        return cleaned;
    }

    /** One data row, read by column name. */
    static final class Row {
        private final ReferenceTable table;
        private final String source;
        private final long recordNumber;
        private final List<String> fields;

        private Row(ReferenceTable table, String source, long recordNumber, List<String> fields) {
            this.table = table;
            this.source = source;
            this.recordNumber = recordNumber;
            this.fields = fields;
        }

        String text(String column) {
            String value = raw(column);
            if (value.isEmpty()) {
                throw problem("has an empty " + column);
            }
            return value;
        }

        /** The value, or null when the field is empty. */
        String optionalText(String column) {
            String value = raw(column);
            return value.isEmpty() ? null : value;
        }

        /** The ISO date, or null when the field is empty. */
        LocalDate optionalDate(String column) {
            String value = optionalText(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw problem("has " + column + " '" + value + "', not an ISO date", e);
            }
        }

        LocalDate date(String column) {
            LocalDate value = optionalDate(column);
            if (value == null) {
                throw problem("has an empty " + column);
            }
            return value;
        }

        int integer(String column) {
            String value = text(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw problem("has " + column + " '" + value + "', not a whole number", e);
            }
        }

        long wholeNumber(String column) {
            String value = text(column);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw problem("has " + column + " '" + value + "', not a whole number", e);
            }
        }

        double decimal(String column) {
            String value = text(column);
            try {
                return new BigDecimal(value).doubleValue();
            } catch (NumberFormatException e) {
                throw problem("has " + column + " '" + value + "', not a decimal number", e);
            }
        }

        <E extends Enum<E>> E constant(String column, Class<E> type) {
            String value = text(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw problem("has " + column + " '" + value + "', not a " + type.getSimpleName(), e);
            }
        }

        private String raw(String column) {
            int index = table.header().indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("table " + table.fileName() + " has no column " + column);
            }
            return fields.get(index);
        }

        IllegalArgumentException problem(String message) {
            return new IllegalArgumentException(where() + message);
        }

        IllegalArgumentException problem(String message, Exception cause) {
            return new IllegalArgumentException(where() + message, cause);
        }

        private String where() {
            return source + " record " + recordNumber + ": ";
        }
    }
}
