package org.sendacc.analytics.indicators;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What every recipe produces: for one indicator and source, a numerator and denominator (or a value given
 * directly) per area and period. Everything else in the indicators table is derived from these rows.
 */
public final class BaseRows {
    public static final String INDICATOR_ID = "indicator_id";
    public static final String SOURCE = "source";
    public static final String AREA_CODE = "area_code";
    public static final String AREA_LEVEL = "area_level";
    public static final String PERIOD = "period";
    public static final String PERIOD_LABEL = "period_label";
    public static final String PERIOD_START = "period_start";
    public static final String NUMERATOR = "numerator";
    public static final String DENOMINATOR = "denominator";
    public static final String GIVEN_VALUE = "given_value";
    public static final String APPORTIONED = "apportioned";
    /** Why the source has no figure for the row, as it says (DfE's "suppressed (c)"), when it says. */
    public static final String MISSING_REASON = "missing_reason";

    public static final String ENGLAND = "england";
    public static final String REGION = "region";
    public static final String ICB = "icb";
    public static final String LA = "la";
    public static final List<String> LEVELS = List.of(ENGLAND, REGION, ICB, LA);

    public static final String ENGLAND_CODE = "E92000001";

    public static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(INDICATOR_ID, DataTypes.StringType, false),
            DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
            DataTypes.createStructField(AREA_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(AREA_LEVEL, DataTypes.StringType, false),
            DataTypes.createStructField(PERIOD, DataTypes.StringType, false),
            DataTypes.createStructField(PERIOD_LABEL, DataTypes.StringType, false),
            DataTypes.createStructField(PERIOD_START, DataTypes.DateType, false),
            DataTypes.createStructField(NUMERATOR, DataTypes.DoubleType, true),
            DataTypes.createStructField(DENOMINATOR, DataTypes.DoubleType, true),
            DataTypes.createStructField(GIVEN_VALUE, DataTypes.DoubleType, true),
            DataTypes.createStructField(APPORTIONED, DataTypes.BooleanType, false),
            DataTypes.createStructField(MISSING_REASON, DataTypes.StringType, true)));

    private BaseRows() {}
}
