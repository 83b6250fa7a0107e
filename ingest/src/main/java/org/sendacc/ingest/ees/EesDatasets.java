package org.sendacc.ingest.ees;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.ColumnType;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.read.DelimitedTableReader;
import org.sendacc.rules.read.TidyTableReader;
import org.sendacc.rules.source.Source;

/**
 * The DfE "Education, health and care plans" datasets we ingest, each declared as the location and time columns of
 * the open data standard, its filters, and its measures. A measure whose name carries {@code pc} (DfE writes
 * {@code pc_}, {@code PC_} and {@code _pc}) is a percentage from 0 to 100; every other measure is a count. Every
 * measure may hold a DfE symbol, kept as a missing value with its reason, never as zero.
 *
 * <p>Over 400 lines on purpose: one declaration per dataset, read as a table of them; each is short.
 */
public final class EesDatasets {
    private static final Pattern PERCENT_NAME = Pattern.compile("(?i)(^pc_.*|.*_pc$|.*_pc_.*)");

    private EesDatasets() {}

    public static List<Source> all() {
        return List.of(
                dataset(
                        "timeliness_20_week",
                        "New EHC plans issued within 20 weeks, with and without exceptions (calendar year)",
                        measures(
                                "plans_issued_den",
                                "plans_issued_den_ex",
                                "plans_issued_within_20_weeks",
                                "plans_issued_20_weeks_ex",
                                "pc_plans_issued_within_20_weeks",
                                "PC_plans_issued_20_weeks_ex",
                                "plans_issued_gt20weeks_ltYear",
                                "plans_issued_gt20weeks_ltYear_ex",
                                "pc_plans_issued_gt20weeks_ltYear",
                                "PC_plans_issued_gt20weeks_ltYear_ex",
                                "plans_issued_gt_1_year",
                                "plans_issued_gt_1_year_ex",
                                "pc_plans_issued_gt_1_year",
                                "PC_plans_issued_gt_1_year_ex"),
                        Rules.notGreaterThan("plans_issued_within_20_weeks", "plans_issued_den"),
                        Rules.notGreaterThan("plans_issued_20_weeks_ex", "plans_issued_den_ex"),
                        Rules.notGreaterThan("plans_issued_den_ex", "plans_issued_den")),
                dataset(
                        "requests",
                        "Requests for EHC needs assessment and their outcomes (calendar year)",
                        measures(
                                "requests_received_in_year",
                                "requests_rya",
                                "requests_decided_to_assess",
                                "requests_decided_not_to_assess",
                                "requests_decision_not_made",
                                "requests_withdrawn",
                                "request_assess_pc",
                                "request_not_assess_pc",
                                "request_outstanding_pc",
                                "request_withdrawn_pc",
                                "request_outcome_six_weeks",
                                "request_outcome_over_6_weeks",
                                "request_outcome_six_weeks_pc",
                                "request_outcome_over_6_weeks_pc",
                                "mediation_related_request",
                                "tribunal_related_request",
                                "tribunal_after_mediation_request"),
                        Rules.notGreaterThan("requests_decided_to_assess", "requests_received_in_year"),
                        Rules.notGreaterThan("requests_decided_not_to_assess", "requests_received_in_year")),
                dataset(
                        "assessments",
                        "EHC needs assessments and their outcomes (calendar year)",
                        measures(
                                "assess_in_year",
                                "assess_issued",
                                "assess_issued_pc",
                                "assess_not_issued",
                                "assess_not_issued_pc",
                                "assess_not_made",
                                "assess_not_made_pc",
                                "assess_withdrawn",
                                "assess_withdrawn_pc",
                                "outcome_decision_within_time",
                                "outcome_decision_over_time",
                                "outcome_decision_within_time_pc",
                                "outcome_decision_over_time_pc",
                                "number_assess_mediation",
                                "number_assess_tribunal",
                                "number_asssess_mediation_tribunal",
                                "number_other_mediation",
                                "number_other_tribunal",
                                "number_other_mediation_tribunal")),
                dataset(
                        "caseload",
                        "EHC plans in place in January, by placement (academic year)",
                        measures(
                                "ehcplans",
                                "mainstream_la_maintained",
                                "mainstream_la_maintained_resourced_provision",
                                "mainstream_la_maintained_senunit",
                                "mainstream_academy",
                                "mainstream_academy_resourced_provision",
                                "mainstream_academy_senunit",
                                "mainstream_free_school",
                                "mainstream_free_school_resourced_provision",
                                "mainstream_free_school_senunit",
                                "mainstream_independent",
                                "mainstream_total",
                                "mainstream_total_pc",
                                "special_la_maintained",
                                "special_academy_free",
                                "special_independent",
                                "special_non_maintained",
                                "special_total",
                                "special_total_pc",
                                "ap_pru_academy",
                                "ap_pru_free_school",
                                "ap_pru_la_maintained",
                                "ap_pru_total",
                                "AP_PRU_total_pc",
                                "general_fe_tertiary_colleges",
                                "specialist_post_16_institutions",
                                "ukrlp_provider",
                                "fe_total",
                                "fe_total_pc",
                                "elective_home_education",
                                "other_arrangements_la",
                                "other_arrangements_parents",
                                "online_provider",
                                "w_settings",
                                "other_schools",
                                "other_placement_settings",
                                "neet",
                                "neet_ntci",
                                "neet_other",
                                "neet_other_csa",
                                "ed_elsewhere",
                                "ed_elsewhere_pc",
                                "nm_early_years",
                                "nm_early_years_pc",
                                "placement_unknown",
                                "placement_unknown_pc",
                                "await_prov_2022",
                                "perm_ex_2022")),
                dataset(
                        "annual_reviews",
                        "Annual reviews of EHC plans (calendar year)",
                        withResiduals(
                                List.of("review_decision_outstanding", "no_outcome"),
                                "total_ehc_plans",
                                "review_expected",
                                "review_not_expected",
                                "review_meeting_25",
                                "review_meeting_24",
                                "review_meeting_prior_24",
                                "total_review_meeting",
                                "no_review_meeting",
                                "review_decision25",
                                "review_decision24",
                                "review_decision_prior24",
                                "review_decision_not_due",
                                "review_decision_outstanding",
                                "outcome_amend",
                                "outcome_cease",
                                "outcome_maintan",
                                "no_outcome",
                                "number_decsion_4weeks",
                                "number_decision_gt_4weeks",
                                "pc_decsion_4weeks",
                                "pc_decision_gt_4weeks")),
                dataset(
                        "sen_needs_all_plans",
                        "EHC plans in January by primary type of need (academic year)",
                        measures(
                                "ehc_plans",
                                "number_asd",
                                "number_hi",
                                "number_mld",
                                "number_msi",
                                "number_oth",
                                "number_pd",
                                "number_pmld",
                                "number_semh",
                                "number_slcn",
                                "number_sld",
                                "number_spld",
                                "number_vi",
                                "number_need_unknown",
                                "asd_pc",
                                "hi_pc",
                                "mld_pc",
                                "msi_pc",
                                "oth_pc",
                                "pd_pc",
                                "pmld_pc",
                                "semh_pc",
                                "slcn_pc",
                                "sld_pc",
                                "spld_pc",
                                "vi_pc",
                                "unknown_pc")),
                dataset(
                        "personal_budgets",
                        "EHC plans with a personal budget, and the kinds of budget (academic year)",
                        measures(
                                "personal_budget",
                                "org_arrangments",
                                "pb_health",
                                "pb_education",
                                "pb_social",
                                "pb_integrated")),
                designatedOfficers(),
                neet(),
                keyStage4(),
                sen2OlderRelease(),
                alternativeProvision());
    }

