package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code ees/caseload.csv}: EHC plans maintained in January by placement type, in DfE's exact layout
 * (academic years such as 201819, headline breakdown only).
 *
 * <p>The total is the {@link CaseloadModel}; placements are a multinomial split whose shares move from DfE's 2018/19
 * national mix to its 2024/25 mix (more mainstream and independent special, fewer maintained special), varied by LA.
 * Columns DfE did not collect in a year are {@code x} exactly as in the real file. Unlike DfE's own file, the
 * synthetic columns add up: mainstream, special, AP/PRU, FE and "educated elsewhere" (which includes NEET) plus early
 * years, not recorded and the 2022-only columns make the total.
 */
final class CaseloadTable {

    static final String FILE = "ees/caseload.csv";
    static final String BREAKDOWN = "All EHC plans";
    static final String TIME_IDENTIFIER = "Academic year";

    static final List<String> HEADER = EesTidyCsvWriter.header(
            "breakdown_topic",
            "breakdown",
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
            "perm_ex_2022");

    /** Placement counts in England, January 2019 and January 2025 (DfE), from which the shares move. */
    private static final Map<String, double[]> PLACEMENTS = placements();

    private static final List<String> MAINSTREAM = List.of(
            "mainstream_la_maintained",
            "mainstream_la_maintained_resourced_provision",
            "mainstream_la_maintained_senunit",
            "mainstream_academy",
            "mainstream_academy_resourced_provision",
            "mainstream_academy_senunit",
            "mainstream_free_school",
            "mainstream_free_school_resourced_provision",
            "mainstream_free_school_senunit",
            "mainstream_independent");
    private static final List<String> SPECIAL =
            List.of("special_la_maintained", "special_academy_free", "special_independent", "special_non_maintained");
    private static final List<String> ALTERNATIVE =
            List.of("ap_pru_academy", "ap_pru_free_school", "ap_pru_la_maintained");
    private static final List<String> FURTHER_EDUCATION =
            List.of("general_fe_tertiary_colleges", "specialist_post_16_institutions", "ukrlp_provider");
    private static final List<String> ELSEWHERE = List.of(
            "elective_home_education",
            "other_arrangements_la",
            "other_arrangements_parents",
            "online_provider",
            "w_settings",
            "other_schools",
            "other_placement_settings");
    private static final List<String> NEET = List.of("neet_ntci", "neet_other", "neet_other_csa");

    private static final double LA_PLACEMENT_SPREAD = 0.3;

    private CaseloadTable() {}

    private static Map<String, double[]> placements() {
        Map<String, double[]> counts = new LinkedHashMap<>();
        counts.put("mainstream_la_maintained", new double[] {64450, 95542});
        counts.put("mainstream_la_maintained_resourced_provision", new double[] {6214, 6730});
        counts.put("mainstream_la_maintained_senunit", new double[] {3486, 3146});
        counts.put("mainstream_academy", new double[] {51194, 141630});
        counts.put("mainstream_academy_resourced_provision", new double[] {4885, 8578});
        counts.put("mainstream_academy_senunit", new double[] {2984, 5773});
        counts.put("mainstream_free_school", new double[] {1716, 9366});
        counts.put("mainstream_free_school_resourced_provision", new double[] {32, 221});
        counts.put("mainstream_free_school_senunit", new double[] {51, 76});
        counts.put("mainstream_independent", new double[] {3618, 7174});
        counts.put("special_la_maintained", new double[] {84033, 85920});
        counts.put("special_academy_free", new double[] {35065, 73932});
        counts.put("special_independent", new double[] {13744, 29647});
        counts.put("special_non_maintained", new double[] {3788, 4381});
        counts.put("ap_pru_academy", new double[] {709, 1967});
        counts.put("ap_pru_free_school", new double[] {157, 596});
        counts.put("ap_pru_la_maintained", new double[] {1865, 2295});
        counts.put("general_fe_tertiary_colleges", new double[] {52235, 70998});
        counts.put("specialist_post_16_institutions", new double[] {4956, 9675});
        counts.put("ukrlp_provider", new double[] {2500, 7485});
        counts.put("elective_home_education", new double[] {2500, 7155});
        counts.put("other_arrangements_la", new double[] {2969, 11524});
        counts.put("other_arrangements_parents", new double[] {2809, 1012});
        counts.put("online_provider", new double[] {40, 123});
        counts.put("w_settings", new double[] {150, 402});
        counts.put("other_schools", new double[] {60, 175});
        counts.put("other_placement_settings", new double[] {1902, 4045});
        counts.put("neet_ntci", new double[] {1469, 4514});
        counts.put("neet_other", new double[] {2409, 7403});
        counts.put("neet_other_csa", new double[] {1998, 6139});
        counts.put("nm_early_years", new double[] {1708, 4524});
        counts.put("placement_unknown", new double[] {6000, 19339});
        counts.put("await_prov_2022", new double[] {3486, 0});
        counts.put("perm_ex_2022", new double[] {63, 0});
        return counts;
    }

