package org.sendacc.analytics.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sendacc.contract.snapshot.SnapshotColumns;

/**
 * Writes an indicators table as one Parquet file with the snapshot's columns and types ({@link SnapshotColumns}), so
 * that any Parquet reader (the dashboard server's among them) can read it.
 */
public final class SnapshotTableWriter {
    /** The snapshot's columns as a Spark schema, built from the contract. */
    public static final StructType SCHEMA = schema();

    private SnapshotTableWriter() {}

    public static void write(SparkSession spark, List<Object[]> rows, Path folder) {
        List<Row> sparkRows = new ArrayList<>(rows.size());
        for (Object[] values : rows) {
            Object[] converted = values.clone();
            for (int i = 0; i < converted.length; i++) {
                if (converted[i] instanceof LocalDate date) {
                    converted[i] = java.sql.Date.valueOf(date);
                }
            }
            sparkRows.add(RowFactory.create(converted));
        }
        spark.createDataFrame(sparkRows, SCHEMA)
                .coalesce(1)
                .write()
                .mode(SaveMode.ErrorIfExists)
                .parquet(folder.toString());
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (Map.Entry<String, SnapshotColumns.Kind> column : SnapshotColumns.KINDS.entrySet()) {
            fields.add(DataTypes.createStructField(column.getKey(), type(column.getValue()), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(SnapshotColumns.Kind kind) {
        return switch (kind) {
            case TEXT -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            case DECIMAL -> DataTypes.DoubleType;
            case INTEGER -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case FLAG -> DataTypes.BooleanType;
        };
    }
}
