package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code ees/personal_budgets.csv}: EHC plans with a personal budget in January and the kinds of budget, in
 * DfE's SEN2 layout (academic years such as 202425, headline breakdown "All personal budgets" only).
 *
 * <p>An LA's plans with a personal budget are a binomial draw from its January caseload ({@link CaseloadModel}) at
 * England's share of that year (5.2% in January 2020, 3.07% in January 2025, DfE's figures), varied by a lasting LA
 * factor; the kinds are binomial shares of those at England's 2024/25 mix.
 */
final class PersonalBudgetsTable {

    static final String FILE = "ees/personal_budgets.csv";
    static final String BREAKDOWN = "All personal budgets";
    static final String TIME_IDENTIFIER = "Academic year";

    static final List<String> KINDS =
            List.of("org_arrangments", "pb_health", "pb_education", "pb_social", "pb_integrated");

    static final List<String> HEADER = EesTidyCsvWriter.header(
            "breakdown_topic",
            "breakdown",
            "personal_budget",
            "org_arrangments",
            "pb_health",
            "pb_education",
            "pb_social",
            "pb_integrated");

    /** Each kind's share of plans with a personal budget: England 2024/25 (3,889, 148, 3,163, 12,580, 1,131 of 19,596). */
    private static final double[] KIND_SHARES = {0.198, 0.008, 0.161, 0.642, 0.058};

    private static final double LA_SPREAD = 0.6;

    private PersonalBudgetsTable() {}

    static long write(Path outputFolder, SampleGeography geography, CaseloadModel caseload, GeneratorOptions options) {
        requireNonNull(caseload, "caseload is null");
        try (EesTidyCsvWriter writer = new EesTidyCsvWriter(outputFolder, FILE, HEADER)) {
            for (int year = options.fromYear(); year <= options.toYear(); year++) {
                String period = CaseloadTable.academicYear(year);
                LocalDate referenceDay = DfeCodeConvention.januaryReferenceDay(year);
                Map<LocalAuthority, long[]> byLa = new LinkedHashMap<>();
                for (LocalAuthority authority : geography.authoritiesOn(referenceDay)) {
                    byLa.put(
                            authority,
                            budgets(authority, caseload.of(authority, year).caseload(), year, options.seed()));
                }
                writer.writeNationalAndRegional(
                        period, TIME_IDENTIFIER, geography.regions(), byLa, PersonalBudgetsTable::values);
                for (Map.Entry<LocalAuthority, long[]> entry : byLa.entrySet()) {
                    String code = DfeCodeConvention.publishedCode(
                            entry.getKey(), DfeCodeConvention.Publication.CASELOAD, referenceDay);
                    writer.write(
                            EesTidyCsvWriter.localAuthority(period, TIME_IDENTIFIER, entry.getKey(), code),
                            values(List.of(entry.getValue())));
                }
            }
            return writer.records();
        }
    }

    /** Plans with a personal budget, then each kind. */
    private static long[] budgets(LocalAuthority authority, long plans, int year, long seed) {
        SplittableRandom character = AreaRandom.of(seed, authority.code(), "personal-budgets");
        SplittableRandom random = AreaRandom.of(seed, authority.code(), "personal-budgets", year);
        double share = Draws.clamp(
                NationalTrajectory.personalBudgetShare(year) * Draws.logNormalFactor(character, LA_SPREAD), 0, 0.5);
        long[] figures = new long[1 + KIND_SHARES.length];
        figures[0] = Draws.binomial(random, plans, share);
        for (int kind = 0; kind < KIND_SHARES.length; kind++) {
            figures[1 + kind] = Draws.binomial(random, figures[0], KIND_SHARES[kind]);
        }
        return figures;
    }

    private static List<String> values(List<long[]> areas) {
        long[] total = new long[1 + KIND_SHARES.length];
        for (long[] area : areas) {
            for (int i = 0; i < total.length; i++) {
                total[i] += area[i];
            }
        }
        List<String> values = new java.util.ArrayList<>(List.of(BREAKDOWN, BREAKDOWN));
        for (long figure : total) {
            values.add(Long.toString(figure));
        }
        return values;
    }
}