    /**
     * DfE's NCCIS dashboard data (one file a year, {@code UD_NEETNK_LA_dashboard*.csv}): 16 and 17 year olds not in
     * education, employment or training or whose activity is not known, by LA, in the open data standard's columns,
     * with the share NEET or not known among those with an EHC plan, with SEN support and with no SEN. Percentages
     * only (the cohort's average size over December to February is the one count); the many other columns of the
     * dashboard are not read.
     */
    private static Source neet() {
        List<Column> measures = List.of(
                Column.decimal("Cohort_DJFavg").between(0, 1e8).symbolsAllowed(),
                Column.percent("NEET_not_known_percent").symbolsAllowed(),
                Column.percent("cohort_EHCP_percent").symbolsAllowed(),
                Column.percent("NEET_NK_EHCP_percent").symbolsAllowed(),
                Column.percent("cohort_SENDsupport_percent").symbolsAllowed(),
                Column.percent("NEET_NK_SENDsupport_percent").symbolsAllowed(),
                Column.percent("cohort_noSEN_percent").symbolsAllowed(),
                Column.percent("NEET_NK_noSEN_percent").symbolsAllowed());
        return new Source(
                "dfe.nccis_neet",
                WarehouseTables.Ees.NCCIS_NEET,
                "DfE",
                "16-17 year olds NEET or activity not known by LA, with an EHC plan, SEN support or no SEN (NCCIS)",
                Pattern.compile("(?i)UD_NEETNK_LA_dashboard.*\\.csv"),
                new DelimitedTableReader(),
                contract("nccis_neet", List.of(Column.text("Age").required()), measures, List.of()));
    }

