package org.sendacc.server.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.sendacc.contract.catalogue.Token;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;

/**
 * Reads one Parquet file of a snapshot table column by column, with Apache Parquet's column readers and no Hadoop file
 * system, handing each row group's columns (in the order asked, each checked for its kind) to a sink that builds the
 * rows.
 *
 * <p>Why not Parquet's record readers: assembling a generic record per row and then picking fields out of it doubled
 * the server's start-up. Here each column of a row group is read straight into an array, columns found by name.
 * Text columns are dictionary-encoded by Spark, so each distinct text is decoded once per row group and shared, rather
 * than once per row: that is most of the values, and it also keeps a large snapshot small in memory.
 */
final class ParquetColumns {
    /** Builds rows from one row group's columns. */
    interface RowSink {
        /** The row at {@code index} of the group, the {@code rowNumber}th of the file (from 1). */
        void row(Object[][] columns, int index, long rowNumber);
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
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
            ColumnDescriptor[] descriptors = descriptors(schema);
            long rowsBefore = 0;
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                DictionaryCapture capture = new DictionaryCapture(schema.getFieldCount());
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, capture, schema, createdBy);
                int rowCount = Math.toIntExact(pages.getRowCount());
                Object[][] columns = new Object[descriptors.length][];
                for (int column = 0; column < descriptors.length; column++) {
                    ColumnDescriptor descriptor = descriptors[column];
                    if (descriptor == null) {
                        columns[column] = new Object[rowCount];
                        continue;
                    }
                    ColumnReader columnReader = store.getColumnReader(descriptor);
                    Dictionary dictionary =
                            capture.dictionary(schema.getFieldIndex(descriptor.getPath()[0]));
                    columns[column] = readColumn(descriptor, columnReader, dictionary, rowCount);
                }
                for (int index = 0; index < rowCount; index++) {
                    sink.row(columns, index, rowsBefore + index + 1);
                }
                rowsBefore += rowCount;
            }
        } catch (IOException e) {
            throw invalid("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The file's columns in the order asked, each checked for its type; null for an optional column the file lacks.
     */
    private ColumnDescriptor[] descriptors(MessageType schema) {
        ColumnDescriptor[] descriptors = new ColumnDescriptor[names.size()];
        for (int column = 0; column < descriptors.length; column++) {
            String name = names.get(column);
            if (!schema.containsField(name) && optional.contains(name)) {
                continue; // an older snapshot: read as empty
            }
            if (!schema.containsField(name) || !schema.getType(name).isPrimitive()) {
                throw invalid(file + " has no column " + name);
            }
            ColumnDescriptor descriptor = schema.getColumnDescription(new String[] {name});
            if (!kinds[column].accepts(descriptor.getPrimitiveType())) {
                throw invalid(file + ": column " + name + " is " + descriptor.getPrimitiveType() + ", not "
                        + kinds[column].description);
            }
            descriptors[column] = descriptor;
        }
        return descriptors;
    }

    /** The value at a row, which must be there. */
    Object required(Object[][] columns, int column, int index, long rowNumber) {
        Object value = columns[column][index];
        if (value == null) {
            throw invalid(file + " row " + rowNumber + " has no " + names.get(column));
        }
        return value;
    }

    /**
     * A vocabulary's value from its token, or null for an empty cell. A token the contract does not know fails the
     * snapshot's load, naming the file, row and column: a renamed token must not quietly show as "Not compared".
     */
    <E extends Enum<E> & Token> E token(
            Class<E> vocabulary, Object[][] columns, int column, int index, long rowNumber) {
        String text = (String) columns[column][index];
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
    <E extends Enum<E> & Token> E requiredToken(
            Class<E> vocabulary, Object[][] columns, int column, int index, long rowNumber) {
        required(columns, column, index, rowNumber);
        return token(vocabulary, columns, column, index, rowNumber);
    }

    static Integer smallWholeNumber(Object[][] columns, int column, int index) {
        Long number = (Long) columns[column][index];
        return number == null ? null : Math.toIntExact(number);
    }

    static DashboardException invalid(String message) {
        return new DashboardException(ErrorCategory.INVALID_SNAPSHOT, message);
    }

    private Object[] readColumn(ColumnDescriptor descriptor, ColumnReader reader, Dictionary dictionary, int rows) {
        PrimitiveTypeName type = descriptor.getPrimitiveType().getPrimitiveTypeName();
        boolean isDate = descriptor.getPrimitiveType().getLogicalTypeAnnotation()
                instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation;
        int defined = descriptor.getMaxDefinitionLevel();
        // Decoded dictionary entries; dropped at the first page that is not dictionary-encoded (a writer falls back
        // to plain encoding when a dictionary grows too large, and never returns to it within a column chunk).
        String[] texts =
                type == PrimitiveTypeName.BINARY && dictionary != null ? new String[dictionary.getMaxId() + 1] : null;
        Object[] values = new Object[rows];
        for (int index = 0; index < rows; index++) {
            if (reader.getCurrentDefinitionLevel() == defined) {
                switch (type) {
                    case BINARY:
                        if (texts != null) {
                            try {
                                int id = reader.getCurrentValueDictionaryID();
                                String text = texts[id];
                                if (text == null) {
                                    text = share(dictionary.decodeToBinary(id).toStringUsingUTF8());
                                    texts[id] = text;
                                }
                                values[index] = text;
                                break;
                            } catch (UnsupportedOperationException plainPage) {
                                texts = null;
                            }
                        }
                        values[index] = share(reader.getBinary().toStringUsingUTF8());
                        break;
                    case DOUBLE:
                        values[index] = reader.getDouble();
                        break;
                    case FLOAT:
                        values[index] = (double) reader.getFloat();
                        break;
                    case INT32:
                        int number = reader.getInteger();
                        values[index] = isDate ? LocalDate.ofEpochDay(number) : Long.valueOf(number);
                        break;
                    case INT64:
                        values[index] = reader.getLong();
                        break;
                    case BOOLEAN:
                        values[index] = reader.getBoolean();
                        break;
                    default:
                        throw new IllegalStateException("column types are checked before reading: " + type);
                }
            }
            reader.consume();
        }
        return values;
    }

    private String share(String text) {
        String shared = sharedText.putIfAbsent(text, text);
        return shared == null ? text : shared;
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

    /**
     * Receives each column's dictionary from Parquet, which hands it over only to a converter that says it can use
     * one; the values themselves are read from the column readers, so the converter takes nothing else.
     */
    private static final class DictionaryCapture extends GroupConverter {
        private final FieldDictionary[] fields;

        DictionaryCapture(int fieldCount) {
            fields = new FieldDictionary[fieldCount];
            for (int field = 0; field < fieldCount; field++) {
                fields[field] = new FieldDictionary();
            }
        }

        Dictionary dictionary(int field) {
            return fields[field].dictionary;
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return fields[fieldIndex];
        }

        @Override
        public void start() {}

        @Override
        public void end() {}
    }

    private static final class FieldDictionary extends PrimitiveConverter {
        private Dictionary dictionary;

        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        @Override
        public void setDictionary(Dictionary dictionary) {
            this.dictionary = dictionary;
        }
    }
}
