package org.sendacc.parquet;

import java.io.IOException;
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
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Walks the rows of one warehouse Parquet file, reading only the columns asked for, straight from Apache Parquet's
 * column readers: no record assembly, no object per value. A text column stored with a dictionary (an area code, a
 * service, a decision) gives the same {@code String} for the same word, decoded once per row group, so a key built
 * from it hashes without reading its characters again. Column {@code i} is the {@code i}-th name asked for; a column
 * the file does not have reads as null (as Spark reads a table whose files differ). A MAP of text to text (the
 * warehouse's {@code missing_reasons}) is read entry by entry and looked up with {@link #mapValue}.
 *
 * <p>It is the one Parquet reader of main code (docs/build.md). Analytics reads its small tables with it, and it is the
 * reading half of the reduction of person-level tables to counts: Spark SQL does the same in about a second once warm,
 * but its first query in a JVM costs seconds of planning, code generation and compilation (docs/performance.md
 * "Analytics' counts"). The server reads a snapshot's tables with it, without Hadoop's file system ({@code
 * LocalInputFile}), with a text pool ({@link #open(InputFile, ParquetReadOptions, List, Map)}) so that a word shared by
 * many rows is one {@code String} in its memory.
 *
 * <p>Over 400 lines on purpose: the cursor, its column kinds and its converters are one reader (docs/build.md), and
 * split apart they would only be used together.
 */
public final class ColumnCursor implements AutoCloseable {
    private final ParquetFileReader reader;
    private final MessageType projection;
    private final GroupConverter root;
    private final String createdBy;
    private final Column[] columns;
    private final MessageType schema;
    private long rowsLeftInGroup;
    private long rowNumber;

    private ColumnCursor(ParquetFileReader reader, List<String> names, Map<String, String> textPool) {
        this.reader = reader;
        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
        this.schema = schema;
        List<Type> projected = new ArrayList<>();
        for (String name : names) {
            if (schema.containsField(name)) {
                projected.add(schema.getType(name));
            }
        }
        this.projection = new MessageType(schema.getName(), projected);
        reader.setRequestedSchema(projection);
        this.columns = new Column[names.size()];
        List<Converter> converters = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns[i] =
                    schema.containsField(names.get(i)) ? Column.of(projection.getType(names.get(i)), textPool) : null;
            if (columns[i] != null) {
                converters.add(columns[i].converter());
            }
        }
        this.root = new Group(converters);
        this.createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
    }

    /** A cursor before the first row of the file, reading the columns named; move it with {@link #next}. */
    public static ColumnCursor open(InputFile file, List<String> names) throws IOException {
        return open(file, ParquetReadOptions.builder().build(), names, null);
    }

    /**
     * The same with the reader's options (its codecs), and a pool the texts read are shared through (null for none):
     * equal texts of the file, across columns and row groups, are then one {@code String}.
     */
    public static ColumnCursor open(
            InputFile file, ParquetReadOptions options, List<String> names, Map<String, String> textPool)
            throws IOException {
        ParquetFileReader reader = ParquetFileReader.open(file, options);
        try {
            return new ColumnCursor(reader, names, textPool);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The file's own schema, every column it has (not only those read). */
    public MessageType fileSchema() {
        return schema;
    }

    /** The current row's number in the file, from 1. */
    public long rowNumber() {
        return rowNumber;
    }

    /** Moves to the next row; false after the last. */
    public boolean next() throws IOException {
        while (rowsLeftInGroup == 0) {
            PageReadStore pages = reader.readNextRowGroup();
            if (pages == null) {
                return false;
            }
            ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, root, projection, createdBy);
            for (Column column : columns) {
                if (column != null) {
                    column.open(store, projection);
                }
            }
            rowsLeftInGroup = pages.getRowCount();
        }
        rowsLeftInGroup--;
        rowNumber++;
        for (Column column : columns) {
            if (column != null) {
                column.next();
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    public boolean isNull(int column) {
        return columns[column] == null || columns[column].isNull;
    }

    /** A text value, or null. */
    public String text(int column) {
        return isNull(column) ? null : columns[column].value.text;
    }

    /** A date as days since 1970-01-01; only where {@link #isNull} is false. */
    public int day(int column) {
        return columns[column].value.integer;
    }

    /** A true/false value, or null. */
    public Boolean flag(int column) {
        return isNull(column) ? null : columns[column].value.flag;
    }

    /** A number of any Parquet numeric type, as a double; only where {@link #isNull} is false. */
    public double number(int column) {
        return columns[column].value.number;
    }

    /**
     * The value as Java holds it, or null: text as {@code String}, a date as {@code LocalDate}, a whole number as
     * {@code Long}, a decimal as {@code Double}, a flag as {@code Boolean}.
     */
    public Object value(int column) {
        if (isNull(column)) {
            return null;
        }
        Column read = columns[column];
        PrimitiveType type = read.type.asPrimitiveType();
        return switch (type.getPrimitiveTypeName()) {
            case BINARY -> read.value.text;
            case INT32 ->
                type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                        ? LocalDate.ofEpochDay(read.value.integer)
                        : (Object) (long) read.value.integer;
            case INT64 -> read.value.whole;
            case DOUBLE, FLOAT -> read.value.number;
            case BOOLEAN -> read.value.flag;
            default -> throw new IllegalStateException("column " + type.getName() + " has an unexpected type " + type);
        };
    }

    /** A map of text to text: the row's entries that have a value (none when the map is null). */
    public Map<String, String> map(int column) {
        Column map = columns[column];
        Map<String, String> entries = new HashMap<>();
        if (map != null) {
            for (int i = 0; i < map.entries; i++) {
                if (map.values[i] != null) {
                    entries.put(map.keys[i], map.values[i]);
                }
            }
        }
        return entries;
    }

    /** The value of {@code key} in a map of text to text, or null when the row's map has no such key. */
    public String mapValue(int column, String key) {
        Column map = columns[column];
        if (map == null) {
            return null;
        }
        for (int i = 0; i < map.entries; i++) {
            if (key.equals(map.keys[i])) {
                return map.values[i];
            }
        }
        return null;
    }

    /** One column's readers (one, or a map's key and value) and the current row's value. */
    private static final class Column {
        private final ColumnDescriptor[] leaves;
        private final Value value;
        private final Value mapKey;
        private final ColumnReader[] readers = new ColumnReader[2];
        /** A map's key values not yet read in the row group: the last row's entries end where they run out. */
        private long keysLeft;

        private boolean isNull;
        // a map's entries in the current row
        private String[] keys = new String[4];
        private String[] values = new String[4];
        private int entries;
        private final Type type;

        private Column(Type type, boolean map, Map<String, String> textPool) {
            this.type = type;
            this.value = new Value(map || isBinary(type), textPool);
            this.mapKey = map ? new Value(true, textPool) : null;
            this.leaves = new ColumnDescriptor[map ? 2 : 1];
        }

        private static boolean isBinary(Type type) {
            return type.asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY;
        }

        static Column of(Type type, Map<String, String> textPool) {
            if (type.isPrimitive()) {
                return new Column(type, false, textPool);
            }
            GroupType entry = type.asGroupType().getType(0).asGroupType();
            if (entry.getFieldCount() != 2
                    || !entry.getType(0).isPrimitive()
                    || !entry.getType(1).isPrimitive()) {
                throw new IllegalStateException("column " + type.getName() + " is neither a value nor a map of text");
            }
            return new Column(type, true, textPool);
        }

        Converter converter() {
            if (mapKey == null) {
                return value;
            }
            return new Group(List.of(new Group(List.of(mapKey, value))));
        }

        void open(ColumnReadStoreImpl store, MessageType projection) {
            List<ColumnDescriptor> descriptors = projection.getColumns();
            int found = 0;
            for (ColumnDescriptor descriptor : descriptors) {
                if (descriptor.getPath()[0].equals(type.getName())) {
                    leaves[found] = descriptor;
                    readers[found] = store.getColumnReader(descriptor);
                    found++;
                }
            }
            if (mapKey != null) {
                @SuppressWarnings("deprecation") // the one count of a page's values Parquet's column reader gives
                long values = readers[0].getTotalValueCount();
                keysLeft = values;
            }
        }

        void next() {
            if (mapKey == null) {
                ColumnReader reader = readers[0];
                isNull = reader.getCurrentDefinitionLevel() < leaves[0].getMaxDefinitionLevel();
                if (!isNull) {
                    reader.writeCurrentValueToConverter();
                }
                reader.consume();
                return;
            }
            // A map: its first entry has repetition level 0, the row's further entries level 1.
            ColumnReader keyReader = readers[0];
            ColumnReader valueReader = readers[1];
            entries = 0;
            isNull = keyReader.getCurrentDefinitionLevel() == 0;
            do {
                if (keyReader.getCurrentDefinitionLevel() == leaves[0].getMaxDefinitionLevel()) {
                    keyReader.writeCurrentValueToConverter();
                    String entryValue = null;
                    if (valueReader.getCurrentDefinitionLevel() == leaves[1].getMaxDefinitionLevel()) {
                        valueReader.writeCurrentValueToConverter();
                        entryValue = value.text;
                    }
                    if (entries == keys.length) {
                        keys = java.util.Arrays.copyOf(keys, entries * 2);
                        values = java.util.Arrays.copyOf(values, entries * 2);
                    }
                    keys[entries] = mapKey.text;
                    values[entries] = entryValue;
                    entries++;
                }
                keyReader.consume();
                valueReader.consume();
                keysLeft--;
            } while (keysLeft > 0 && keyReader.getCurrentRepetitionLevel() > 0);
        }
    }

    /**
     * Receives a column's current value from Parquet. Text from a dictionary is decoded once per word and row group;
     * other types from a dictionary are decoded by Parquet's reader.
     */
    private static final class Value extends PrimitiveConverter {
        private final boolean binary;
        private final Map<String, String> textPool;
        private Dictionary dictionary;
        private String[] words;
        String text;
        int integer;
        long whole;
        double number;
        boolean flag;

        Value(boolean binary, Map<String, String> textPool) {
            this.binary = binary;
            this.textPool = textPool;
        }

        private String pooled(String read) {
            if (textPool == null) {
                return read;
            }
            String shared = textPool.putIfAbsent(read, read);
            return shared == null ? read : shared;
        }

        @Override
        public boolean hasDictionarySupport() {
            return binary;
        }

        @Override
        public void setDictionary(Dictionary dictionary) {
            this.dictionary = dictionary;
            this.words = new String[dictionary.getMaxId() + 1];
        }

        @Override
        public void addValueFromDictionary(int id) {
            String word = words[id];
            if (word == null) {
                word = pooled(dictionary.decodeToBinary(id).toStringUsingUTF8());
                words[id] = word;
            }
            text = word;
        }

        @Override
        public void addBinary(Binary value) {
            text = pooled(value.toStringUsingUTF8());
        }

        @Override
        public void addInt(int value) {
            integer = value;
            whole = value;
            number = value;
        }

        @Override
        public void addLong(long value) {
            whole = value;
            number = value;
        }

        @Override
        public void addDouble(double value) {
            number = value;
        }

        @Override
        public void addFloat(float value) {
            number = value;
        }

        @Override
        public void addBoolean(boolean value) {
            flag = value;
        }
    }

    /** A group of converters, as Parquet's column store asks for them by field index. */
    private static final class Group extends GroupConverter {
        private final List<Converter> children;

        Group(List<Converter> children) {
            this.children = children;
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return children.get(fieldIndex);
        }

        @Override
        public void start() {}

        @Override
        public void end() {}
    }
}
