package org.sendacc.contract.warehouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One column of a warehouse table, by name and logical type, as the table's {@code _table.json} lists it. */
public record WarehouseColumn(
        @JsonProperty("name") String name,
        @JsonProperty("type") LogicalType type) {
    public WarehouseColumn {
        requireNonNull(name, "name is null");
        requireNonNull(type, name + ": type is null");
    }
}
