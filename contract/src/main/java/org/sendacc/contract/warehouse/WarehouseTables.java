package org.sendacc.contract.warehouse;

import java.util.List;

/**
 * The warehouse tables ingest writes and analytics reads, and the columns each is read by (docs/warehouse.md lists
 * every column). One folder of Parquet per table under the warehouse root; a table's {@code _table.json} describes the
 * ingest run and files it came from. Ingest declares each table's full contract (types and rules) against these names.
 *
 * <p>Over 400 lines on purpose: every warehouse table's name and column names in one place, one nested class per
 * table; there is no logic here.
 */
public final class WarehouseTables {
    /** Per-row provenance, on every table. */
    public static final String SOURCE_FILE = "source_file";

    public static final String SOURCE_ROW = "source_row";
    /** Why a value the publisher left out is missing, by column (DfE's "c" is "suppressed (c)"). */
    public static final String MISSING_REASONS = "missing_reasons";
    /** A table's metadata file, beside its Parquet files. */
    public static final String TABLE_METADATA = "_table.json";

    private WarehouseTables() {}

    /** DfE's EHC plan statistics (Explore Education Statistics tidy CSVs), in the open data standard. */
    public static final class Ees {
        public static final String CASELOAD = "dfe_caseload";
        public static final String TIMELINESS_20_WEEK = "dfe_timeliness_20_week";
        public static final String REQUESTS = "dfe_requests";
        public static final String SEN2_DMO_DCO = "dfe_sen2_dmo_dco";
        /** DfE's NCCIS dashboard data: 16-17 year olds NEET or not known by LA, by SEN (no breakdown columns). */
        public static final String NCCIS_NEET = "dfe_nccis_neet";
        /**
         * DfE's Key Stage 4 performance by pupil characteristics per LA (EES columns, as a CSV or a workbook): one row
         * per area, year and slice ({@code breakdown} names the characteristic; the other characteristic columns are
         * {@code Total} outside it).
         */
        public static final String KS4_CHARACTERISTICS = "dfe_ks4_characteristics";
        /** DfE's SEN2 release in its older wide format (2014 to 2022): one column per measure, no breakdowns. */
        public static final String SEN2_MI = "dfe_sen2_mi";
        /** DfE's alternative provision census: pupils in LA-funded AP by LA, sex, age, ethnicity and FSM. */
        public static final String AP_CENSUS = "dfe_ap_census";

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

        public static final String NATIONAL = "National";
        public static final String REGIONAL = "Regional";
        public static final String LOCAL_AUTHORITY = "Local authority";
        public static final List<String> YEARS_WRITTEN_AS_TWO = List.of("Academic year", "Financial year");

        private Ees() {}
    }

    /**
     * ONS mid-year population estimates (MYE2 - Persons): England, its regions and its upper-tier LAs, one row per area
     * and mid-year, with the single years of age 0 to 25 and their sum.
     */
    public static final class MidYearPopulation {
        public static final String TABLE = "ons_mid_year_population";
        public static final String MID_YEAR = "mid_year";
        /** The code as ONS printed it for the estimate's boundaries. */
        public static final String ONS_CODE = "ons_code";
        /** Our canonical code: England, a region, or the LA the ONS code resolves to at 30 June of the mid-year. */
        public static final String AREA_CODE = "area_code";

        public static final String NAME = "name";
        public static final String GEOGRAPHY = "geography";
        public static final String ALL_AGES = "all_ages";
        public static final String AGE_0_25 = "age_0_25";

        private MidYearPopulation() {}

        /** The column of one single year of age, 0 to 25. */
        public static String age(int years) {
            return "age_" + years;
        }
    }

    /**
     * The GDP deflator at market prices by financial year (HM Treasury, 2024-25 = 100), for real-terms money: a cash
     * figure of year Y at base-year prices is cash x deflator(base) / deflator(Y).
     */
    public static final class GdpDeflator {
        public static final String TABLE = "hmt_gdp_deflator";
        /** The calendar year the financial year starts in: 2024 for 2024-25. */
        public static final String FISCAL_YEAR_START = "fiscal_year_start";
        /** As published: {@code 2024-25}. */
        public static final String FISCAL_YEAR = "fiscal_year";

