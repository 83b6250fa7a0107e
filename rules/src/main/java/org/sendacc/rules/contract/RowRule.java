package org.sendacc.rules.contract;

import java.io.Serializable;

/** A rule over a whole row, run after every column has been parsed: cross-field checks and derived columns. */
@FunctionalInterface
public interface RowRule extends Serializable {
    void apply(ValidatedRow row, RuleContext context);
}
