package org.sendacc.ingest.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** The declared type of a source column: how its text is parsed and which Parquet type it lands as. */
public enum ColumnType {
    TEXT(DataTypes.StringType, "text"),
    /** A whole number of things: people, plans, requests. */
    COUNT(DataTypes.LongType, "a whole number"),
    INTEGER(DataTypes.LongType, "a whole number"),
    DECIMAL(DataTypes.DoubleType, "a number"),
    /** A percentage on the 0 to 100 scale, as DfE publishes them (46.4, not 0.464). */
    PERCENT(DataTypes.DoubleType, "a percentage"),
    /** An ISO date, YYYY-MM-DD. */
    DATE(DataTypes.DateType, "a date (YYYY-MM-DD)"),
    /** Y or N. */
    FLAG(DataTypes.BooleanType, "Y or N");

    private final DataType sparkType;
    private final String description;

    ColumnType(DataType sparkType, String description) {
        this.sparkType = sparkType;
        this.description = description;
    }

    public DataType sparkType() {
        return sparkType;
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

    private static java.sql.Date parseDate(String text) {
        try {
            return java.sql.Date.valueOf(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date", e);
        }
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