    /** The characteristic columns of DfE's KS4 performance by pupil characteristics ("Total" outside their slice). */
    static final List<String> KS4_CHARACTERISTICS = List.of(
            "gender",
            "ethnic_major",
            "free_school_meals",
            "sen_status",
            "sen_description",
            "disadvantage",
            "first_language");

    /**
     * DfE's Key Stage 4 performance by pupil characteristics per LA, as EES serves it (CSV) or as DfE's older releases
     * and its SEND and AP dashboard hold it (the same columns in a workbook, {@code
     * 201819_LA_characteristics_data_including_sen_description.xlsx}). {@code breakdown} names the slice; {@code
     * sen_status} is {@code SEN State EHC} (an EHC plan or statement), {@code SEN Supp}, {@code No SEN} or {@code
     * Total}. Measures: pupils, Attainment 8, Progress 8 with DfE's own 95% confidence limits, and the share with grade
     * 4 or above in English and maths. Progress 8 and its limits are signed; DfE's symbols are kept.
     */
    private static Source keyStage4() {
        Contract.Builder builder = Contract.builder("dfe.ks4_characteristics", MissingValueLegend.DFE)
                .columns(EesColumns.LOCATION_AND_TIME)
                .column(Column.text(EesColumns.BREAKDOWN).required())
                .column(Column.text("sen_status").required())
                .column(Column.count("t_pupils").symbolsAllowed())
                .column(Column.decimal("avg_att8").between(0, 90).symbolsAllowed())
                // Progress 8 was not published for 2019/20 and 2020/21, and a release may leave other columns out
                .optionalColumn(Column.text("school_characteristic"))
                .optionalColumn(Column.text("version"))
                .optionalColumn(Column.count("t_schools").symbolsAllowed())
                .optionalColumn(Column.decimal("avg_p8score").between(-10, 10).symbolsAllowed())
                .optionalColumn(
                        Column.decimal("p8score_ci_low").between(-10, 10).symbolsAllowed())
                .optionalColumn(
                        Column.decimal("p8score_ci_upp").between(-10, 10).symbolsAllowed())
                .optionalColumn(Column.percent("pt_l2basics_94").symbolsAllowed());
        KS4_CHARACTERISTICS.stream()
                .filter(name -> !name.equals("sen_status"))
                .forEach(name -> builder.optionalColumn(Column.text(name)));
        builder.derived(new DerivedColumn(EesColumns.LA_CODE, LogicalType.TEXT))
                .derived(new DerivedColumn(EesColumns.PERIOD_START, LogicalType.DATE))
                .derived(new DerivedColumn(EesColumns.PERIOD_END, LogicalType.DATE))
                .rule(EesRules.period())
                .rule(EesRules.geography());
        return new Source(
                "dfe.ks4_characteristics",
                WarehouseTables.Ees.KS4_CHARACTERISTICS,
                "DfE",
                "Key Stage 4 performance (Attainment 8, Progress 8 with its 95% CI) by LA and pupil characteristics,"
                        + " including SEN status (EES CSV or workbook)",
                Pattern.compile("(?i).*la_characteristics.*\\.(csv|xlsx)"),
                new TidyTableReader(),
                builder.build());
    }

    /**
     * DfE's SEN2 release in its older wide format ({@code sen2_mi.csv}, calendar years 2014 to 2022): one row per area
     * and year, one column per measure, in the open data standard's location and time columns, no breakdown columns.
     * The measures the indicators read are required; the file's many others (discontinued plans, transfers, direct
     * payments) are not read. Counts, and rates ({@code _rate}, {@code _pc}, 0 to 100) with DfE's symbols.
     */
    private static Source sen2OlderRelease() {
        List<Column> measures = List.of(
                Column.count("inc_exc_20week_ehc").symbolsAllowed(),
                Column.percent("inc_exc_20week_rate").symbolsAllowed(),
                Column.count("no_exc_20week_ehc").symbolsAllowed(),
                Column.percent("no_exc_20week_rate").symbolsAllowed(),
                Column.count("inreq_ehc").symbolsAllowed(),
                Column.count("ass_refused_ehc").symbolsAllowed(),
                Column.percent("ass_refused_ehc_pc").symbolsAllowed(),
                Column.count("new_all_ehc").symbolsAllowed());
        return new Source(
                "dfe.sen2_mi",
                WarehouseTables.Ees.SEN2_MI,
                "DfE",
                "SEN2 requests, assessments and 20-week timeliness by LA and calendar year, 2014 to 2022 (the older"
                        + " release's wide file)",
                Pattern.compile("(?i)sen2_mi.*\\.csv"),
                new DelimitedTableReader(),
                contract("sen2_mi", List.of(), measures, List.of()));
    }