        public static final String GDP_DEFLATOR = "gdp_deflator";
        public static final String CPI_INDEX = "cpi_index";
        public static final String CPIH_INDEX = "cpih_index";
        /** {@code true} for years after the outturn (projected by the file's maker), {@code false} otherwise. */
        public static final String IS_FORECAST = "is_forecast";

        private GdpDeflator() {}
    }

    /**
     * NHS England's Autism Statistics in its long format, one row per month, area (England, ICB, Sub-ICB Location,
     * provider) and breakdown (age group) and metric (ASD11 to ASD24b), as published: counts rounded by NHS England,
     * {@code *} where suppressed. Columns are named as the publisher names them.
     */
    public static final class NhsAutismStatistics {
        public static final String TABLE = "nhs_autism_statistics";
        /** dd/mm/yyyy, as published. */
        public static final String PERIOD_START_TEXT = "REPORTING_PERIOD_START";

        public static final String PERIOD_END_TEXT = "REPORTING_PERIOD_END";
        public static final String STATUS = "STATUS";
        /** E.g. {@code CCG or Sub ICB Location - GP Practice or Residence; Age Group}. */
        public static final String BREAKDOWN = "BREAKDOWN";
        /** The area's code: a Sub-ICB Location's ODS code ({@code 00L}), an ICB's, {@code UNKNOWN}. */
        public static final String PRIMARY_LEVEL = "PRIMARY_LEVEL";

        public static final String PRIMARY_LEVEL_DESCRIPTION = "PRIMARY_LEVEL_DESCRIPTION";
        /** {@code NONE}, or the breakdown's value (an age band). */
        public static final String SECONDARY_LEVEL = "SECONDARY_LEVEL";

        public static final String SECONDARY_LEVEL_DESCRIPTION = "SECONDARY_LEVEL_DESCRIPTION";
        /** ASD16b: patients aged 0-17 with an open referral; ASD16c: of those, open 13 weeks or more. */
        public static final String METRIC = "METRIC";

        public static final String METRIC_DESCRIPTION = "METRIC_DESCRIPTION";
        public static final String METRIC_VALUE = "METRIC_VALUE";
        /** The first day of the month reported. */
        public static final String PERIOD_START = "period_start";
        /** {@code England}, {@code ICB}, {@code Sub-ICB Location} or {@code Other} (providers, regions), from BREAKDOWN. */
        public static final String AREA_LEVEL = "area_level";
        /** The ODS code of the ICB the row's area is in (null for England, other levels and an unknown location). */
        public static final String ICB_ODS_CODE = "icb_ods_code";

        public static final String ENGLAND = "England";
        public static final String ICB = "ICB";
        public static final String SUB_ICB_LOCATION = "Sub-ICB Location";
        public static final String OTHER = "Other";
        /** The secondary level of a row that is not broken down. */
        public static final String NONE = "NONE";
        /** NHS England's code for patients whose Sub-ICB Location is not known. */
        public static final String UNKNOWN = "UNKNOWN";

        private NhsAutismStatistics() {}
    }

    /**
     * Absence of pupils with an EHC plan or SEN support and of pupils with no SEN, by LA, academic year and phase, as
     * the LA analysts' network (Data to Insight) re-publishes DfE's figures in its attendance dashboard's JSON: an
     * unofficial re-publication, percentages only, LAs only.
     */
    public static final class D2iAttendance {
        public static final String TABLE = "d2i_send_attendance";
        /**
         * The measure: {@code enrolments_pa_10_exact_percent} (persistent absence: 10% of sessions or more) or {@code
         * overall_absence_perc} (the share of sessions missed).
         */
        public static final String METRIC = "metric";
        /** The metric of persistent absence: missing 10% of sessions or more. */
        public static final String PERSISTENT_ABSENCE = "enrolments_pa_10_exact_percent";
        /** The metric of overall absence: the share of sessions missed. */
        public static final String OVERALL_ABSENCE = "overall_absence_perc";

        public static final String LA_CODE = "new_la_code";
        public static final String LA_NAME = "la_name";
        /** As the file writes it: {@code 202425}. */
        public static final String TIME_PERIOD = "time_period";
        /** {@code Total}, {@code State-funded primary}, {@code State-funded secondary}, {@code Special}. */
        public static final String EDUCATION_PHASE = "education_phase";
        /** {@code EHC plan} or {@code SEN support}. */
        public static final String SEND_GROUP = "send_group";

