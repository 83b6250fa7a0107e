package org.sendacc.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The yardstick: DuckDB (JDBC, 2 threads) doing the pipeline's row work on the same files. For each person-level local
 * return it reads the CSVs, applies the contract's row rules (types, patterns, allowed values, required fields, dates
 * not in the future and in order, identifiers unique within a file, LA codes in use, ICBs known, each row for its
 * file's own sender, age at request 0-25), writes the accepted rows as Parquet, then aggregates them per area and
 * period as analytics does. Prints the seconds of each part and the rows accepted and rejected.
 *
 * <p>Usage: DuckDbPipeline SAMPLE_DIR OUT_DIR REFERENCE_DIR RUN_DATE(yyyy-mm-dd)
 */
public final class DuckDbPipeline {
    private static final String PSEUDONYM = "[A-Za-z0-9_-]{4,64}";
    private static final String LA_CODE = "E(06|08|09|10)\\d{6}";
    private static final String ICB = "Q[A-Z0-9]{2}";
    private static final String LA_SENDER = "E(?:0[6-9]|10)[0-9]{6}";

    private DuckDbPipeline() {}

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path reference = Path.of(args[2]);
        String runDate = args[3];
        Files.createDirectories(out);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = connection.createStatement()) {
            sql.execute("SET threads = 2");
            sql.execute("SET preserve_insertion_order = false");
            sql.execute("CREATE TABLE las AS SELECT * FROM read_csv('" + reference.resolve("local_authorities.csv")
                    + "', all_varchar = true, header = true)");
            sql.execute("CREATE TABLE recodes AS SELECT * FROM read_csv('" + reference.resolve("la_code_changes.csv")
                    + "', all_varchar = true, header = true)");
            sql.execute("CREATE TABLE icbs AS SELECT * FROM read_csv('" + reference.resolve("icbs.csv")
                    + "', all_varchar = true, header = true)");
            long started = System.nanoTime();
            long rows = 0;
            rows += validate(sql, sample, out, runDate, "ehc_assessment_records", assessmentRules(runDate));
            rows += validate(sql, sample, out, runDate, "health_advice_requests", healthAdviceRules(runDate));
            rows += validate(sql, sample, out, runDate, "therapy_referrals", therapyRules(runDate));
            double validated = (System.nanoTime() - started) / 1e9;
            long aggregateStarted = System.nanoTime();
            long groups = 0;
            groups += count(sql, "SELECT la_code, year(plan_issue_date) AS y, count(*) AS n,"
                    + " sum(CASE WHEN plan_issue_date - request_date <= 140 THEN 1 ELSE 0 END) AS within"
                    + " FROM read_parquet('" + out.resolve("ehc_assessment_records") + "/*.parquet')"
                    + " WHERE plan_issue_date IS NOT NULL GROUP BY ALL");
            groups += count(sql, "SELECT la_code, year(request_date) AS y, count(*) AS n,"
                    + " sum(CASE WHEN decision = 'not_assess' THEN 1 ELSE 0 END) AS refused"
                    + " FROM read_parquet('" + out.resolve("ehc_assessment_records") + "/*.parquet') GROUP BY ALL");
            groups += count(sql, "SELECT la_code, icb_ods_code, year(request_date) AS y, count(*) AS n,"
                    + " sum(CASE WHEN response_date - request_date <= 42 THEN 1 ELSE 0 END) AS within"
                    + " FROM read_parquet('" + out.resolve("health_advice_requests") + "/*.parquet')"
                    + " WHERE NOT exception GROUP BY ALL");
            groups += count(sql, "SELECT icb_ods_code, census_date, service, count(*) AS waiting,"
                    + " sum(CASE WHEN census_date - referral_date > 126 THEN 1 ELSE 0 END) AS over_18_weeks"
                    + " FROM read_parquet('" + out.resolve("therapy_referrals") + "/*.parquet')"
                    + " WHERE referral_date <= census_date AND (first_contact_date IS NULL"
                    + " OR first_contact_date > census_date) GROUP BY ALL");
            double aggregated = (System.nanoTime() - aggregateStarted) / 1e9;
            System.out.printf(Locale.ROOT, "duckdb_rows_read %d%n", rows);
            System.out.printf(Locale.ROOT, "duckdb_validate_write_seconds %.2f%n", validated);
            System.out.printf(Locale.ROOT, "duckdb_aggregate_seconds %.2f (%d groups)%n", aggregated, groups);
        }
    }

    /** Reads a return's CSVs as text, applies its rules, writes the accepted rows as Parquet; returns rows read. */
    private static long validate(Statement sql, Path sample, Path out, String runDate, String name, String rules)
            throws SQLException {
        String files = sample.resolve("returns") + "/" + name + "*.csv";
        sql.execute("CREATE OR REPLACE TABLE checked AS " + rules.replace("{files}", files));
        sql.execute("COPY (SELECT * EXCLUDE (problems, filename) FROM checked WHERE len(problems) = 0) TO '"
                + out.resolve(name) + "' (FORMAT parquet, PER_THREAD_OUTPUT true, OVERWRITE_OR_IGNORE true)");
        long read = count(sql, "SELECT 1 FROM checked");
        long rejected = count(sql, "SELECT 1 FROM checked WHERE len(problems) > 0");
        System.out.printf(Locale.ROOT, "duckdb %s: %d read, %d rejected%n", name, read, rejected);
        return read;
    }

    /** The sender a return's file name names (its last part before the extension), or '' when it names none. */
    private static String sender(String pattern) {
        return "regexp_extract(filename, '[_.-](" + pattern + ")\\.[A-Za-z]+$', 1) AS sender";
    }

    /**
     * A row for another LA than its file's sender; an old code of the same LA (a recode either way) is the same LA.
     */
    private static String otherLa(String code) {
        return "c.sender <> '' AND " + code + " <> c.sender AND NOT EXISTS (SELECT 1 FROM recodes r WHERE"
                + " r.change_type = 'RECODE' AND ((r.old_code = " + code + " AND r.new_code = c.sender)"
                + " OR (r.new_code = " + code + " AND r.old_code = c.sender)))";
    }

    private static String date(String column) {
        return "try_cast(nullif(trim(" + column + "), '') AS DATE)";
    }

    private static String problem(String condition, String rule) {
        return "CASE WHEN " + condition + " THEN '" + rule + "' END";
    }

    /**
     * True when the LA code is in use on the date or was recoded. {@code code} and {@code since} must name the checked
     * row's columns with its alias ({@code c.la_code}): unqualified, {@code la_code} inside the subquery binds to the
     * LA table's own column, and the check is true for every code.
     */
    private static String laInUse(String code, String since, String runDate) {
        return "(EXISTS (SELECT 1 FROM las l WHERE l.la_code = " + code + " AND (l.valid_to IS NULL OR l.valid_to = ''"
                + " OR CAST(l.valid_to AS DATE) >= " + since + ") AND (l.valid_from IS NULL OR l.valid_from = ''"
                + " OR CAST(l.valid_from AS DATE) <= DATE '" + runDate + "'))"
                + " OR EXISTS (SELECT 1 FROM recodes r WHERE r.change_type = 'RECODE' AND r.old_code = " + code + "))";
    }

    private static String assessmentRules(String runDate) {
        String today = "DATE '" + runDate + "'";
        return "SELECT record_id, la_code, request_date, decision_date, decision, plan_issue_date, assessment_outcome,"
                + " exception, CAST(date_sub('year', date_of_birth, request_date) AS INTEGER) AS age_at_request,"
                + " filename, list_filter([" + String.join(", ",
                        problem("record_id IS NULL OR NOT regexp_full_match(record_id, '" + PSEUDONYM + "')", "id"),
                        problem("la_code IS NULL OR NOT regexp_full_match(la_code, '" + LA_CODE + "')", "la"),
                        problem("request_date IS NULL", "request_date"),
                        problem("raw_decision_date <> '' AND decision_date IS NULL", "decision_date"),
                        problem("raw_plan_issue_date <> '' AND plan_issue_date IS NULL", "plan_issue_date"),
                        problem("raw_date_of_birth <> '' AND date_of_birth IS NULL", "date_of_birth"),
                        problem("decision IS NOT NULL AND decision NOT IN ('assess', 'not_assess', 'withdrawn')",
                                "decision"),
                        problem("assessment_outcome IS NOT NULL AND assessment_outcome NOT IN ('plan_issued',"
                                + " 'no_plan')", "outcome"),
                        problem("exception IS NULL", "exception"),
                        problem("occurrence > 1", "duplicate"),
                        problem("request_date > " + today + " OR decision_date > " + today
                                + " OR plan_issue_date > " + today, "future"),
                        problem("decision_date < request_date OR plan_issue_date < decision_date"
                                + " OR plan_issue_date < request_date", "order"),
                        problem("(decision_date IS NOT NULL AND decision IS NULL) OR (plan_issue_date IS NOT NULL"
                                + " AND decision_date IS NULL)", "required_with"),
                        problem("plan_issue_date IS NOT NULL AND decision IS NOT NULL AND decision <> 'assess'",
                                "plan_without_assessment"),
                        problem("(plan_issue_date IS NOT NULL) <> coalesce(assessment_outcome = 'plan_issued', false)",
                                "outcome_mismatch"),
                        problem("NOT " + laInUse("c.la_code", "c.request_date", runDate), "la_unknown"),
                        problem(otherLa("c.la_code"), "other_sender"),
                        problem("date_of_birth > request_date OR date_sub('year', date_of_birth, request_date) > 25",
                                "age"))
                + "], p -> p IS NOT NULL) AS problems FROM (SELECT *, row_number() OVER (PARTITION BY filename,"
                + " record_id) AS occurrence FROM (SELECT nullif(trim(record_id), '') AS record_id,"
                + " nullif(trim(la_code), '') AS la_code, coalesce(trim(date_of_birth), '') AS raw_date_of_birth, "
                + date("date_of_birth") + " AS date_of_birth, " + date("request_date") + " AS request_date,"
                + " coalesce(trim(decision_date), '') AS raw_decision_date, " + date("decision_date")
                + " AS decision_date, nullif(trim(decision), '') AS decision,"
                + " coalesce(trim(plan_issue_date), '') AS raw_plan_issue_date, " + date("plan_issue_date")
                + " AS plan_issue_date, nullif(trim(assessment_outcome), '') AS assessment_outcome,"
                + " CASE trim(exception) WHEN 'Y' THEN true WHEN 'N' THEN false END AS exception, filename, "
                + sender(LA_SENDER) + " FROM read_csv('{files}', all_varchar = true, header = true, filename = true,"
                + " union_by_name = true))) AS c";
    }

    private static String healthAdviceRules(String runDate) {
        String today = "DATE '" + runDate + "'";
        return "SELECT request_id, la_code, icb_ods_code, request_date, response_date, exception, filename,"
                + " list_filter([" + String.join(", ",
                        problem("request_id IS NULL OR NOT regexp_full_match(request_id, '" + PSEUDONYM + "')", "id"),
                        problem("la_code IS NULL OR NOT regexp_full_match(la_code, '" + LA_CODE + "')", "la"),
                        problem("icb_ods_code IS NULL OR NOT regexp_full_match(icb_ods_code, '" + ICB + "')", "icb"),
                        problem("request_date IS NULL", "request_date"),
                        problem("raw_response_date <> '' AND response_date IS NULL", "response_date"),
                        problem("exception IS NULL", "exception"),
                        problem("occurrence > 1", "duplicate"),
                        problem("request_date > " + today + " OR response_date > " + today, "future"),
                        problem("response_date < request_date", "order"),
                        problem("icb_ods_code NOT IN (SELECT i.icb_ods_code FROM icbs i)", "icb_unknown"),
                        problem("NOT " + laInUse("c.la_code", "c.request_date", runDate), "la_unknown"),
                        problem(otherLa("c.la_code"), "other_sender"))
                + "], p -> p IS NOT NULL) AS problems FROM (SELECT *, row_number() OVER (PARTITION BY filename,"
                + " request_id) AS occurrence FROM (SELECT nullif(trim(request_id), '') AS request_id,"
                + " nullif(trim(la_code), '') AS la_code, nullif(trim(icb_ods_code), '') AS icb_ods_code, "
                + date("request_date") + " AS request_date, coalesce(trim(response_date), '') AS raw_response_date, "
                + date("response_date") + " AS response_date,"
                + " CASE trim(exception) WHEN 'Y' THEN true WHEN 'N' THEN false END AS exception, filename, "
                + sender(LA_SENDER) + " FROM read_csv('{files}', all_varchar = true, header = true, filename = true)))"
                + " AS c";
    }

    private static String therapyRules(String runDate) {
        String today = "DATE '" + runDate + "'";
        return "SELECT referral_id, icb_ods_code, service, referral_date, first_contact_date, census_date, filename,"
                + " list_filter([" + String.join(", ",
                        problem("referral_id IS NULL OR NOT regexp_full_match(referral_id, '" + PSEUDONYM + "')",
                                "id"),
                        problem("icb_ods_code IS NULL OR NOT regexp_full_match(icb_ods_code, '" + ICB + "')", "icb"),
                        problem("service IS NULL OR service NOT IN ('slt', 'ot', 'physio', 'community_paediatrics')",
                                "service"),
                        problem("referral_date IS NULL", "referral_date"),
                        problem("raw_first_contact_date <> '' AND first_contact_date IS NULL", "first_contact_date"),
                        problem("census_date IS NULL", "census_date"),
                        problem("occurrence > 1", "duplicate"),
                        problem("census_date > " + today, "future"),
                        problem("census_date < referral_date OR first_contact_date < referral_date"
                                + " OR census_date < first_contact_date", "order"),
                        problem("icb_ods_code NOT IN (SELECT i.icb_ods_code FROM icbs i)", "icb_unknown"),
                        problem("sender <> '' AND icb_ods_code <> sender", "other_sender"))
                + "], p -> p IS NOT NULL) AS problems FROM (SELECT *, row_number() OVER (PARTITION BY filename,"
                + " referral_id) AS occurrence FROM (SELECT nullif(trim(referral_id), '') AS referral_id,"
                + " nullif(trim(icb_ods_code), '') AS icb_ods_code, nullif(trim(service), '') AS service, "
                + date("referral_date") + " AS referral_date, coalesce(trim(first_contact_date), '')"
                + " AS raw_first_contact_date, " + date("first_contact_date") + " AS first_contact_date, "
                + date("census_date") + " AS census_date, filename, " + sender(ICB)
                + " FROM read_csv('{files}', all_varchar = true, header = true, filename = true)))";
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery("SELECT count(*) FROM (" + query + ")")) {
            result.next();
            return result.getLong(1);
        }
    }
}