    /** The columns DfE writes as x in the January of {@code year}, as in the real release. */
    static Set<String> unavailable(int year) {
        if (year <= 2019) {
            return Set.of(
                    "ukrlp_provider",
                    "elective_home_education",
                    "online_provider",
                    "w_settings",
                    "other_schools",
                    "neet_ntci",
                    "neet_other",
                    "neet_other_csa",
                    "placement_unknown",
                    "placement_unknown_pc");
        }
        if (year <= 2022) {
            return Set.of(
                    "ukrlp_provider",
                    "online_provider",
                    "w_settings",
                    "other_schools",
                    "neet_ntci",
                    "neet_other",
                    "neet_other_csa",
                    "placement_unknown",
                    "placement_unknown_pc");
        }
        if (year <= 2024) {
            return Set.of("online_provider", "w_settings", "other_schools", "await_prov_2022", "perm_ex_2022");
        }
        return Set.of("await_prov_2022", "perm_ex_2022");
    }

    /** "201819" for the January 2019 snapshot. */
    static String academicYear(int januaryYear) {
        return Integer.toString(januaryYear - 1) + String.format(java.util.Locale.ROOT, "%02d", januaryYear % 100);
    }

    static long write(Path outputFolder, SampleGeography geography, CaseloadModel caseload, GeneratorOptions options) {
        requireNonNull(caseload, "caseload is null");
        try (EesTidyCsvWriter writer = new EesTidyCsvWriter(outputFolder, FILE, HEADER)) {
            for (int year = options.fromYear(); year <= options.toYear(); year++) {
                String period = academicYear(year);
                LocalDate referenceDay = DfeCodeConvention.januaryReferenceDay(year);
                Set<String> unavailable = unavailable(year);
                Map<LocalAuthority, Map<String, Long>> byLa = new LinkedHashMap<>();
                for (LocalAuthority authority : geography.authoritiesOn(referenceDay)) {
                    long total = caseload.of(authority, year).caseload();
                    byLa.put(authority, split(authority, total, year, unavailable, options.seed()));
                }
                writer.writeNationalAndRegional(
                        period, TIME_IDENTIFIER, geography.regions(), byLa, areas -> values(sum(areas), unavailable));
                for (Map.Entry<LocalAuthority, Map<String, Long>> entry : byLa.entrySet()) {
                    String code = DfeCodeConvention.publishedCode(
                            entry.getKey(), DfeCodeConvention.Publication.CASELOAD, referenceDay);
                    writer.write(
                            EesTidyCsvWriter.localAuthority(period, TIME_IDENTIFIER, entry.getKey(), code),
                            values(entry.getValue(), unavailable));
                }
            }
            return writer.records();
        }
    }