        public static final String SEND_VALUE = "send_value";
        public static final String NO_SEN_VALUE = "no_sen_value";
        /** The first day of the academic year (1 September). */
        public static final String PERIOD_START = "period_start";
        /** Our canonical code for the LA. */
        public static final String AREA_CODE = "area_code";

        private D2iAttendance() {}
    }

    /**
     * DfE's derivation, from LAs' section 251 outturn, of each LA's (each region's, England's) Dedicated Schools Grant
     * cumulative balance at the end of a financial year as a % of its DSG income: negative for a deficit. The file
     * names LAs and regions, never codes; ingest matches the names to codes (docs/warehouse.md).
     */
    public static final class DsgBalance {
        public static final String TABLE = "dfe_dsg_cumulative_balance";
        /** As the file writes it: {@code 201920}. */
        public static final String TIME_PERIOD = "time_period";
        /** {@code National}, {@code Regional} or {@code Local authority}. */
        public static final String GEOGRAPHIC_LEVEL = "geographic_level";

        public static final String REGION_NAME = "region_name";
        public static final String LA_NAME = "la_name";
        /** The balance as a % of income, signed: -2.26 is a deficit of 2.26% of the year's DSG income. */
        public static final String BALANCE_PCT = "balance_pct_of_income";
        /** As the file writes it: {@code 2019-20}. */
        public static final String FINANCIAL_YEAR = "financial_year";
        /** The first day of the financial year (1 April). */
        public static final String PERIOD_START = "period_start";
        /** Our code for the area: England's, a region's (E12) or an LA's, matched by name. */
        public static final String AREA_CODE = "area_code";

        private DsgBalance() {}
    }

    /**
     * ESFA's Dedicated Schools Grant allocations: each LA's (and England's) high needs block for a financial year, in
     * pounds, as one publication gave it (a year's allocations file, or the five-year summary).
     */
    public static final class DsgHighNeeds {
        public static final String TABLE = "esfa_dsg_high_needs";
        /** As ESFA writes it in the sheet: {@code 2023-24}. */
        public static final String FINANCIAL_YEAR = "financial_year";

        public static final String PERIOD_START = "period_start";
        /** {@code allocations} (a year's allocations file) or {@code summary} (the five-year summary). */
        public static final String EDITION = "edition";

        public static final String ALLOCATIONS = "allocations";
        public static final String SUMMARY = "summary";
        /** DfE's 3-digit LA number; blank for England. */
        public static final String LA_NUMBER = "la_number";

        public static final String LA_NAME = "la_name";
        /** Our canonical code: the LA the number belonged to in the financial year, or England's. */
        public static final String AREA_CODE = "area_code";
        /** The high needs block before deductions for places ESFA funds directly (£). */
        public static final String HIGH_NEEDS_BLOCK = "high_needs_block";
        /** The same after those deductions and academies recoupment (£). */
        public static final String HIGH_NEEDS_BLOCK_AFTER_DEDUCTIONS = "high_needs_block_after_deductions";
        /** The unit the sheet published in: {@code £} or {@code £ million} (converted to £ here). */
        public static final String PUBLISHED_UNIT = "published_unit";

        private DsgHighNeeds() {}
    }

    /**
     * Ofsted and CQC's joint area SEND inspections under the 2016-2022 framework (Ofsted's official statistics): one
     * row per local area, its inspection and, where one took place, its revisit.
     */
    public static final class AreaSendInspections2016 {
        public static final String TABLE = "ofsted_area_send_inspections_2016";
        /** The 9-digit code as Ofsted gives it (as at 2022: Barnsley E08000016, North Yorkshire E10000023). */
        public static final String LA_ONS_CODE = "la_ons_code";
        /** Our canonical code for the LA on the inspection's first day. */
        public static final String AREA_CODE = "area_code";

        public static final String AREA_NAME = "area_name";
        public static final String OFSTED_REGION = "ofsted_region";
        public static final String INSPECTION_START = "inspection_start_date";
        public static final String INSPECTION_PUBLISHED = "inspection_publication_date";
        /** {@code Yes} or {@code No}: did the inspection require a written statement of action? */
        public static final String WSOA_REQUIRED = "wsoa_required";

