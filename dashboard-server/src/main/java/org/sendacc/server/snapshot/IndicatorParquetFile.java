package org.sendacc.server.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;

/**
 * Reads one Parquet file of the indicators table into rows, with Apache Parquet's column readers and no Hadoop file
 * system.
 *
 * <p>Why not Parquet's record readers: assembling a generic record per row and then picking fields out of it doubled
 * the server's start-up. Here each column of a row group is read straight into an array, columns found by name, and
 * then the rows are built from the arrays. Text columns are dictionary-encoded by Spark, so each distinct text is
 * decoded once per row group and shared, rather than once per row: that is most of the values, and it also keeps a
 * large snapshot small in memory.
 */
final class IndicatorParquetFile {
    private static final int INDICATOR_ID = position(SnapshotColumns.INDICATOR_ID);
    private static final int AREA_CODE = position(SnapshotColumns.AREA_CODE);
    private static final int AREA_NAME = position(SnapshotColumns.AREA_NAME);
    private static final int AREA_LEVEL = position(SnapshotColumns.AREA_LEVEL);
    private static final int PERIOD = position(SnapshotColumns.PERIOD);
    private static final int PERIOD_LABEL = position(SnapshotColumns.PERIOD_LABEL);
    private static final int PERIOD_START = position(SnapshotColumns.PERIOD_START);
    private static final int VALUE = position(SnapshotColumns.VALUE);
    private static final int NUMERATOR = position(SnapshotColumns.NUMERATOR);
    private static final int DENOMINATOR = position(SnapshotColumns.DENOMINATOR);
    private static final int LOWER_CI95 = position(SnapshotColumns.LOWER_CI95);
    private static final int UPPER_CI95 = position(SnapshotColumns.UPPER_CI95);
    private static final int LOWER_CI998 = position(SnapshotColumns.LOWER_CI998);
    private static final int UPPER_CI998 = position(SnapshotColumns.UPPER_CI998);
    private static final int ENGLAND_VALUE = position(SnapshotColumns.ENGLAND_VALUE);
    private static final int REGION_VALUE = position(SnapshotColumns.REGION_VALUE);
    private static final int NEIGHBOURS_VALUE = position(SnapshotColumns.NEIGHBOURS_VALUE);
    private static final int ICB_VALUE = position(SnapshotColumns.ICB_VALUE);
    private static final int COMPARISON_ENGLAND = position(SnapshotColumns.COMPARISON_ENGLAND);
    private static final int COMPARISON_REGION = position(SnapshotColumns.COMPARISON_REGION);
    private static final int COMPARISON_NEIGHBOURS = position(SnapshotColumns.COMPARISON_NEIGHBOURS);
    private static final int COMPARISON_ICB = position(SnapshotColumns.COMPARISON_ICB);
    private static final int RANK = position(SnapshotColumns.RANK);
    private static final int RANKED_AREAS = position(SnapshotColumns.RANKED_AREAS);
    private static final int QUARTILE = position(SnapshotColumns.QUARTILE);
    private static final int PREVIOUS_VALUE = position(SnapshotColumns.PREVIOUS_VALUE);
    private static final int TREND = position(SnapshotColumns.TREND);
    private static final int TREND_JUDGEMENT = position(SnapshotColumns.TREND_JUDGEMENT);
    private static final int TREND_POINTS = position(SnapshotColumns.TREND_POINTS);
    private static final int SOURCE = position(SnapshotColumns.SOURCE);
    private static final int APPORTIONED = position(SnapshotColumns.APPORTIONED);
    private static final int BREAK_IN_SERIES = position(SnapshotColumns.BREAK_IN_SERIES);
    private static final int SUPPRESSED = position(SnapshotColumns.SUPPRESSED);
    private static final int NO_VALUE_REASON = position(SnapshotColumns.NO_VALUE_REASON);
    private static final int PUBLISHED_DATE = position(SnapshotColumns.PUBLISHED_DATE);
    private static final int EVIDENCE_URL = position(SnapshotColumns.EVIDENCE_URL);
    private static final int PARTNER = position(SnapshotColumns.PARTNER);
    private static final int UNIT = position(SnapshotColumns.UNIT);
    private static final int POLARITY = position(SnapshotColumns.POLARITY);
    private static final int REGION_CODE = position(SnapshotColumns.REGION_CODE);
    private static final int ICB_CODE = position(SnapshotColumns.ICB_CODE);
    private static final int NEIGHBOURS_INCLUDED = position(SnapshotColumns.NEIGHBOURS_INCLUDED);
    private static final int SNAPSHOT_ID = position(SnapshotColumns.SNAPSHOT_ID);

    /** The Java type each column is read as, by position; the Parquet type is checked against it. */
    private static final Kind[] KINDS = kinds();

    private final Path file;
    /** Equal texts share one String across columns and row groups of the file. */
    private final Map<String, String> sharedText = new HashMap<>();

    private IndicatorParquetFile(Path file) {
        this.file = file;
    }

    /** Appends the file's rows to {@code rows}. */
    static void read(Path file, List<IndicatorRow> rows) {
        new IndicatorParquetFile(file).readInto(rows);
    }

    private static int position(String column) {
        return SnapshotColumns.ALL.indexOf(column);
    }

