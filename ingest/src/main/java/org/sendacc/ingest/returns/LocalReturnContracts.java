package org.sendacc.ingest.returns;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.DataTypes;
import org.sendacc.ingest.contract.Column;
import org.sendacc.ingest.contract.Contract;
import org.sendacc.ingest.contract.DerivedColumn;
import org.sendacc.ingest.contract.MissingValueLegend;
import org.sendacc.ingest.contract.RowRule;
import org.sendacc.ingest.contract.Rules;
import org.sendacc.ingest.ees.EesColumns;
import org.sendacc.ingest.read.DelimitedTableReader;
import org.sendacc.ingest.source.Source;

/**
 * The contracts of the local returns that nobody publishes (see docs/local-returns.md): person-level EHC needs
 * assessment records, health advice requests, children's therapy referrals, and EP and SLT workforce.
 */
public final class LocalReturnContracts {
    static final String PSEUDONYM = "[A-Za-z0-9_-]{4,64}";
    static final String ICB_ODS = "Q[A-Z0-9]{2}";
    static final String AGE_AT_REQUEST = "age_at_request";
    static final String AGE_OUT_OF_RANGE = "value.age_out_of_range";

    private LocalReturnContracts() {}

    public static List<Source> all() {
        return List.of(assessmentRecords(), healthAdviceRequests(), therapyReferrals(), epWorkforce(), sltWorkforce());
    }

    static Source assessmentRecords() {
        Contract contract = Contract.builder("local.ehc_assessment_records", MissingValueLegend.NONE)
                .column(Column.text("record_id").required().matching(PSEUDONYM))
                .column(Column.text("la_code").required().matching(EesColumns.LA_CODE_PATTERN))
                .optionalColumn(Column.date("date_of_birth").personal())
                .column(Column.date("request_date").required())
                .column(Column.date("decision_date"))
                .column(Column.text("decision").oneOf("assess", "not_assess", "withdrawn"))
                .column(Column.date("plan_issue_date"))
                .column(Column.text("assessment_outcome").oneOf("plan_issued", "no_plan"))
                .column(Column.flag("exception").required())
                .derived(new DerivedColumn(AGE_AT_REQUEST, DataTypes.IntegerType))
                .rule(Rules.uniqueWithinFile("record_id"))
                .rule(Rules.notInFuture("request_date"))
                .rule(Rules.notInFuture("decision_date"))
                .rule(Rules.notInFuture("plan_issue_date"))
                .rule(Rules.notBefore("decision_date", "request_date"))
                .rule(Rules.notBefore("plan_issue_date", "decision_date"))
                .rule(Rules.notBefore("plan_issue_date", "request_date"))
                .rule(Rules.requiredWith("decision", "decision_date"))
                .rule(Rules.requiredWith("decision_date", "plan_issue_date"))
                .rule(planOnlyAfterDecisionToAssess())
                .rule(Rules.resolvesLaSince("la_code", "request_date", "la_code"))
                .rule(ageAtRequest())
                .build();
        return returnSource("ehc_assessment_records", "EHC needs assessment records (person-level)", contract);
    }

    static Source healthAdviceRequests() {
        Contract contract = Contract.builder("local.health_advice_requests", MissingValueLegend.NONE)
                .column(Column.text("request_id").required().matching(PSEUDONYM))
                .column(Column.text("la_code").required().matching(EesColumns.LA_CODE_PATTERN))
                .column(Column.text("icb_ods_code").required().matching(ICB_ODS))
                .column(Column.date("request_date").required())
                .column(Column.date("response_date"))
                .column(Column.flag("exception").required())
                .rule(Rules.uniqueWithinFile("request_id"))
                .rule(Rules.notInFuture("request_date"))
                .rule(Rules.notInFuture("response_date"))
                .rule(Rules.notBefore("response_date", "request_date"))
                .rule(Rules.knownIcb("icb_ods_code"))
                .rule(Rules.resolvesLaSince("la_code", "request_date", "la_code"))
                .build();
        return returnSource("health_advice_requests", "Health advice requests to the ICB (person-level)", contract);
    }

