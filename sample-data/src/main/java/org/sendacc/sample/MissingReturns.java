package org.sendacc.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The returns that are late or missing, as in any real collection.
 *
 * <p>The choices are fixed (not seeded) so that the README can name them and a test can rely on them. DfE still
 * publishes figures for an LA whose local return is missing here: the published tables are counted from the full
 * simulation, the gaps are only in what the area handed to us.
 */
final class MissingReturns {

    /** LAs that sent no EHC assessment records at all. */
    static final Set<String> NO_ASSESSMENT_RECORDS = Set.of("E06000018", "E09000008");

    /** An LA whose EHC assessment records lack one year of requests. */
    static final String ASSESSMENT_YEAR_GAP_LA = "E10000016";

    /** LAs that sent no health advice requests. */
    static final Set<String> NO_HEALTH_ADVICE = Set.of("E09000008", "E08000030");

    /** The ICB that sent no therapy referrals return. */
    static final String NO_THERAPY_RETURN_ICB = "QJM";

    /** The ICB with no SLT workforce row in the year before the last. */
    static final String SLT_WORKFORCE_GAP_ICB = "QHG";

    /** The LA with no EP workforce row in the last year. */
    static final String EP_WORKFORCE_GAP_LA = "E06000039";

    /** LAs whose DMO/DCO answers were "Not returned" three years before the last. */
    static final Set<String> DMO_DCO_NOT_RETURNED = Set.of("E06000034", "E06000031");

    /** ICBs whose community trust did not submit to NHS England, one per edition in turn. */
    private static final List<String> NON_SUBMITTING_PROVIDER_ICBS =
            List.of("QKS", "QR1", "QOX", "QHL", "QJ2", "QE1", "QUY", "QNX");

    private final int fromYear;
    private final int toYear;

    MissingReturns(GeneratorOptions options) {
        this.fromYear = options.fromYear();
        this.toYear = options.toYear();
    }

    boolean noAssessmentRecords(String laCode) {
        return NO_ASSESSMENT_RECORDS.contains(laCode);
    }

    /** The request year missing from {@link #ASSESSMENT_YEAR_GAP_LA}'s records. */
    int assessmentGapYear() {
        return toYear - 2;
    }

    boolean assessmentYearMissing(String laCode, int requestYear) {
        return laCode.equals(ASSESSMENT_YEAR_GAP_LA) && requestYear == assessmentGapYear();
    }

    boolean noHealthAdvice(String laCode) {
        return NO_HEALTH_ADVICE.contains(laCode);
    }

    boolean noTherapyReturn(String icbOdsCode) {
        return icbOdsCode.equals(NO_THERAPY_RETURN_ICB);
    }

    int sltWorkforceGapYear() {
        return Math.max(fromYear, toYear - 1);
    }

    boolean sltWorkforceMissing(String icbOdsCode, int year) {
        return icbOdsCode.equals(SLT_WORKFORCE_GAP_ICB) && year == sltWorkforceGapYear();
    }

    boolean epWorkforceMissing(String laCode, int year) {
        return laCode.equals(EP_WORKFORCE_GAP_LA) && year == toYear;
    }

    int dmoDcoGapYear() {
        return Math.max(fromYear, toYear - 3);
    }

    boolean dmoDcoNotReturned(String laCode, int year) {
        return DMO_DCO_NOT_RETURNED.contains(laCode) && year == dmoDcoGapYear();
    }

    /** The ICB whose community trust left its cells blank in the workbook edition of the year. */
    String nonSubmittingProviderIcb(int year) {
        int index = Math.floorMod(year - fromYear, NON_SUBMITTING_PROVIDER_ICBS.size());
        return NON_SUBMITTING_PROVIDER_ICBS.get(index);
    }

    /** One line per gap, for the README. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("No `ehc_assessment_records` file from " + String.join(" and ", sorted(NO_ASSESSMENT_RECORDS))
                + " (DfE's tables still include them).");
        lines.add("`ehc_assessment_records_" + ASSESSMENT_YEAR_GAP_LA + ".csv` has no requests received in "
                + assessmentGapYear() + ".");
        lines.add("No `health_advice_requests` file from " + String.join(" and ", sorted(NO_HEALTH_ADVICE)) + ".");
        lines.add("No `therapy_referrals` file from ICB " + NO_THERAPY_RETURN_ICB + ".");
        lines.add("`slt_workforce.csv` has no row for ICB " + SLT_WORKFORCE_GAP_ICB + " in " + sltWorkforceGapYear()
                + ".");
        lines.add("`ep_workforce.csv` has no row for LA " + EP_WORKFORCE_GAP_LA + " in " + toYear + ".");
        lines.add("`sen2_dmo_dco.csv` says `Not returned` for " + String.join(" and ", sorted(DMO_DCO_NOT_RETURNED))
                + " in " + dmoDcoGapYear() + ".");
        lines.add("In each NHS workbook one provider (the community trust of the ICB listed per edition below) did not"
                + " submit: its row is blank and its ICB, region and England totals leave it out.");
        for (int year = fromYear; year <= toYear; year++) {
            lines.add("  - edition " + year + ": community trust of ICB " + nonSubmittingProviderIcb(year));
        }
        return lines;
    }

    private static List<String> sorted(Set<String> codes) {
        List<String> list = new ArrayList<>(codes);
        list.sort(String::compareTo);
        return list;
    }
}
