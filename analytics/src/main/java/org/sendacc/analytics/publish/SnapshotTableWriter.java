package org.sendacc.analytics.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.parquet.ParquetSchemas;

/**
 * Writes an indicators table (tens of thousands of rows, computed on the driver), or the breakdowns table, as one
 * Parquet file with the snapshot's columns and types from the contract ({@link SnapshotColumns}), straight from the driver with Apache
 * Parquet: any Parquet reader (Spark, DuckDB, the dashboard server's) reads it.
 */
public final class SnapshotTableWriter {
    /** The snapshot's columns as a Parquet schema, every column optional. */
    public static final MessageType SCHEMA = schema(SnapshotColumns.KINDS);

    static final String FILE = "part-00000.snappy.parquet";

    private SnapshotTableWriter() {}

    /** Writes the rows (values in {@link SnapshotColumns#ALL} order) into a new folder; fails if it exists. */
    public static void write(List<Object[]> rows, Path folder, Configuration configuration) {
        write(rows, SnapshotColumns.KINDS, folder, configuration);
    }

    /**
     * Writes a table of the snapshot (values in the order of {@code kinds}, which gives each column's kind) into a new
     * folder; fails if it exists.
     */
    public static void write(
            List<Object[]> rows, Map<String, SnapshotColumns.Kind> kinds, Path folder, Configuration configuration) {
        List<String> columns = List.copyOf(kinds.keySet());
        MessageType schema = kinds == SnapshotColumns.KINDS ? SCHEMA : schema(kinds);
        try {
            FileSystem fileSystem = folder.getFileSystem(configuration);
            if (fileSystem.exists(folder)) {
                throw new IOException("the table " + folder + " already exists");
            }
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new Path(folder, FILE))
                    .withConf(configuration)
                    .withType(schema)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withWriteMode(ParquetFileWriter.Mode.CREATE)
                    .build()) {
                for (Object[] values : rows) {
                    Group group = groups.newGroup();
                    for (int i = 0; i < values.length; i++) {
                        Object value = values[i];
                        if (value == null) {
                            continue;
                        }
                        String name = columns.get(i);
                        switch (kinds.get(name)) {
                            case TEXT -> group.add(i, (String) value);
                            case DATE -> group.add(i, (int) ((LocalDate) value).toEpochDay());
                            case DECIMAL -> group.add(i, (Double) value);
                            case INTEGER -> group.add(i, (Integer) value);
                            case LONG -> group.add(i, (Long) value);
                            case FLAG -> group.add(i, (Boolean) value);
                        }
                    }
                    writer.write(group);
                }
            }
            fileSystem.create(new Path(folder, "_SUCCESS"), false).close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the table " + folder, e);
        }
    }

    private static MessageType schema(Map<String, SnapshotColumns.Kind> kinds) {
        return ParquetSchemas.snapshot(kinds);
    }
}
