package org.sendacc.rules.returns;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.AssessmentRecords;
import org.sendacc.contract.warehouse.WarehouseTables.EpWorkforce;
import org.sendacc.contract.warehouse.WarehouseTables.HealthAdviceRequests;
import org.sendacc.contract.warehouse.WarehouseTables.SltWorkforce;
import org.sendacc.contract.warehouse.WarehouseTables.TherapyReferrals;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.IcbCodes;
import org.sendacc.rules.contract.LaCodes;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.read.LocalReturnReader;
import org.sendacc.rules.source.Source;

/**
 * The contracts of the local returns that nobody publishes (see docs/local-returns.md): person-level EHC needs
 * assessment records, health advice requests, children's therapy referrals, and EP and SLT workforce.
 */
public final class LocalReturnContracts {
    static final String PSEUDONYM = "[A-Za-z0-9_-]{4,64}";
    static final String AGE_AT_REQUEST = AssessmentRecords.AGE_AT_REQUEST;
    static final String AGE_OUT_OF_RANGE = "value.age_out_of_range";

    private LocalReturnContracts() {}

    public static List<Source> all() {
        return List.of(assessmentRecords(), healthAdviceRequests(), therapyReferrals(), epWorkforce(), sltWorkforce());
    }

    /** The returns an LA sends: each file names the LA ({@code ehc_assessment_records_E08000035.csv}). */
    public static List<Source> sentByLas() {
        return List.of(assessmentRecords(), healthAdviceRequests(), epWorkforce());
    }

    /** The returns an ICB sends: each file names the ICB by its ODS code ({@code therapy_referrals_QWO.csv}). */
    public static List<Source> sentByIcbs() {
        return List.of(therapyReferrals(), sltWorkforce());
    }

    /** The start of a return's file names, as the templates give it: {@code ehc_assessment_records}. */
    public static String fileNamePrefix(Source source) {
        return source.id().substring(source.id().indexOf('.') + 1);
    }

    static Source assessmentRecords() {
        Contract contract = Contract.builder("local.ehc_assessment_records", MissingValueLegend.NONE)
                .column(Column.text(AssessmentRecords.RECORD_ID).required().matching(PSEUDONYM))
                .column(Column.text(AssessmentRecords.LA_CODE).required().matching(LaCodes.PATTERN))
                .optionalColumn(Column.date("date_of_birth").personal())
                .column(Column.date(AssessmentRecords.REQUEST_DATE).required())
                .column(Column.date(AssessmentRecords.DECISION_DATE))
                .column(Column.text(AssessmentRecords.DECISION).oneOf("assess", "not_assess", "withdrawn"))
                .column(Column.date(AssessmentRecords.PLAN_ISSUE_DATE))
                .column(Column.text(AssessmentRecords.ASSESSMENT_OUTCOME).oneOf("plan_issued", "no_plan"))
                .column(Column.flag(AssessmentRecords.EXCEPTION).required())
                .derived(new DerivedColumn(AGE_AT_REQUEST, LogicalType.INTEGER))
                .rule(Rules.uniqueWithinFile(AssessmentRecords.RECORD_ID))
                .rule(Rules.notInFuture(AssessmentRecords.REQUEST_DATE))
                .rule(Rules.notInFuture(AssessmentRecords.DECISION_DATE))
                .rule(Rules.notInFuture(AssessmentRecords.PLAN_ISSUE_DATE))
                .rule(Rules.notBefore(AssessmentRecords.DECISION_DATE, AssessmentRecords.REQUEST_DATE))
                .rule(Rules.notBefore(AssessmentRecords.PLAN_ISSUE_DATE, AssessmentRecords.DECISION_DATE))
                .rule(Rules.notBefore(AssessmentRecords.PLAN_ISSUE_DATE, AssessmentRecords.REQUEST_DATE))
                .rule(Rules.requiredWith(AssessmentRecords.DECISION, AssessmentRecords.DECISION_DATE))
                .rule(Rules.requiredWith(AssessmentRecords.DECISION_DATE, AssessmentRecords.PLAN_ISSUE_DATE))
                .rule(planOnlyAfterDecisionToAssess())
                .rule(Rules.resolvesLaSince(
                        AssessmentRecords.LA_CODE, AssessmentRecords.REQUEST_DATE, AssessmentRecords.LA_CODE))
                .rule(Rules.sameLaAsFileName(AssessmentRecords.LA_CODE, AssessmentRecords.REQUEST_DATE))
                .rule(ageAtRequest())
                .build();
        return returnSource("ehc_assessment_records", "EHC needs assessment records (person-level)", contract);
    }

