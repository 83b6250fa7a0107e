package org.sendacc.ingest.ees;

import java.util.List;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.Ees;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.LaCodes;

/** The location and time columns of DfE's open data standard, in its order, and the columns we derive from them. */
public final class EesColumns {
    public static final String TIME_PERIOD = Ees.TIME_PERIOD;
    public static final String TIME_IDENTIFIER = Ees.TIME_IDENTIFIER;
    public static final String GEOGRAPHIC_LEVEL = Ees.GEOGRAPHIC_LEVEL;
    public static final String COUNTRY_CODE = Ees.COUNTRY_CODE;
    public static final String COUNTRY_NAME = Ees.COUNTRY_NAME;
    public static final String REGION_CODE = Ees.REGION_CODE;
    public static final String REGION_NAME = Ees.REGION_NAME;
    public static final String NEW_LA_CODE = Ees.NEW_LA_CODE;
    public static final String OLD_LA_CODE = Ees.OLD_LA_CODE;
    public static final String LA_NAME = Ees.LA_NAME;
    public static final String BREAKDOWN_TOPIC = Ees.BREAKDOWN_TOPIC;
    public static final String BREAKDOWN = Ees.BREAKDOWN;

    /** Our canonical code for an LA row: {@code new_la_code} resolved through the code-change table. */
    public static final String LA_CODE = Ees.LA_CODE;

    public static final String PERIOD_START = Ees.PERIOD_START;
    public static final String PERIOD_END = Ees.PERIOD_END;

    static final List<Column> LOCATION_AND_TIME = List.of(
            Column.of(TIME_PERIOD, org.sendacc.rules.contract.ColumnType.INTEGER)
                    .required()
                    .matching("\\d{4}|\\d{6}"),
            Column.text(TIME_IDENTIFIER).required(),
            Column.text(GEOGRAPHIC_LEVEL).required().oneOf("National", "Regional", "Local authority"),
            Column.text(COUNTRY_CODE).required().matching(AreaLevel.ENGLAND_CODE),
            Column.text(COUNTRY_NAME).required(),
            // DfE writes Inner and Outer London (E13) as the region of London boroughs in some files.
            Column.text(REGION_CODE).matching("E1[23]\\d{6}"),
            Column.text(REGION_NAME),
            Column.text(NEW_LA_CODE).matching(LaCodes.PATTERN),
            Column.text(OLD_LA_CODE).matching("\\d{3}"),
            Column.text(LA_NAME));

    static final List<Column> BREAKDOWN_FILTERS = List.of(
            Column.text(BREAKDOWN_TOPIC).required(), Column.text(BREAKDOWN).required());

    private EesColumns() {}
}
