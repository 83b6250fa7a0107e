package org.sendacc.ingest.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables;
import org.sendacc.rules.contract.Contract;

/** The columns every warehouse table ends with, saying where each row came from. */
public final class Provenance {
    /** The file's path relative to the ingest's input folder. */
    public static final String SOURCE_FILE = WarehouseTables.SOURCE_FILE;
    /** The row's 1-based line in a text file (the header is line 1), or its row number in a workbook. */
    public static final String SOURCE_ROW = WarehouseTables.SOURCE_ROW;

    public static final String INGEST_RUN_ID = "ingest_run_id";

    public static final List<StructField> FIELDS = List.of(
            DataTypes.createStructField(SOURCE_FILE, SparkTypes.of(LogicalType.TEXT), false),
            DataTypes.createStructField(SOURCE_ROW, SparkTypes.of(LogicalType.LONG), false),
            DataTypes.createStructField(INGEST_RUN_ID, SparkTypes.of(LogicalType.TEXT), false));

    private Provenance() {}

    /** The warehouse table's schema: the contract's data columns, then these. */
    public static StructType tableSchema(Contract contract) {
        List<StructField> fields = new ArrayList<>(
                List.of(SparkTypes.schema(contract.dataColumns()).fields()));
        fields.addAll(FIELDS);
        return DataTypes.createStructType(fields);
    }

    /** A row's data values followed by its provenance values, in {@link #FIELDS} order. */
    public static Object[] append(Object[] data, String file, long row, String runId) {
        Object[] all = new Object[data.length + FIELDS.size()];
        System.arraycopy(data, 0, all, 0, data.length);
        all[data.length] = file;
        all[data.length + 1] = row;
        all[data.length + 2] = runId;
        return all;
    }
}
