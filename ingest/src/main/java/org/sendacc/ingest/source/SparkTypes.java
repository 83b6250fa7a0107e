package org.sendacc.ingest.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseColumn;

/**
 * The one mapping between the contract's logical column types and Spark's: ingest declares its columns with the
 * contract's types (the row contract, org.sendacc.rules.contract, has no Spark in it), and Spark sees them only here.
 */
public final class SparkTypes {
    private SparkTypes() {}

    /** Spark's schema of columns declared with the contract's types, in their order, every one nullable. */
    public static StructType schema(List<WarehouseColumn> columns) {
        List<StructField> fields = new ArrayList<>();
        for (WarehouseColumn column : columns) {
            fields.add(DataTypes.createStructField(column.name(), of(column.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    /** Spark's type for a logical type. */
    public static DataType of(LogicalType type) {
        return switch (type) {
            case TEXT -> DataTypes.StringType;
            case LONG -> DataTypes.LongType;
            case INTEGER -> DataTypes.IntegerType;
            case DECIMAL -> DataTypes.DoubleType;
            case DATE -> DataTypes.DateType;
            case FLAG -> DataTypes.BooleanType;
            case TEXT_MAP -> DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true);
        };
    }

    /**
     * The logical type of a Spark type the warehouse holds.
     *
     * @throws IllegalStateException for any other Spark type
     */
    public static LogicalType logical(String column, DataType type) {
        for (LogicalType candidate : LogicalType.values()) {
            if (candidate != LogicalType.TEXT_MAP && of(candidate).equals(type)) {
                return candidate;
            }
        }
        if (type instanceof MapType map
                && map.keyType().equals(DataTypes.StringType)
                && map.valueType().equals(DataTypes.StringType)) {
            return LogicalType.TEXT_MAP;
        }
        throw new IllegalStateException("column " + column + " has a type the warehouse does not hold: " + type);
    }
}
