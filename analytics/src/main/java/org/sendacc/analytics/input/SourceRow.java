package org.sendacc.analytics.input;

import java.time.LocalDate;
import java.util.Map;

/**
 * One row of a small warehouse table (a publisher's aggregate or a workforce return), as collected: its values by
 * column and, for a value the publisher left out, the reason it gave.
 */
public record SourceRow(Map<String, Object> values, Map<String, String> missingReasons) {
    public SourceRow {
        values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
        missingReasons = Map.copyOf(missingReasons);
    }

    public String text(String column) {
        Object value = values.get(column);
        return value == null ? null : value.toString();
    }

    /** A number as a double (counts are whole numbers in the warehouse), or null. */
    public Double number(String column) {
        Object value = values.get(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    public LocalDate date(String column) {
        Object value = values.get(column);
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    /** The publisher's reason for a missing value of the column, or null. */
    public String reason(String column) {
        return missingReasons.get(column);
    }
}
