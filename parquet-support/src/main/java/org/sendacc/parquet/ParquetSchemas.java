package org.sendacc.parquet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.contract.warehouse.LogicalType;

/**
 * The one schema builder of main code: the Parquet type of each logical type ({@link LogicalType}) the warehouse and
 * the snapshot hold,
 * every column optional and the message named as Spark names it, so that files written by ingest's and analytics' own
 * writers read back in Spark, DuckDB and {@link ColumnCursor} exactly as Spark's own would (docs/warehouse.md).
 */
public final class ParquetSchemas {
    /** What Spark names the message of every file it writes. */
    public static final String MESSAGE = "spark_schema";

    /** The logical type a snapshot column is written as. */
    public static LogicalType of(SnapshotColumns.Kind kind) {
        return switch (kind) {
            case TEXT -> LogicalType.TEXT;
            case DATE -> LogicalType.DATE;
            case DECIMAL -> LogicalType.DECIMAL;
            case INTEGER -> LogicalType.INTEGER;
            case LONG -> LogicalType.LONG;
            case FLAG -> LogicalType.FLAG;
        };
    }

    private ParquetSchemas() {}

    /** The schema of a snapshot table, its columns in the contract's order. */
    public static MessageType snapshot(Map<String, SnapshotColumns.Kind> kinds) {
        List<Type> fields = new ArrayList<>();
        kinds.forEach((name, kind) -> fields.add(column(name, of(kind))));
        return new MessageType(MESSAGE, fields);
    }

    /** A schema of the columns given, in order. */
    public static MessageType message(List<Type> columns) {
        return new MessageType(MESSAGE, columns);
    }

    /** One optional column of a kind. */
    public static Type column(String name, LogicalType kind) {
        return switch (kind) {
            case TEXT -> text(name, false);
            case DATE ->
                Types.optional(PrimitiveTypeName.INT32)
                        .as(LogicalTypeAnnotation.dateType())
                        .named(name);
            case DECIMAL -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
            case INTEGER -> Types.optional(PrimitiveTypeName.INT32).named(name);
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named(name);
            case FLAG -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
            case TEXT_MAP ->
                Types.optionalMap()
                        .key(text("key", true))
                        .value(text("value", false))
                        .named(name);
        };
    }

    private static org.apache.parquet.schema.PrimitiveType text(String name, boolean required) {
        return (required ? Types.required(PrimitiveTypeName.BINARY) : Types.optional(PrimitiveTypeName.BINARY))
                .as(LogicalTypeAnnotation.stringType())
                .named(name);
    }
}
