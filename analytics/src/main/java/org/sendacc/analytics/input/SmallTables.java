package org.sendacc.analytics.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.sendacc.contract.warehouse.WarehouseTables;

/**
 * Reads a small warehouse table (a publisher's aggregate, a workforce return: at most one row per area, period and
 * breakdown, a few hundred thousand rows for the largest DfE file) on the driver with Apache Parquet, projected to the
 * columns the recipes use. A Spark job would cost more to plan and start than reading such a table takes; the tables
 * that grow with person-level records are reduced by Spark instead (see {@link WarehouseInputs}).
 */
public final class SmallTables {
    private SmallTables() {}

    public static List<SourceRow> read(
            Path table, Set<String> wanted, Set<String> breakdowns, Configuration configuration) {
        try {
            List<SourceRow> rows = new ArrayList<>();
            for (FileStatus file : TableScans.files(table, configuration)) {
                readFile(file.getPath(), wanted, breakdowns, configuration, rows);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + table, e);
        }
    }

    private static void readFile(
            Path file, Set<String> wanted, Set<String> breakdowns, Configuration configuration, List<SourceRow> rows)
            throws IOException {
        HadoopInputFile input = HadoopInputFile.fromPath(file, configuration);
        MessageType schema;
        try (org.apache.parquet.hadoop.ParquetFileReader footer =
                org.apache.parquet.hadoop.ParquetFileReader.open(input)) {
            schema = footer.getFooter().getFileMetaData().getSchema();
        }
        List<Type> projected = new ArrayList<>();
        for (Type field : schema.getFields()) {
            String name = field.getName();
            if (wanted.contains(name)
                    || name.equals(WarehouseTables.MISSING_REASONS)
                    || (breakdowns != null && name.equals(WarehouseTables.Ees.BREAKDOWN))) {
                projected.add(field);
            }
        }
        MessageType projection = new MessageType(schema.getName(), projected);
        Configuration conf = new Configuration(configuration);
        conf.set(org.apache.parquet.hadoop.api.ReadSupport.PARQUET_READ_SCHEMA, projection.toString());
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file)
                .withConf(conf)
                .build()) {
            for (Group group = reader.read(); group != null; group = reader.read()) {
                Map<String, Object> values = new HashMap<>();
                Map<String, String> reasons = new HashMap<>();
                for (Type field : projection.getFields()) {
                    String name = field.getName();
                    if (group.getFieldRepetitionCount(name) == 0) {
                        continue;
                    }
                    if (name.equals(WarehouseTables.MISSING_REASONS)) {
                        readMap(group.getGroup(name, 0), reasons);
                    } else {
                        values.put(name, value(group, name, field.asPrimitiveType()));
                    }
                }
                if (breakdowns != null
                        && values.containsKey(WarehouseTables.Ees.BREAKDOWN)
                        && !breakdowns.contains(values.get(WarehouseTables.Ees.BREAKDOWN))) {
                    continue;
                }
                if (!wanted.contains(WarehouseTables.Ees.BREAKDOWN)) {
                    values.remove(WarehouseTables.Ees.BREAKDOWN);
                }
                rows.add(new SourceRow(values, reasons));
            }
        }
    }

    /** A Parquet MAP of text to text: repeated key_value groups of a key and an optional value. */
    private static void readMap(Group map, Map<String, String> into) {
        GroupType type = map.getType();
        String entries = type.getFields().get(0).getName();
        for (int i = 0; i < map.getFieldRepetitionCount(entries); i++) {
            Group entry = map.getGroup(entries, i);
            if (entry.getFieldRepetitionCount(1) > 0) {
                into.put(entry.getString(0, 0), entry.getString(1, 0));
            }
        }
    }

    private static Object value(Group group, String name, PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        return switch (type.getPrimitiveTypeName()) {
            case BINARY -> group.getString(name, 0);
            case INT32 ->
                logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                        ? LocalDate.ofEpochDay(group.getInteger(name, 0))
                        : (Object) Long.valueOf(group.getInteger(name, 0));
            case INT64 -> group.getLong(name, 0);
            case DOUBLE -> group.getDouble(name, 0);
            case FLOAT -> (double) group.getFloat(name, 0);
            case BOOLEAN -> group.getBoolean(name, 0);
            default ->
                throw new IllegalStateException("column " + name + " has an unexpected Parquet type " + type + " "
                        + Arrays.toString(new Object[0]));
        };
    }
}
