package org.sendacc.ingest.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sendacc.ingest.contract.Contract;

/**
 * The shape of a source's rows between reading and publishing: the table's columns plus what the run needs to
 * split accepted rows from rejected ones and to summarise each file. One "file" row closes each file, carrying
 * its checksum, size and any problem with the file as a whole.
 */
public final class Staging {
    public static final String KIND = "_kind";
    public static final String KIND_ROW = "row";
    public static final String KIND_FILE = "file";
    public static final String PROBLEMS = "_problems";
    public static final String FILE_SHA256 = "_file_sha256";
    public static final String FILE_BYTES = "_file_bytes";

    public static final StructType PROBLEM = DataTypes.createStructType(List.of(
            DataTypes.createStructField("column", DataTypes.StringType, false),
            DataTypes.createStructField("rule", DataTypes.StringType, false),
            DataTypes.createStructField("value", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false)));

    private Staging() {}

    /** The warehouse table's schema: the contract's data columns, then provenance. */
    public static StructType tableSchema(Contract contract) {
        List<StructField> fields = new ArrayList<>(List.of(contract.schema().fields()));
        fields.addAll(Provenance.FIELDS);
        return DataTypes.createStructType(fields);
    }

    public static StructType schema(Contract contract) {
        List<StructField> fields = new ArrayList<>(List.of(tableSchema(contract).fields()));
        fields.add(DataTypes.createStructField(KIND, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(PROBLEMS, DataTypes.createArrayType(PROBLEM, false), false));
        fields.add(DataTypes.createStructField(FILE_SHA256, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(FILE_BYTES, DataTypes.LongType, true));
        return DataTypes.createStructType(fields);
    }
}
