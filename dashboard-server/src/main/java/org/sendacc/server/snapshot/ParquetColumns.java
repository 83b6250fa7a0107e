package org.sendacc.server.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.sendacc.contract.catalogue.Token;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.parquet.ColumnCursor;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;

/**
 * Reads one Parquet file of a snapshot table column by column, with no Hadoop file system, handing each row (its columns in
 * the order asked, each checked for its kind) to a sink that builds the rows.
 *
 * <p>The columns are read by the one Parquet reader of main code, {@link ColumnCursor} (docs/build.md), not by
 * Parquet's record readers: assembling a generic record per row and then picking fields out of it doubled the server's
 * start-up. Text columns are dictionary-encoded by Spark, so each distinct text is decoded once per row group, and all
 * equal texts of the file share one {@code String} (the cursor's text pool): that is most of the values, and it keeps a
 * large snapshot small in memory.
 */
final class ParquetColumns {
    /** Builds rows from one row group's columns. */
    interface RowSink {
        /** A row's values in the order asked, the {@code rowNumber}th of the file (from 1); reused for the next row. */
        void row(Object[] values, long rowNumber);
    }

    private final Path file;
    private final List<String> names;
    private final Kind[] kinds;
    private final List<String> optional;
    /** Equal texts share one String across columns and row groups of the file. */
    private final Map<String, String> sharedText = new HashMap<>();

    /**
     * @param kinds every column to read, in order, with its kind in the contract
     * @param optional columns an older file may lack: read as empty
     */
    ParquetColumns(Path file, Map<String, SnapshotColumns.Kind> kinds, List<String> optional) {
        this.file = file;
        this.names = new ArrayList<>(kinds.keySet());
        this.kinds = new Kind[names.size()];
        for (int column = 0; column < this.kinds.length; column++) {
            this.kinds[column] = switch (kinds.get(names.get(column))) {
                case TEXT -> Kind.TEXT;
                case DATE -> Kind.DATE;
                case DECIMAL -> Kind.DECIMAL;
                case INTEGER, LONG -> Kind.WHOLE_NUMBER;
                case FLAG -> Kind.FLAG;
            };
        }
        this.optional = List.copyOf(optional);
    }

    Path file() {
        return file;
    }

    /** The name of the column at a position. */
    String name(int column) {
        return names.get(column);
    }

    void read(RowSink sink) {
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new PageDecompressors())
                .build();
        try (ColumnCursor cursor = ColumnCursor.open(new LocalInputFile(file), options, names, sharedText)) {
            check(cursor.fileSchema());
            Object[] values = new Object[names.size()];
            while (cursor.next()) {
                for (int column = 0; column < values.length; column++) {
                    values[column] = cursor.value(column);
                }
                sink.row(values, cursor.rowNumber());
            }
        } catch (IOException e) {
            throw invalid("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Checks that the file has every column asked for (or may lack it), each of its kind. */
    private void check(MessageType schema) {
        for (int column = 0; column < names.size(); column++) {
            String name = names.get(column);
            if (!schema.containsField(name) && optional.contains(name)) {
                continue; // an older snapshot: read as empty
            }
            if (!schema.containsField(name) || !schema.getType(name).isPrimitive()) {
                throw invalid(file + " has no column " + name);
            }
            PrimitiveType type = schema.getType(name).asPrimitiveType();
            if (!kinds[column].accepts(type)) {
                throw invalid(file + ": column " + name + " is " + type + ", not " + kinds[column].description);
            }
        }
    }

    /** The value at a row, which must be there. */
    Object required(Object[] values, int column, long rowNumber) {
        Object value = values[column];
        if (value == null) {
            throw invalid(file + " row " + rowNumber + " has no " + names.get(column));
        }
        return value;
    }

    /**
     * A vocabulary's value from its token, or null for an empty cell. A token the contract does not know fails the
     * snapshot's load, naming the file, row and column: a renamed token must not quietly show as "Not compared".
     */
    <E extends Enum<E> & Token> E token(Class<E> vocabulary, Object[] values, int column, long rowNumber) {
        String text = (String) values[column];
        if (text == null) {
            return null;
        }
        try {
            return Token.parse(vocabulary, text);
        } catch (IllegalArgumentException e) {
            throw invalid(file + " row " + rowNumber + " column " + names.get(column) + ": " + e.getMessage());
        }
    }

    /** The same for a column every row must fill. */
    <E extends Enum<E> & Token> E requiredToken(Class<E> vocabulary, Object[] values, int column, long rowNumber) {
        required(values, column, rowNumber);
        return token(vocabulary, values, column, rowNumber);
    }

    static Integer smallWholeNumber(Object[] values, int column) {
        Long number = (Long) values[column];
        return number == null ? null : Math.toIntExact(number);
    }

    static DashboardException invalid(String message) {
        return new DashboardException(ErrorCategory.INVALID_SNAPSHOT, message);
    }

    /** The Java type a column is read as, and the Parquet types that may hold it. */
    private enum Kind {
        TEXT("a UTF-8 string"),
        DECIMAL("a double"),
        WHOLE_NUMBER("an int32 or int64"),
        DATE("an int32 date"),
        FLAG("a boolean");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        boolean accepts(PrimitiveType type) {
            PrimitiveTypeName name = type.getPrimitiveTypeName();
            LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
            switch (this) {
                case TEXT:
                    return name == PrimitiveTypeName.BINARY;
                case DECIMAL:
                    return name == PrimitiveTypeName.DOUBLE || name == PrimitiveTypeName.FLOAT;
                case WHOLE_NUMBER:
                    return (name == PrimitiveTypeName.INT32 || name == PrimitiveTypeName.INT64)
                            && !(logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation);
                case DATE:
                    return name == PrimitiveTypeName.INT32
                            && logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation;
                case FLAG:
                    return name == PrimitiveTypeName.BOOLEAN;
                default:
                    return false;
            }
        }
    }
}
