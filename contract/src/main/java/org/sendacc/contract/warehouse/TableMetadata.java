package org.sendacc.contract.warehouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a warehouse table holds and where it came from, kept as {@code _table.json} ({@link
 * WarehouseTables#TABLE_METADATA}) inside the table's folder so that it is published (and replaced) together with the
 * table; Parquet readers skip files starting with '_'. {@code columns} lists the table's columns with their logical
 * types, so that what the warehouse holds can be known without Spark or Parquet. Ingest writes it; analytics reads it into the snapshot's
 * manifest (docs/warehouse.md).
 */
public record TableMetadata(
        @JsonProperty("table") String table,
        @JsonProperty("source") String source,
        @JsonProperty("publisher") String publisher,
        @JsonProperty("description") String description,
        @JsonProperty("run_id") String runId,
        @JsonProperty("synthetic") boolean synthetic,
        @JsonProperty("rows") long rows,
        @JsonProperty("files") List<FileSummary> files,
        @JsonProperty("columns") List<WarehouseColumn> columns) {

    public TableMetadata {
        requireNonNull(table, "table is null");
        requireNonNull(source, "source is null");
        requireNonNull(publisher, "publisher is null");
        requireNonNull(description, "description is null");
        requireNonNull(runId, "runId is null");
        files = List.copyOf(requireNonNull(files, "files is null"));
        columns = columns == null ? List.of() : List.copyOf(columns); // none in a table written before they were
    }
}
