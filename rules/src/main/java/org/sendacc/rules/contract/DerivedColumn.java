package org.sendacc.rules.contract;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.sendacc.contract.warehouse.LogicalType;

/** A column the contract's rules compute (a canonical LA code, a period's start date) rather than read. */
public record DerivedColumn(String name, LogicalType type) implements Serializable {
    public DerivedColumn {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }
}
