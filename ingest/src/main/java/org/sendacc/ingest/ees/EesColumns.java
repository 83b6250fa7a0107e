package org.sendacc.ingest.ees;

import java.util.List;
import org.sendacc.ingest.contract.Column;

/** The location and time columns of DfE's open data standard, in its order, and the columns we derive from them. */
public final class EesColumns {
    public static final String TIME_PERIOD = "time_period";
    public static final String TIME_IDENTIFIER = "time_identifier";
    public static final String GEOGRAPHIC_LEVEL = "geographic_level";
    public static final String COUNTRY_CODE = "country_code";
    public static final String COUNTRY_NAME = "country_name";
    public static final String REGION_CODE = "region_code";
    public static final String REGION_NAME = "region_name";
    public static final String NEW_LA_CODE = "new_la_code";
    public static final String OLD_LA_CODE = "old_la_code";
    public static final String LA_NAME = "la_name";
    public static final String BREAKDOWN_TOPIC = "breakdown_topic";
    public static final String BREAKDOWN = "breakdown";

    /** Our canonical code for an LA row: {@code new_la_code} resolved through the code-change table. */
    public static final String LA_CODE = "la_code";

    public static final String PERIOD_START = "period_start";
    public static final String PERIOD_END = "period_end";

    public static final String LA_CODE_PATTERN = "E(06|08|09|10)\\d{6}";

    static final List<Column> LOCATION_AND_TIME = List.of(
            Column.of(TIME_PERIOD, org.sendacc.ingest.contract.ColumnType.INTEGER)
                    .required()
                    .matching("\\d{4}|\\d{6}"),
            Column.text(TIME_IDENTIFIER).required(),
            Column.text(GEOGRAPHIC_LEVEL).required().oneOf("National", "Regional", "Local authority"),
            Column.text(COUNTRY_CODE).required().matching("E92000001"),
            Column.text(COUNTRY_NAME).required(),
            // DfE writes Inner and Outer London (E13) as the region of London boroughs in some files.
            Column.text(REGION_CODE).matching("E1[23]\\d{6}"),
            Column.text(REGION_NAME),
            Column.text(NEW_LA_CODE).matching(LA_CODE_PATTERN),
            Column.text(OLD_LA_CODE).matching("\\d{3}"),
            Column.text(LA_NAME));

    static final List<Column> BREAKDOWN_FILTERS = List.of(
            Column.text(BREAKDOWN_TOPIC).required(), Column.text(BREAKDOWN).required());

    private EesColumns() {}
}