    static Source therapyReferrals() {
        Contract contract = Contract.builder("local.therapy_referrals", MissingValueLegend.NONE)
                .column(Column.text("referral_id").required().matching(PSEUDONYM))
                .column(Column.text("icb_ods_code").required().matching(ICB_ODS))
                .column(Column.text("service").required().oneOf("slt", "ot", "physio", "community_paediatrics"))
                .column(Column.date("referral_date").required())
                .column(Column.date("first_contact_date"))
                .column(Column.date("census_date").required())
                .rule(Rules.uniqueWithinFile("referral_id"))
                .rule(Rules.notInFuture("census_date"))
                .rule(Rules.notBefore("census_date", "referral_date"))
                .rule(Rules.notBefore("first_contact_date", "referral_date"))
                .rule(Rules.notBefore("census_date", "first_contact_date"))
                .rule(Rules.knownIcb("icb_ods_code"))
                .build();
        return returnSource("therapy_referrals", "Children's therapy referrals (person-level)", contract);
    }

    static Source epWorkforce() {
        Contract contract = Contract.builder("local.ep_workforce", MissingValueLegend.NONE)
                .column(Column.text("la_code").required().matching(EesColumns.LA_CODE_PATTERN))
                .column(Column.date("census_date").required())
                .column(Column.decimal("ep_fte").required().between(0, 500))
                .column(Column.decimal("ep_vacancies_fte").between(0, 500))
                .column(Column.percent("statutory_time_pct"))
                .rule(Rules.notInFuture("census_date"))
                .rule(Rules.resolvesLaOn("la_code", "census_date", "la_code"))
                .build();
        return returnSource("ep_workforce", "Educational psychologist workforce (per LA)", contract);
    }

    static Source sltWorkforce() {
        Contract contract = Contract.builder("local.slt_workforce", MissingValueLegend.NONE)
                .column(Column.text("icb_ods_code").required().matching(ICB_ODS))
                .column(Column.date("census_date").required())
                .column(Column.decimal("slt_wte").required().between(0, 2000))
                .column(Column.count("open_caseload").required())
                .rule(Rules.notInFuture("census_date"))
                .rule(Rules.knownIcb("icb_ods_code"))
                .build();
        return returnSource("slt_workforce", "Children's speech and language therapy workforce (per ICB)", contract);
    }

    /** A plan can only follow a decision to assess; the outcome says "plan_issued" exactly when a plan date is given. */
    private static RowRule planOnlyAfterDecisionToAssess() {
        return (row, context) -> {
            Optional<String> decision = row.value("decision");
            Optional<java.sql.Date> planIssued = row.value("plan_issue_date");
            Optional<String> outcome = row.value("assessment_outcome");
            if (planIssued.isPresent()
                    && decision.isPresent()
                    && !decision.get().equals("assess")) {
                row.reject(
                        "plan_issue_date",
                        "cross.plan_without_assessment",
                        planIssued.get().toString(),
                        "plan_issue_date is given but decision is '" + decision.get() + "', not 'assess'");
            }
            if (planIssued.isPresent() != outcome.map("plan_issued"::equals).orElse(false)) {
                row.reject(
                        "assessment_outcome",
                        "cross.outcome_mismatch",
                        outcome.orElse(""),
                        "assessment_outcome must be 'plan_issued' exactly when plan_issue_date is given");
            }
        };
    }

    /** Derives the age at request from the date of birth, which is then dropped: it is a personal field. */
    private static RowRule ageAtRequest() {
        return (row, context) -> {
            Optional<java.sql.Date> birth = row.value("date_of_birth");
            Optional<java.sql.Date> request = row.value("request_date");
            if (birth.isEmpty() || request.isEmpty()) {
                return;
            }
            LocalDate born = birth.get().toLocalDate();
            int age = Period.between(born, request.get().toLocalDate()).getYears();
            if (born.isAfter(request.get().toLocalDate()) || age > 25) {
                row.reject(
                        "date_of_birth",
                        AGE_OUT_OF_RANGE,
                        born.toString(),
                        "date_of_birth gives an age at request outside 0-25");
                return;
            }
            row.set(AGE_AT_REQUEST, age);
        };
    }

    private static Source returnSource(String name, String description, Contract contract) {
        return new Source(
                "local." + name,
                "local_" + name,
                "local return",
                description,
                Pattern.compile(Pattern.quote(name) + "([_-][A-Za-z0-9_-]*)?\\.csv"),
                new DelimitedTableReader(),
                contract);
    }
}
