package org.sendacc.ingest.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sendacc.contract.warehouse.TableMetadata;
import org.sendacc.contract.warehouse.WarehouseTables;

/**
 * How ingest writes the contract's JSON records (the run summary, each table's {@code _table.json}) to the warehouse's
 * file system: the records name their own fields, so any reader of the contract reads them back.
 */
public final class WarehouseJson {
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WarehouseJson() {}

    /** Writes a table's metadata beside its Parquet files. */
    public static void write(FileSystem fileSystem, Path tableFolder, TableMetadata metadata) throws IOException {
        try (OutputStream out = fileSystem.create(new Path(tableFolder, WarehouseTables.TABLE_METADATA), true)) {
            JSON.writeValue(out, metadata);
        }
    }

    /** Reads a table's metadata. */
    public static TableMetadata read(FileSystem fileSystem, Path tableFolder) throws IOException {
        try (InputStream in = fileSystem.open(new Path(tableFolder, WarehouseTables.TABLE_METADATA))) {
            return JSON.readValue(in, TableMetadata.class);
        }
    }
}