    /** Splits an LA's caseload into placement leaves (multinomial by successive binomials). */
    private static Map<String, Long> split(
            LocalAuthority authority, long total, int year, Set<String> unavailable, long seed) {
        SplittableRandom character = AreaRandom.of(seed, authority.code(), "placement-mix");
        SplittableRandom random = AreaRandom.of(seed, authority.code(), "placements", year);
        double progress = Draws.clamp((year - 2019) / 6.0, 0, 1);
        double totalFirst = 0;
        double totalLast = 0;
        for (double[] counts : PLACEMENTS.values()) {
            totalFirst += counts[0];
            totalLast += counts[1];
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        double weightSum = 0;
        for (Map.Entry<String, double[]> entry : PLACEMENTS.entrySet()) {
            double factor = Draws.logNormalFactor(character, LA_PLACEMENT_SPREAD);
            boolean dropped = unavailable.contains(entry.getKey()) && !NEET.contains(entry.getKey());
            double share =
                    (1 - progress) * entry.getValue()[0] / totalFirst + progress * entry.getValue()[1] / totalLast;
            double weight = dropped ? 0 : share * factor;
            weights.put(entry.getKey(), weight);
            weightSum += weight;
        }
        Map<String, Long> leaves = new LinkedHashMap<>();
        long remaining = total;
        double remainingWeight = weightSum;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            long drawn = remainingWeight <= 0
                    ? 0
                    : Draws.binomial(random, remaining, Math.min(1.0, entry.getValue() / remainingWeight));
            leaves.put(entry.getKey(), drawn);
            remaining -= drawn;
            remainingWeight -= entry.getValue();
        }
        if (remaining > 0) {
            leaves.merge("mainstream_academy", remaining, Long::sum);
        }
        return leaves;
    }

    private static Map<String, Long> sum(List<Map<String, Long>> areas) {
        Map<String, Long> total = new LinkedHashMap<>();
        for (Map<String, Long> area : areas) {
            area.forEach((leaf, count) -> total.merge(leaf, count, Long::sum));
        }
        return total;
    }

    private static List<String> values(Map<String, Long> leaves, Set<String> unavailable) {
        long mainstream = total(leaves, MAINSTREAM);
        long special = total(leaves, SPECIAL);
        long alternative = total(leaves, ALTERNATIVE);
        long furtherEducation = total(leaves, FURTHER_EDUCATION);
        long neet = total(leaves, NEET);
        long elsewhere = total(leaves, ELSEWHERE) + neet;
        long earlyYears = leaves.getOrDefault("nm_early_years", 0L);
        long unknown = leaves.getOrDefault("placement_unknown", 0L);
        long all = mainstream
                + special
                + alternative
                + furtherEducation
                + elsewhere
                + earlyYears
                + unknown
                + leaves.getOrDefault("await_prov_2022", 0L)
                + leaves.getOrDefault("perm_ex_2022", 0L);
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("ehcplans", DfeNumbers.count(all));
        leaves.forEach((leaf, count) -> cells.put(leaf, DfeNumbers.count(count)));
        cells.put("mainstream_total", DfeNumbers.count(mainstream));
        cells.put("mainstream_total_pc", DfeNumbers.percent(mainstream, all));
        cells.put("special_total", DfeNumbers.count(special));
        cells.put("special_total_pc", DfeNumbers.percent(special, all));
        cells.put("ap_pru_total", DfeNumbers.count(alternative));
        cells.put("AP_PRU_total_pc", DfeNumbers.percent(alternative, all));
        cells.put("fe_total", DfeNumbers.count(furtherEducation));
        cells.put("fe_total_pc", DfeNumbers.percent(furtherEducation, all));
        cells.put("neet", DfeNumbers.count(neet));
        cells.put("ed_elsewhere", DfeNumbers.count(elsewhere));
        cells.put("ed_elsewhere_pc", DfeNumbers.percent(elsewhere, all));
        cells.put("nm_early_years_pc", DfeNumbers.percent(earlyYears, all));
        cells.put("placement_unknown_pc", DfeNumbers.percent(unknown, all));
        List<String> values = new ArrayList<>();
        values.add(BREAKDOWN);
        values.add(BREAKDOWN);
        for (String column : HEADER.subList(12, HEADER.size())) {
            String cell = cells.get(column);
            if (cell == null) {
                throw new IllegalStateException("caseload column " + column + " has no value");
            }
            values.add(unavailable.contains(column) ? DfeNumbers.NOT_AVAILABLE : cell);
        }
        return values;
    }

    private static long total(Map<String, Long> leaves, List<String> columns) {
        long total = 0;
        for (String column : columns) {
            total += leaves.getOrDefault(column, 0L);
        }
        return total;
    }
}
