package org.sendacc.contract.warehouse;

import com.fasterxml.jackson.annotation.JsonValue;
import org.sendacc.contract.catalogue.Token;

/**
 * The logical type of a warehouse column, without Spark: how ingest declares what it writes, how {@code _table.json}
 * records each table's columns, and what the one Parquet schema builder (parquet-support) writes each as
 * (docs/warehouse.md).
 */
public enum LogicalType implements Token {
    /** UTF-8 text. */
    TEXT("text"),
    /** A 64-bit whole number: people, plans, requests, a row's number in its file. */
    LONG("long"),
    /** A 32-bit whole number. */
    INTEGER("integer"),
    /** A double: a rate, a percentage, an amount. */
    DECIMAL("decimal"),
    /** A day. */
    DATE("date"),
    /** True or false. */
    FLAG("flag"),
    /** A map of text to text: a row's missing values by column, with DfE's reason for each. */
    TEXT_MAP("text_map");

    private final String token;

    LogicalType(String token) {
        this.token = token;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }
}