    static Source healthAdviceRequests() {
        Contract contract = Contract.builder("local.health_advice_requests", MissingValueLegend.NONE)
                .column(Column.text(HealthAdviceRequests.REQUEST_ID).required().matching(PSEUDONYM))
                .column(Column.text(HealthAdviceRequests.LA_CODE).required().matching(LaCodes.PATTERN))
                .column(Column.text(HealthAdviceRequests.ICB_ODS_CODE)
                        .required()
                        .matching(IcbCodes.PATTERN))
                .column(Column.date(HealthAdviceRequests.REQUEST_DATE).required())
                .column(Column.date(HealthAdviceRequests.RESPONSE_DATE))
                .column(Column.flag(HealthAdviceRequests.EXCEPTION).required())
                .rule(Rules.uniqueWithinFile(HealthAdviceRequests.REQUEST_ID))
                .rule(Rules.notInFuture(HealthAdviceRequests.REQUEST_DATE))
                .rule(Rules.notInFuture(HealthAdviceRequests.RESPONSE_DATE))
                .rule(Rules.notBefore(HealthAdviceRequests.RESPONSE_DATE, HealthAdviceRequests.REQUEST_DATE))
                .rule(Rules.knownIcb(HealthAdviceRequests.ICB_ODS_CODE))
                .rule(Rules.resolvesLaSince(
                        HealthAdviceRequests.LA_CODE, HealthAdviceRequests.REQUEST_DATE, HealthAdviceRequests.LA_CODE))
                .rule(Rules.sameLaAsFileName(HealthAdviceRequests.LA_CODE, HealthAdviceRequests.REQUEST_DATE))
                .build();
        return returnSource("health_advice_requests", "Health advice requests to the ICB (person-level)", contract);
    }

    static Source therapyReferrals() {
        Contract contract = Contract.builder("local.therapy_referrals", MissingValueLegend.NONE)
                .column(Column.text(TherapyReferrals.REFERRAL_ID).required().matching(PSEUDONYM))
                .column(Column.text(TherapyReferrals.ICB_ODS_CODE).required().matching(IcbCodes.PATTERN))
                .column(Column.text(TherapyReferrals.SERVICE)
                        .required()
                        .oneOf("slt", "ot", "physio", "community_paediatrics"))
                .column(Column.date(TherapyReferrals.REFERRAL_DATE).required())
                .column(Column.date(TherapyReferrals.FIRST_CONTACT_DATE))
                .column(Column.date(TherapyReferrals.CENSUS_DATE).required())
                .rule(Rules.uniqueWithinFile(TherapyReferrals.REFERRAL_ID))
                .rule(Rules.notInFuture(TherapyReferrals.CENSUS_DATE))
                .rule(Rules.notBefore(TherapyReferrals.CENSUS_DATE, TherapyReferrals.REFERRAL_DATE))
                .rule(Rules.notBefore(TherapyReferrals.FIRST_CONTACT_DATE, TherapyReferrals.REFERRAL_DATE))
                .rule(Rules.notBefore(TherapyReferrals.CENSUS_DATE, TherapyReferrals.FIRST_CONTACT_DATE))
                .rule(Rules.knownIcb(TherapyReferrals.ICB_ODS_CODE))
                .rule(Rules.sameIcbAsFileName(TherapyReferrals.ICB_ODS_CODE))
                .build();
        return returnSource("therapy_referrals", "Children's therapy referrals (person-level)", contract);
    }

    static Source epWorkforce() {
        Contract contract = Contract.builder("local.ep_workforce", MissingValueLegend.NONE)
                .column(Column.text(EpWorkforce.LA_CODE).required().matching(LaCodes.PATTERN))
                .column(Column.date(EpWorkforce.CENSUS_DATE).required())
                .column(Column.decimal(EpWorkforce.EP_FTE).required().between(0, 500))
                .column(Column.decimal(EpWorkforce.EP_VACANCIES_FTE).between(0, 500))
                .column(Column.percent(EpWorkforce.STATUTORY_TIME_PCT))
                .rule(Rules.notInFuture(EpWorkforce.CENSUS_DATE))
                .rule(Rules.resolvesLaOn(EpWorkforce.LA_CODE, EpWorkforce.CENSUS_DATE, EpWorkforce.LA_CODE))
                .build();
        return returnSource("ep_workforce", "Educational psychologist workforce (per LA)", contract);
    }

    static Source sltWorkforce() {
        Contract contract = Contract.builder("local.slt_workforce", MissingValueLegend.NONE)
                .column(Column.text(SltWorkforce.ICB_ODS_CODE).required().matching(IcbCodes.PATTERN))
                .column(Column.date(SltWorkforce.CENSUS_DATE).required())
                .column(Column.decimal(SltWorkforce.SLT_WTE).required().between(0, 2000))
                .column(Column.count(SltWorkforce.OPEN_CASELOAD).required())
                .rule(Rules.notInFuture(SltWorkforce.CENSUS_DATE))
                .rule(Rules.knownIcb(SltWorkforce.ICB_ODS_CODE))
                .build();
        return returnSource("slt_workforce", "Children's speech and language therapy workforce (per ICB)", contract);
    }

    /** A plan can only follow a decision to assess; the outcome says "plan_issued" exactly when a plan date is given. */
    private static RowRule planOnlyAfterDecisionToAssess() {
        return (row, context) -> {
            Optional<String> decision = row.value("decision");
            Optional<LocalDate> planIssued = row.value("plan_issue_date");
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
            Optional<LocalDate> birth = row.value("date_of_birth");
            Optional<LocalDate> request = row.value("request_date");
            if (birth.isEmpty() || request.isEmpty()) {
                return;
            }
            LocalDate born = birth.get();
            int age = Period.between(born, request.get()).getYears();
            if (born.isAfter(request.get()) || age > 25) {
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
                Source.LOCAL_RETURN,
                description,
                Pattern.compile(Pattern.quote(name) + "([_-][A-Za-z0-9_-]*)?\\.(csv|xlsx)"),
                new LocalReturnReader(),
                contract);
    }
}
