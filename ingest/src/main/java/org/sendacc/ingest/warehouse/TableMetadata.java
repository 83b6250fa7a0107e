package org.sendacc.ingest.warehouse;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a warehouse table holds and where it came from, kept as {@code _table.json} inside the table's folder so
 * that it is published (and replaced) together with the table. Parquet readers skip files starting with '_'.
 */
public record TableMetadata(
        String table,
        String source,
        String publisher,
        String description,
        String runId,
        boolean synthetic,
        long rows,
        List<FileSummary> files) {
    public static final String FILE_NAME = org.sendacc.contract.warehouse.WarehouseTables.TABLE_METADATA;

    public TableMetadata {
        requireNonNull(table, "table is null");
        requireNonNull(source, "source is null");
        requireNonNull(publisher, "publisher is null");
        requireNonNull(description, "description is null");
        requireNonNull(runId, "runId is null");
        files = List.copyOf(requireNonNull(files, "files is null"));
    }

    public void writeTo(FileSystem fileSystem, Path tableFolder) throws IOException {
        try (OutputStream out = fileSystem.create(new Path(tableFolder, FILE_NAME), true)) {
            RunSummary.JSON.writeValue(out, this);
        }
    }

    public static TableMetadata readFrom(FileSystem fileSystem, Path tableFolder) throws IOException {
        try (InputStream in = fileSystem.open(new Path(tableFolder, FILE_NAME))) {
            return RunSummary.JSON.readValue(in, TableMetadata.class);
        }
    }
}