        public static final String SIGNIFICANT_WEAKNESSES = "significant_weaknesses";
        public static final String REVISIT_START = "revisit_start_date";
        public static final String REVISIT_PUBLISHED = "revisit_publication_date";
        /** {@code Yes}, {@code Some} or {@code No}: sufficient progress on all, some or none of the weaknesses. */
        public static final String REVISIT_OUTCOME = "revisit_outcome";

        public static final String WEAKNESSES_PROGRESSED = "weaknesses_progressed";
        public static final String WEAKNESSES_NOT_PROGRESSED = "weaknesses_not_progressed";

        private AreaSendInspections2016() {}
    }

    /**
     * Area SEND inspections under the 2023 framework as the LA analysts' network (Data to Insight) scraped them from
     * Ofsted's reports: not official statistics. One row per LA, its latest full inspection.
     */
    public static final class AreaSendInspectionsScrape {
        public static final String TABLE = "d2i_area_send_inspections";
        public static final String URN = "urn";
        /** DfE's 3-digit LA number. */
        public static final String LA_NUMBER = "la_code";

        public static final String AREA_CODE = "area_code";
        public static final String LOCAL_AUTHORITY = "local_authority";
        public static final String INSPECTION_LINK = "inspection_link";
        /** 1 typically positive, 2 inconsistent, 3 widespread and/or systemic failings. */
        public static final String OUTCOME_GRADE = "outcome_grade";

        public static final String PREVIOUS_INSPECTION = "previous_inspection_date";
        public static final String INSPECTION_START = "inspection_start_date";
        public static final String INSPECTION_END = "inspection_end_date";
        public static final String PUBLISHED = "publication_date";
        public static final String NEXT_INSPECTION = "next_inspection";

        private AreaSendInspectionsScrape() {}
    }

    /**
     * Area SEND inspections under the 2023 framework from Ofsted's management information as DfE republished it (the
     * first inspections, January to August 2023): one row per local area, named, not coded.
     */
    public static final class AreaSendInspectionsMi {
        public static final String TABLE = "ofsted_area_send_inspections_2023";
        public static final String LOCAL_AREA = "local_area_partnership";
        public static final String OFSTED_REGION = "ofsted_region";
        public static final String INSPECTION_START = "inspection_start_date";
        /** Named as the scrape's column, so one recipe reads either table. */
        public static final String PUBLISHED = AreaSendInspectionsScrape.PUBLISHED;
        /** Ofsted's words, e.g. "Inconsistent experiences and outcomes". */
        public static final String OUTCOME = "outcome";

        public static final String OUTCOME_GRADE = AreaSendInspectionsScrape.OUTCOME_GRADE;
        public static final String PRIORITY_ACTION_PLAN = "priority_action_plan_required";
        public static final String AREAS_FOR_PRIORITY_ACTION = "areas_for_priority_action";
        public static final String AREA_CODE = AreaSendInspectionsScrape.AREA_CODE;

        private AreaSendInspectionsMi() {}
    }

    /**
     * Named comparison groups of local authorities (a DfE programme's LAs, or a user's own list): one row per group
     * and LA, the LA given by code or by name and matched to our code (docs/warehouse.md "Comparison groups").
     */
    public static final class ComparisonGroups {
        public static final String TABLE = "comparison_groups";
        public static final String GROUP_NAME = "group_name";
        /** The LA's code as the file gives it, if it does. */
        public static final String LA_CODE = "la_code";
        /** The LA's name as the file gives it, if it gives no code. */
        public static final String LA_NAME = "la_name";
        /** Where the list comes from: a publication, a web page. */
        public static final String SOURCE = "source";
        /** The date the source gives for the list (text: a date, or a year). */
        public static final String AS_AT = "as_at";
        /** {@code Yes} where the source says the list is complete, {@code No} where it is partial; empty if unsaid. */
        public static final String COMPLETE = "complete";
        /** The source's words on the list's completeness. */
        public static final String NOTE = "note";
        /** Our canonical code for the LA. */
        public static final String AREA_CODE = "area_code";

        private ComparisonGroups() {}
    }