    private static Kind[] kinds() {
        Kind[] kinds = new Kind[SnapshotColumns.ALL.size()];
        for (int column = 0; column < kinds.length; column++) {
            kinds[column] = switch (SnapshotColumns.kind(SnapshotColumns.ALL.get(column))) {
                case TEXT -> Kind.TEXT;
                case DATE -> Kind.DATE;
                case DECIMAL -> Kind.DECIMAL;
                case INTEGER, LONG -> Kind.WHOLE_NUMBER;
                case FLAG -> Kind.FLAG;
            };
        }
        return kinds;
    }

    private void readInto(List<IndicatorRow> rows) {
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
                    rows.add(row(columns, index, rowsBefore + index + 1));
                }
                rowsBefore += rowCount;
            }
        } catch (IOException e) {
            throw invalid("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The file's columns in {@link SnapshotColumns#ALL} order, each checked for its type; null for a column added to
     * the contract later that an older snapshot lacks.
     */
    private ColumnDescriptor[] descriptors(MessageType schema) {
        ColumnDescriptor[] descriptors = new ColumnDescriptor[SnapshotColumns.ALL.size()];
        for (int column = 0; column < descriptors.length; column++) {
            String name = SnapshotColumns.ALL.get(column);
            if (!schema.containsField(name) && SnapshotColumns.ADDED_LATER.contains(name)) {
                continue; // an older snapshot: read as empty
            }
            if (!schema.containsField(name) || !schema.getType(name).isPrimitive()) {
                throw invalid(file + " has no column " + name);
            }
            ColumnDescriptor descriptor = schema.getColumnDescription(new String[] {name});
            if (!KINDS[column].accepts(descriptor.getPrimitiveType())) {
                throw invalid(file + ": column " + name + " is " + descriptor.getPrimitiveType() + ", not "
                        + KINDS[column].description);
            }
            descriptors[column] = descriptor;
        }
        return descriptors;
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

    private IndicatorRow row(Object[][] columns, int index, long rowNumber) {
        String levelName = (String) required(columns, AREA_LEVEL, index, rowNumber);
        AreaLevel level = AreaLevel.fromSnapshotName(levelName)
                .orElseThrow(() -> invalid(
                        file + " row " + rowNumber + " has unknown area_level " + DashboardException.quote(levelName)));
        return new IndicatorRow(
                (String) required(columns, INDICATOR_ID, index, rowNumber),
                (String) required(columns, AREA_CODE, index, rowNumber),
                (String) required(columns, AREA_NAME, index, rowNumber),
                level,
                (String) required(columns, PERIOD, index, rowNumber),
                (String) required(columns, PERIOD_LABEL, index, rowNumber),
                (LocalDate) required(columns, PERIOD_START, index, rowNumber),
                (Double) columns[VALUE][index],
                (Double) columns[NUMERATOR][index],
                (Double) columns[DENOMINATOR][index],
                (Double) columns[LOWER_CI95][index],
                (Double) columns[UPPER_CI95][index],
                (Double) columns[LOWER_CI998][index],
                (Double) columns[UPPER_CI998][index],
                (Double) columns[ENGLAND_VALUE][index],
                (Double) columns[REGION_VALUE][index],
                (Double) columns[NEIGHBOURS_VALUE][index],
                (Double) columns[ICB_VALUE][index],
                (String) columns[COMPARISON_ENGLAND][index],
                (String) columns[COMPARISON_REGION][index],
                (String) columns[COMPARISON_NEIGHBOURS][index],
                (String) columns[COMPARISON_ICB][index],
                smallWholeNumber(columns, RANK, index),
                (Long) columns[RANKED_AREAS][index],
                smallWholeNumber(columns, QUARTILE, index),
                (Double) columns[PREVIOUS_VALUE][index],
                (String) columns[TREND][index],
                (String) columns[TREND_JUDGEMENT][index],
                smallWholeNumber(columns, TREND_POINTS, index),
                (String) required(columns, SOURCE, index, rowNumber),
                (Boolean) required(columns, APPORTIONED, index, rowNumber),
                (Boolean) required(columns, BREAK_IN_SERIES, index, rowNumber),
                (Boolean) required(columns, SUPPRESSED, index, rowNumber),
                (String) columns[NO_VALUE_REASON][index],
                (LocalDate) columns[PUBLISHED_DATE][index],
                (String) columns[EVIDENCE_URL][index],
                (String) required(columns, PARTNER, index, rowNumber),
                (String) required(columns, UNIT, index, rowNumber),
                (String) required(columns, POLARITY, index, rowNumber),
                (String) columns[REGION_CODE][index],
                (String) columns[ICB_CODE][index],
                (Long) columns[NEIGHBOURS_INCLUDED][index],
                (String) required(columns, SNAPSHOT_ID, index, rowNumber));
    }

    private Object required(Object[][] columns, int column, int index, long rowNumber) {
        Object value = columns[column][index];
        if (value == null) {
            throw invalid(file + " row " + rowNumber + " has no " + SnapshotColumns.ALL.get(column));
        }
        return value;
    }

    private Integer smallWholeNumber(Object[][] columns, int column, int index) {
        Long number = (Long) columns[column][index];
        return number == null ? null : Math.toIntExact(number);
    }

    private static DashboardException invalid(String message) {
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
