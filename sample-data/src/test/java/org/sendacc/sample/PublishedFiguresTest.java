package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The published EES figures of an LA must be what the LA gets by counting its own person-level return. The counting
 * here is written from the definitions in the README, independently of the generator's code.
 */
class PublishedFiguresTest {

    @Test
    void timelinessOfAnLaEqualsTheCountOfItsOwnRecords() {
        assertTimelinessMatches("390", 2019, "E08000037");
        assertTimelinessMatches("390", 2024, "E08000037");
    }

    @Test
    void timelinessUnderBuckinghamshiresTwoDfeCodesEqualsItsRecords() {
        assertTimelinessMatches("825", 2019, "E06000060");
        assertTimelinessMatches("825", 2021, "E06000060");
    }

    @Test
    void requestsOfAnLaEqualTheCountOfItsOwnRecords() {
        assertRequestsMatch("390", 2023, "E08000037");
        assertRequestsMatch("370", 2025, "E08000038");
    }

    @Test
    void predecessorFiguresAreTheCountOfItsSuccessorsRecords() {
        assertTimelinessMatches("928", 2020, "E06000061", "E06000062");
        assertRequestsMatch("928", 2020, "E06000061", "E06000062");
    }

    @Test
    void regionalAndNationalRowsAreSumsOfTheirLas() {
        List<Map<String, String>> rows =
                SampleFiles.rows(GeneratedSamples.defaultSample().resolve("ees/timeliness_20_week.csv"));
        Map<String, Long> byRegion = new LinkedHashMap<>();
        long england = 0;
        for (Map<String, String> row : rows) {
            if (row.get("time_period").equals("2023")
                    && row.get("geographic_level").equals("Local authority")) {
                long issued = Long.parseLong(row.get("plans_issued_den"));
                byRegion.merge(row.get("region_code"), issued, Long::sum);
                england += issued;
            }
        }
        for (Map<String, String> row : rows) {
            if (!row.get("time_period").equals("2023")) {
                continue;
            }
            if (row.get("geographic_level").equals("Regional")) {
                assertThat(Long.parseLong(row.get("plans_issued_den"))).isEqualTo(byRegion.get(row.get("region_code")));
            }
            if (row.get("geographic_level").equals("National")) {
                assertThat(Long.parseLong(row.get("plans_issued_den"))).isEqualTo(england);
            }
        }
    }

    private static void assertTimelinessMatches(String oldLaCode, int year, String... recordLaCodes) {
        assertPublishedAsCounted(
                "ees/timeliness_20_week.csv", oldLaCode, year, countTimeliness(records(recordLaCodes), year));
    }

    private static void assertRequestsMatch(String oldLaCode, int year, String... recordLaCodes) {
        assertPublishedAsCounted("ees/requests.csv", oldLaCode, year, countRequests(records(recordLaCodes), year));
    }

    /** Every figure counted from the records must be the one the file publishes for the LA and year. */
    private static void assertPublishedAsCounted(String file, String oldLaCode, int year, Map<String, String> counted) {
        Map<String, String> published = publishedRow(file, oldLaCode, year);
        for (Map.Entry<String, String> entry : counted.entrySet()) {
            assertThat(published.get(entry.getKey()))
                    .as("%s of LA %s in %d", entry.getKey(), oldLaCode, year)
                    .isEqualTo(entry.getValue());
        }
    }

    private static Map<String, String> publishedRow(String file, String oldLaCode, int year) {
        for (Map<String, String> row :
                SampleFiles.rows(GeneratedSamples.defaultSample().resolve(file))) {
            if (row.get("time_period").equals(Integer.toString(year))
                    && row.get("geographic_level").equals("Local authority")
                    && row.get("old_la_code").equals(oldLaCode)) {
                return row;
            }
        }
        throw new AssertionError("no row for LA " + oldLaCode + " in " + year + " in " + file);
    }