    /** MoJ's SEND Tribunal appeal rate table. */
    public static final class TribunalAppealRate {
        public static final String TABLE = "moj_tribunal_appeal_rate";
        public static final String TIME_PERIOD = "time_period";
        public static final String GEOGRAPHIC_LEVEL = "geographic_level";
        public static final String REGION_NAME = "region_name";
        public static final String LA_NAME = "la_name";
        public static final String OLD_LA_CODE = "old_la_code";
        public static final String LA_CODE = "la_code";
        public static final String APPEALS_REGISTERED = "appeals_registered";
        public static final String APPEALABLE_DECISIONS = "appealable_decisions";
        public static final String APPEAL_RATE_PCT = "appeal_rate_pct";
        public static final String APPEALABLE_DECISIONS_IN_DEVELOPMENT = "appealable_decisions_in_development";
        public static final String APPEAL_RATE_IN_DEVELOPMENT_PCT = "appeal_rate_in_development_pct";

        private TribunalAppealRate() {}
    }

    /** NHS England's community health services waiting lists, one row per organisation, service, band and month. */
    public static final class CommunityWaitingList {
        public static final String TABLE = "nhs_community_waiting_list";
        public static final String PERIOD = "period";
        public static final String SHEET = "sheet";
        public static final String ORG_LEVEL = "org_level";
        public static final String ORG_CODE = "org_code";
        public static final String ORG_NAME = "org_name";
        public static final String ICB_ODS_CODE = "icb_ods_code";
        public static final String AGE_GROUP = "age_group";
        public static final String SERVICE = "service";
        public static final String WEEKS_BAND = "weeks_band";
        public static final String WAITING = "waiting";

        public static final String ENGLAND_LEVEL = "England";
        public static final String ICB_LEVEL = "ICB";
        public static final String TOTAL_BAND = "total";

        private CommunityWaitingList() {}
    }

    /** An LA's person-level EHC needs assessment records (docs/local-returns.md). */
    public static final class AssessmentRecords {
        public static final String TABLE = "local_ehc_assessment_records";
        public static final String RECORD_ID = "record_id";
        public static final String LA_CODE = "la_code";
        public static final String REQUEST_DATE = "request_date";
        public static final String DECISION_DATE = "decision_date";
        public static final String DECISION = "decision";
        public static final String PLAN_ISSUE_DATE = "plan_issue_date";
        public static final String ASSESSMENT_OUTCOME = "assessment_outcome";
        public static final String EXCEPTION = "exception";
        public static final String AGE_AT_REQUEST = "age_at_request";

        public static final String ASSESS = "assess";
        public static final String NOT_ASSESS = "not_assess";

        private AssessmentRecords() {}
    }

    /** The health advice an LA requested for EHC needs assessments, one row per request. */
    public static final class HealthAdviceRequests {
        public static final String TABLE = "local_health_advice_requests";
        public static final String REQUEST_ID = "request_id";
        public static final String LA_CODE = "la_code";
        public static final String ICB_ODS_CODE = "icb_ods_code";
        public static final String REQUEST_DATE = "request_date";
        public static final String RESPONSE_DATE = "response_date";
        public static final String EXCEPTION = "exception";

        private HealthAdviceRequests() {}
    }

    /** An ICB's children's therapy referrals, as open at its census. */
    public static final class TherapyReferrals {
        public static final String TABLE = "local_therapy_referrals";
        public static final String REFERRAL_ID = "referral_id";
        public static final String ICB_ODS_CODE = "icb_ods_code";
        public static final String SERVICE = "service";
        public static final String REFERRAL_DATE = "referral_date";
        public static final String FIRST_CONTACT_DATE = "first_contact_date";
        public static final String CENSUS_DATE = "census_date";

        private TherapyReferrals() {}
    }

    /** An LA's educational psychology workforce at its census. */
    public static final class EpWorkforce {
        public static final String TABLE = "local_ep_workforce";
        public static final String LA_CODE = "la_code";
        public static final String CENSUS_DATE = "census_date";
        public static final String EP_FTE = "ep_fte";
        public static final String EP_VACANCIES_FTE = "ep_vacancies_fte";
        public static final String STATUTORY_TIME_PCT = "statutory_time_pct";

        private EpWorkforce() {}
    }

    /** An ICB's children's speech and language therapy workforce and caseload at its census. */
    public static final class SltWorkforce {
        public static final String TABLE = "local_slt_workforce";
        public static final String ICB_ODS_CODE = "icb_ods_code";
        public static final String CENSUS_DATE = "census_date";
        public static final String SLT_WTE = "slt_wte";
        public static final String OPEN_CASELOAD = "open_caseload";

        private SltWorkforce() {}
    }
}
