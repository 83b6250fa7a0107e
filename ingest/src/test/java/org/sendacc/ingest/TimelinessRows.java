package org.sendacc.ingest;

/** DfE's timeliness table in the test files: its header as published, and one LA row whose figures add up by hand. */
public final class TimelinessRows {
    public static final String HEADER = "time_period,time_identifier,geographic_level,country_code,"
            + "country_name,region_code,region_name,new_la_code,old_la_code,la_name,breakdown_topic,breakdown,"
            + "plans_issued_den,plans_issued_den_ex,plans_issued_within_20_weeks,plans_issued_20_weeks_ex,"
            + "pc_plans_issued_within_20_weeks,PC_plans_issued_20_weeks_ex,plans_issued_gt20weeks_ltYear,"
            + "plans_issued_gt20weeks_ltYear_ex,pc_plans_issued_gt20weeks_ltYear,PC_plans_issued_gt20weeks_ltYear_ex,"
            + "plans_issued_gt_1_year,plans_issued_gt_1_year_ex,pc_plans_issued_gt_1_year,PC_plans_issued_gt_1_year_ex";

    /** Darlington 2024, with figures of our own: 50 of 100 plans within 20 weeks (50.0%), 40 within a year, 10 later. */
    public static final String ROW = "2024,Calendar year,Local authority,E92000001,England,E12000001,"
            + "North East,E06000005,841,Darlington,All EHC plans issued,All EHC plans issued,100,90,50,45,50.0,50.0,"
            + "40,35,40.0,38.9,10,10,10.0,11.1";

    private TimelinessRows() {}
}
