package org.sendacc.ingest.source;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.sendacc.contract.warehouse.WarehouseTables;

/** The columns every warehouse table ends with, saying where each row came from. */
public final class Provenance {
    /** The file's path relative to the ingest's input folder. */
    public static final String SOURCE_FILE = WarehouseTables.SOURCE_FILE;
    /** The row's 1-based line in a text file (the header is line 1), or its row number in a workbook. */
    public static final String SOURCE_ROW = WarehouseTables.SOURCE_ROW;

    public static final String INGEST_RUN_ID = "ingest_run_id";

    public static final List<StructField> FIELDS = List.of(
            DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false),
            DataTypes.createStructField(SOURCE_ROW, DataTypes.LongType, false),
            DataTypes.createStructField(INGEST_RUN_ID, DataTypes.StringType, false));

    private Provenance() {}
}
