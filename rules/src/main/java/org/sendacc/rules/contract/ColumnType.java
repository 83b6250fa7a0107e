package org.sendacc.rules.contract;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.sendacc.contract.warehouse.LogicalType;

/** The declared type of a source column: how its text is parsed and which Parquet type it lands as. */
public enum ColumnType {
    TEXT(LogicalType.TEXT, "text"),
    /** A whole number of things: people, plans, requests. */
    COUNT(LogicalType.LONG, "a whole number"),
    INTEGER(LogicalType.LONG, "a whole number"),
    DECIMAL(LogicalType.DECIMAL, "a number"),
    /** A percentage on the 0 to 100 scale, as DfE publishes them (46.4, not 0.464). */
    PERCENT(LogicalType.DECIMAL, "a percentage"),
    /** An ISO date, YYYY-MM-DD. */
    DATE(LogicalType.DATE, "a date (YYYY-MM-DD)"),
    /** Y or N. */
    FLAG(LogicalType.FLAG, "Y or N");

    private final LogicalType logicalType;

    private final String description;

    ColumnType(LogicalType logicalType, String description) {
        this.logicalType = logicalType;
        this.description = description;
    }

    /** The contract's type of the column this lands as. */
    public LogicalType logicalType() {
        return logicalType;
    }

    public String description() {
        return description;
    }

    /** Parses trimmed, non-empty text; throws {@link IllegalArgumentException} when it is not of this type. */
    public Object parse(String text) {
        switch (this) {
            case TEXT:
                return text;
            case COUNT:
            case INTEGER:
                return parseWholeNumber(text);
            case DECIMAL:
            case PERCENT:
                return parseDecimal(text);
            case DATE:
                return parseDate(text);
            case FLAG:
                return parseFlag(text);
            default:
                throw new IllegalStateException("unhandled column type " + this);
        }
    }

    private static Long parseWholeNumber(String text) {
        try {
            return new BigDecimal(text).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a whole number", e);
        }
    }

    private static Double parseDecimal(String text) {
        try {
            double value = new BigDecimal(text).doubleValue();
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number", e);
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return isoDate(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not an ISO date", e);
        }
    }

    /**
     * An ISO date, as {@link LocalDate#parse} reads it. The common form (four-digit year, YYYY-MM-DD) is read by hand:
     * a run parses millions of dates, and the formatter costs several times more than the check of ten characters.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day); // throws for a day the month does not have
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the ASCII digits from start to end spell, or -1 when one is not a digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Boolean parseFlag(String text) {
        if (text.equals("Y")) {
            return Boolean.TRUE;
        }
        if (text.equals("N")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("not Y or N");
    }
}