    /**
     * DfE's alternative provision census ({@code ap_placements*.csv}, often {@code .csv.gz}): pupils in LA-funded
     * alternative provision by LA and academic year, one row per combination of {@code gender}, {@code age} ({@code
     * Age 0} ... {@code Age 19 plus}, {@code Total}), {@code ethnicity_minor} and {@code fsm}; the {@code Total} rows
     * give the totals. No breakdown columns.
     */
    private static Source alternativeProvision() {
        List<Column> filters = List.of(
                Column.text("gender").required(),
                Column.text("age").required(),
                Column.text("ethnicity_minor").required(),
                Column.text("fsm").required());
        return new Source(
                "dfe.ap_census",
                WarehouseTables.Ees.AP_CENSUS,
                "DfE",
                "Pupils in LA-funded alternative provision by LA, academic year, sex, age, ethnicity and FSM (AP"
                        + " census)",
                Pattern.compile("(?i)ap_placements.*\\.csv(\\.gz)?"),
                new DelimitedTableReader(),
                contract(
                        "ap_census",
                        filters,
                        List.of(Column.count("number_of_pupils").symbolsAllowed()),
                        List.of()));
    }

    /** DMO, DCO and DSCO in post: LA rows only, no breakdown, text answers. */
    private static Source designatedOfficers() {
        String[] answers = {"Yes", "No", "Recruiting", "n/a", "Not returned"};
        List<Column> officers = List.of(
                Column.text("des_med_off").oneOf(answers).symbolsAllowed(),
                Column.text("des_clin_off").oneOf(answers).symbolsAllowed(),
                Column.text("des_so_care_off").oneOf(answers).symbolsAllowed());
        return source(
                "sen2_dmo_dco",
                "Designated Medical, Clinical and Social Care Officers in post (calendar year)",
                contract("sen2_dmo_dco", List.of(), officers, List.of()));
    }

    /**
     * Like {@link #measures}, but the named columns are published residuals (a total less what was recorded), which
     * DfE's own arithmetic makes negative where more was recorded than expected: whole numbers of either sign.
     */
    private static List<Column> withResiduals(List<String> residuals, String... names) {
        return measures(names).stream()
                .map(column -> residuals.contains(column.name())
                        ? Column.of(column.name(), ColumnType.INTEGER).symbolsAllowed()
                        : column)
                .toList();
    }

    private static List<Column> measures(String... names) {
        return Arrays.stream(names)
                .map(name -> (PERCENT_NAME.matcher(name).matches() ? Column.percent(name) : Column.count(name))
                        .symbolsAllowed())
                .toList();
    }

    private static Source dataset(String name, String description, List<Column> measures, RowRule... rules) {
        return source(name, description, contract(name, EesColumns.BREAKDOWN_FILTERS, measures, List.of(rules)));
    }

    private static Source source(String name, String description, Contract contract) {
        return new Source(
                "dfe." + name,
                "dfe_" + name,
                "DfE",
                description,
                Pattern.compile(Pattern.quote(name) + "(_\\d{4})?\\.csv"),
                new DelimitedTableReader(),
                contract);
    }

    private static Contract contract(String name, List<Column> filters, List<Column> measures, List<RowRule> rules) {
        Contract.Builder builder = Contract.builder("dfe." + name, MissingValueLegend.DFE)
                .columns(EesColumns.LOCATION_AND_TIME)
                .columns(filters)
                .columns(measures)
                .derived(new DerivedColumn(EesColumns.LA_CODE, LogicalType.TEXT))
                .derived(new DerivedColumn(EesColumns.PERIOD_START, LogicalType.DATE))
                .derived(new DerivedColumn(EesColumns.PERIOD_END, LogicalType.DATE))
                .rule(EesRules.period())
                .rule(EesRules.geography());
        rules.forEach(builder::rule);
        return builder.build();
    }
}
