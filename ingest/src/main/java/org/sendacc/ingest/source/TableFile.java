package org.sendacc.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.parquet.ParquetSchemas;

/**
 * Writes the accepted rows of one task (a group of files) as one Parquet file of the staged table, straight from the
 * rows' Java values with Apache Parquet: not through a DataFrame, whose conversion of every value to Spark's internal
 * row and back cost a fifth of the task's time (docs/performance.md). The file is what Spark would write for the same
 * schema: the same Parquet types (strings, 64-bit counts, doubles, booleans, dates as days, the missing-value reasons as
 * a map), Snappy, and the Spark schema in the footer, so Spark, DuckDB and the server read it as before. It is written
 * under a hidden name and renamed when whole, so a retried task replaces it and a failed one leaves no part file.
 */
public final class TableFile {
    /** Where Spark keeps a table's own schema in a Parquet footer. */
    static final String SPARK_SCHEMA = "org.apache.spark.sql.parquet.row.metadata";

    private TableFile() {}

    /** The name of a task's file in the table folder. */
    public static String name(int task) {
        return String.format("part-%05d.snappy.parquet", task);
    }

    /**
     * Writes the rows to {@code file}, the columns named in {@code withoutDictionary} without a dictionary or statistics
     * (values distinct within a file); returns how many rows it wrote.
     */
    public static long write(
            Iterator<Row> rows, StructType schema, List<String> withoutDictionary, Path file, Configuration hadoop)
            throws IOException {
        FileSystem fileSystem = file.getFileSystem(hadoop);
        Path partial = new Path(file.getParent(), "." + file.getName() + "-" + UUID.randomUUID() + ".partial");
        Builder builder = new Builder(HadoopOutputFile.fromPath(partial, hadoop), schema)
                .withConf(hadoop)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
        for (String column : withoutDictionary) {
            // distinct values: a dictionary would be abandoned once full, and their minimum and maximum select nothing
            builder = builder.withDictionaryEncoding(column, false).withStatisticsEnabled(column, false);
        }
        long written = 0;
        try (ParquetWriter<Row> writer = builder.build()) {
            while (rows.hasNext()) {
                writer.write(rows.next());
                written++;
            }
        }
        fileSystem.delete(file, false);
        if (!fileSystem.rename(partial, file)) {
            throw new IOException("cannot rename " + partial + " to " + file);
        }
        return written;
    }

    /** The Parquet schema Spark writes for these columns: every column optional. */
    static MessageType parquetSchema(StructType schema) {
        List<Type> fields = new ArrayList<>();
        for (StructField field : schema.fields()) {
            fields.add(parquetType(field.name(), field.dataType()));
        }
        return ParquetSchemas.message(fields);
    }

    private static Type parquetType(String name, DataType type) {
        return ParquetSchemas.column(name, SparkTypes.logical(name, type));
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        private final StructType schema;

        Builder(OutputFile file, StructType schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        @SuppressWarnings("deprecation") // ParquetWriter.Builder's one hook for its write support, Hadoop-flavoured
        protected WriteSupport<Row> getWriteSupport(Configuration configuration) {
            return new RowWriteSupport(schema);
        }
    }

    private static final class RowWriteSupport extends WriteSupport<Row> {
        private final StructType schema;
        private final String[] names;
        private final LogicalType[] kinds;
        private RecordConsumer consumer;
        private final String[] lastTexts;
        private final Binary[] lastBinaries;

        RowWriteSupport(StructType schema) {
            this.schema = schema;
            StructField[] fields = schema.fields();
            this.lastTexts = new String[fields.length];
            this.lastBinaries = new Binary[fields.length];
            this.names = new String[fields.length];
            this.kinds = new LogicalType[fields.length];
            for (int i = 0; i < fields.length; i++) {
                names[i] = fields[i].name();
                kinds[i] = SparkTypes.logical(names[i], fields[i].dataType());
            }
        }

        @Override
        @SuppressWarnings("deprecation") // the init the Hadoop-flavoured builder above calls
        public WriteContext init(Configuration configuration) {
            return new WriteContext(parquetSchema(schema), Map.of(SPARK_SCHEMA, schema.json()));
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(Row row) {
            consumer.startMessage();
            for (int i = 0; i < names.length; i++) {
                Object value = row.get(i);
                if (value == null) {
                    continue;
                }
                consumer.startField(names[i], i);
                switch (kinds[i]) {
                    case TEXT -> consumer.addBinary(binary(i, (String) value));
                    case LONG -> consumer.addLong(((Number) value).longValue());
                    case INTEGER -> consumer.addInteger(((Number) value).intValue());
                    case DECIMAL -> consumer.addDouble(((Number) value).doubleValue());
                    case FLAG -> consumer.addBoolean((Boolean) value);
                    case DATE -> consumer.addInteger((int) days(value));
                    case TEXT_MAP -> writeMap((Map<?, ?>) value);
                }
                consumer.endField(names[i], i);
            }
            consumer.endMessage();
        }

        /**
         * The text as Parquet bytes. The same text object as the column's last (the file's name and the run's id on
         * every row, and a cell the contract found repeated) is encoded once.
         */
        @SuppressWarnings("ReferenceEquality") // the same String object as the last row's: reuse its bytes
        private Binary binary(int column, String text) {
            if (text != lastTexts[column]) {
                lastTexts[column] = text;
                // backed by an array, not a ByteBuffer: the writer's statistics and dictionary compare and hash it
                lastBinaries[column] = Binary.fromConstantByteArray(text.getBytes(StandardCharsets.UTF_8));
            }
            return lastBinaries[column];
        }

        private static long days(Object value) {
            return value instanceof LocalDate date
                    ? date.toEpochDay()
                    : ((java.sql.Date) value).toLocalDate().toEpochDay();
        }

        private void writeMap(Map<?, ?> map) {
            consumer.startGroup();
            if (!map.isEmpty()) {
                consumer.startField("key_value", 0);
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    consumer.startGroup();
                    consumer.startField("key", 0);
                    consumer.addBinary(Binary.fromString(entry.getKey().toString()));
                    consumer.endField("key", 0);
                    if (entry.getValue() != null) {
                        consumer.startField("value", 1);
                        consumer.addBinary(Binary.fromString(entry.getValue().toString()));
                        consumer.endField("value", 1);
                    }
                    consumer.endGroup();
                }
                consumer.endField("key_value", 0);
            }
            consumer.endGroup();
        }
    }
}
