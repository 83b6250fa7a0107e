package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default sample must look like England: DfE's real headline trajectory, and areas that really differ. */
class EnglandTotalsTest {

    private static Map<String, String> national(String file, String period) {
        for (Map<String, String> row :
                SampleFiles.rows(GeneratedSamples.defaultSample().resolve(file))) {
            if (row.get("geographic_level").equals("National")
                    && row.get("time_period").equals(period)) {
                return row;
            }
        }
        throw new AssertionError("no national row for " + period + " in " + file);
    }

    private static long count(Map<String, String> row, String column) {
        return Long.parseLong(row.get(column));
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    @Test
    void plansIssuedRiseFromAbout53ThousandIn2019ToAbout90ThousandIn2024() {
        assertThat(count(national("ees/timeliness_20_week.csv", "2019"), "plans_issued_den"))
                .isBetween(45_000L, 62_000L);
        assertThat(count(national("ees/timeliness_20_week.csv", "2024"), "plans_issued_den"))
                .isBetween(78_000L, 100_000L);
    }

    @Test
    void shareIssuedWithin20WeeksFallsFromAbout60PercentToUnderHalf() {
        assertThat(number(national("ees/timeliness_20_week.csv", "2019"), "pc_plans_issued_within_20_weeks"))
                .isBetween(52.0, 66.0);
        assertThat(number(national("ees/timeliness_20_week.csv", "2024"), "pc_plans_issued_within_20_weeks"))
                .isBetween(38.0, 50.0);
    }

    @Test
    void requestsRiseFromAbout82ThousandIn2019() {
        long requests2019 = count(national("ees/requests.csv", "2019"), "requests_received_in_year");
        long requests2024 = count(national("ees/requests.csv", "2024"), "requests_received_in_year");

        assertThat(requests2019).isBetween(72_000L, 92_000L);
        assertThat(requests2024).isGreaterThan(requests2019 + 40_000);
    }

    @Test
    void caseloadRisesEveryYear() {
        List<Long> caseloads = new ArrayList<>();
        for (String period : List.of("201819", "201920", "202021", "202122", "202223", "202324", "202425")) {
            caseloads.add(count(national("ees/caseload.csv", period), "ehcplans"));
        }
        assertThat(caseloads).isSorted().doesNotHaveDuplicates();
        assertThat(caseloads.get(0)).isBetween(300_000L, 400_000L);
    }

    @Test
    void localAuthoritiesRangeFromAboutTenToAboutNinetyPercentOnTime() {
        List<Double> shares = new ArrayList<>();
        Path file = GeneratedSamples.defaultSample().resolve("ees/timeliness_20_week.csv");
        for (Map<String, String> row : SampleFiles.rows(file)) {
            if (row.get("time_period").equals("2024")
                    && row.get("geographic_level").equals("Local authority")
                    && count(row, "plans_issued_den") >= 50) {
                shares.add(number(row, "pc_plans_issued_within_20_weeks"));
            }
        }
        assertThat(shares).anySatisfy(share -> assertThat(share).isLessThan(15.0));
        assertThat(shares).anySatisfy(share -> assertThat(share).isGreaterThan(85.0));
    }

    @Test
    void appealRateRisesLikeMojsFromAbout2To3Percent() {
        List<List<String>> records = SampleFiles.records(
                GeneratedSamples.defaultSample().resolve("moj/send_tribunals_appeal_rate_2019-2025.csv"));
        List<String> england = records.stream()
                .filter(record -> record.get(0).equals("England Total4,9"))
                .findFirst()
                .orElseThrow();
        double rate2019 = Double.parseDouble(england.get(4).replace("%", ""));
        double rate2024 = Double.parseDouble(england.get(2 + 3 * 5 + 2).replace("%", ""));

        assertThat(rate2019).isBetween(1.2, 2.6);
        assertThat(rate2024).isBetween(2.4, 4.2);
    }
}
