package org.sendacc.ingest.contract;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.sendacc.contract.warehouse.LogicalType;

/**
 * The one mapping between the contract's logical column types and Spark's: ingest declares its columns with the
 * contract's types, and Spark sees them only here.
 */
public final class SparkTypes {
    private SparkTypes() {}

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
