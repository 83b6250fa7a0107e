package org.sendacc.rules.contract;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One broken rule found in one source row (or in a whole file, when {@code column} is empty). The value is
 * already masked when the column is personal, so a problem can be logged or published as it is.
 */
public record Problem(String column, String rule, String value, String message) implements Serializable {
    public static final String WITHHELD = "[withheld]";

    public Problem {
        requireNonNull(column, "column is null");
        requireNonNull(rule, "rule is null");
        requireNonNull(value, "value is null");
        requireNonNull(message, "message is null");
    }

    public static Problem ofFile(String rule, String message) {
        return new Problem("", rule, "", message);
    }
}