    /** The rows of the LAs' EHC assessment records, planted bad rows left out. */
    private static List<Map<String, String>> records(String... laCodes) {
        Path sample = GeneratedSamples.defaultSample();
        Set<String> planted = new HashSet<>();
        for (SampleFiles.PlantedRow row : SampleFiles.plantedRows(sample.resolve("README.md"))) {
            planted.add(row.file() + "#" + row.line());
        }
        List<Map<String, String>> records = new ArrayList<>();
        for (String laCode : laCodes) {
            String file = "returns/ehc_assessment_records_" + laCode + ".csv";
            for (Map<String, String> row : SampleFiles.rows(sample.resolve(file))) {
                if (!planted.contains(file + "#" + row.get("#line"))) {
                    records.add(row);
                }
            }
        }
        return records;
    }

    private static Map<String, String> countTimeliness(List<Map<String, String>> records, int year) {
        long issued = 0;
        long issuedEx = 0;
        long within = 0;
        long withinEx = 0;
        long overAYear = 0;
        for (Map<String, String> record : records) {
            String planDate = record.get("plan_issue_date");
            if (planDate.isEmpty() || LocalDate.parse(planDate).getYear() != year) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(LocalDate.parse(record.get("request_date")), LocalDate.parse(planDate));
            boolean counted = record.get("exception").equals("N");
            issued++;
            issuedEx += counted ? 1 : 0;
            if (days <= 140) {
                within++;
                withinEx += counted ? 1 : 0;
            }
            if (days > 364) {
                overAYear++;
            }
        }
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("plans_issued_den", Long.toString(issued));
        figures.put("plans_issued_den_ex", Long.toString(issuedEx));
        figures.put("plans_issued_within_20_weeks", Long.toString(within));
        figures.put("plans_issued_20_weeks_ex", Long.toString(withinEx));
        figures.put("pc_plans_issued_within_20_weeks", percent(within, issued));
        figures.put("PC_plans_issued_20_weeks_ex", percent(withinEx, issuedEx));
        figures.put("plans_issued_gt_1_year", Long.toString(overAYear));
        return figures;
    }

    private static Map<String, String> countRequests(List<Map<String, String>> records, int year) {
        long received = 0;
        long assess = 0;
        long notAssess = 0;
        long notMade = 0;
        long withinSixWeeks = 0;
        long overSixWeeks = 0;
        for (Map<String, String> record : records) {
            LocalDate requested = LocalDate.parse(record.get("request_date"));
            if (requested.getYear() != year) {
                continue;
            }
            received++;
            String decision = record.get("decision");
            assess += decision.equals("assess") ? 1 : 0;
            notAssess += decision.equals("not_assess") ? 1 : 0;
            notMade += decision.isEmpty() ? 1 : 0;
            if (decision.equals("assess") || decision.equals("not_assess")) {
                long days = ChronoUnit.DAYS.between(requested, LocalDate.parse(record.get("decision_date")));
                if (days <= 42) {
                    withinSixWeeks++;
                } else {
                    overSixWeeks++;
                }
            }
        }
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("requests_received_in_year", Long.toString(received));
        figures.put("requests_decided_to_assess", Long.toString(assess));
        figures.put("requests_decided_not_to_assess", Long.toString(notAssess));
        figures.put("requests_decision_not_made", Long.toString(notMade));
        figures.put("request_outcome_six_weeks", Long.toString(withinSixWeeks));
        figures.put("request_outcome_over_6_weeks", Long.toString(overSixWeeks));
        figures.put("request_outcome_six_weeks_pc", percent(withinSixWeeks, withinSixWeeks + overSixWeeks));
        return figures;
    }

    /** DfE's percentage: one decimal place, half up, trailing zero dropped; x with no denominator. */
    private static String percent(long numerator, long denominator) {
        if (denominator == 0) {
            return "x";
        }
        BigDecimal value = new BigDecimal(numerator * 100).divide(new BigDecimal(denominator), 1, RoundingMode.HALF_UP);
        String text = value.toPlainString();
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
