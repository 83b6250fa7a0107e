package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code moj/send_tribunals_appeal_rate_<from>-<to>.csv} in the untidy layout of MoJ's "SEND Appeal rate
 * table 1": title row with glued footnote digits, blank rows, a two-row header (years across, then measures), region
 * banner rows in capitals (London split into inner and outer), one row per LA with its 3-digit number, an England
 * total, and a footnote block.
 *
 * <p>Appealable decisions are counted from the same synthetic world as the EES files: refusals to assess and
 * decisions not to issue a plan (from the person-level records), the January caseload and plans ceased because
 * needs were met. Appeals are binomial at England's rate for the year times the LA's appeal factor. As in MoJ's file,
 * zero is " - ", not available is " .. " (".." for a rate), suppressed is "~" (the two smallest LAs in the latest
 * year), counts have thousands separators and rates are rounded to one decimal but printed with two.
 */
final class TribunalTableWriter {

    /** DfE 3-digit numbers of the inner London boroughs (MoJ's INNER LONDON banner). */
    private static final Set<String> INNER_LONDON =
            Set.of("201", "202", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "309", "316");

    private static final String LONDON_REGION = "E12000007";
    private static final long SUPPRESSION_BELOW = 200;
    private static final String NOT_AVAILABLE_COUNT = " .. ";
    private static final String NOT_AVAILABLE_RATE = "..";
    private static final String SUPPRESSED = "~";
    private static final String BLANK_SPACED = "  ";
    private static final double IN_DEVELOPMENT_CASELOAD_SHARE = 0.45;
    private static final int FIRST_COLLECTION_CHANGE_YEAR = 2023;

    private TribunalTableWriter() {}

    static String fileName(GeneratorOptions options) {
        return "moj/send_tribunals_appeal_rate_" + options.fromYear() + "-" + options.toYear() + ".csv";
    }

    /** The footnote digits MoJ glues to the names of reorganised authorities. */
    static String footnote(LocalAuthority authority) {
        return switch (authority.code()) {
            case "E06000028", "E06000029", "E06000058" -> "5";
            case "E06000059", "E10000009" -> "6";
            case "E10000021", "E06000061", "E06000062" -> "7";
            case "E10000006", "E06000063", "E06000064" -> "8";
            default -> "";
        };
    }

    /** Appeals and appealable decisions of one LA and year. */
    private record Figures(long appeals, long decisions, long inDevelopmentDecisions) {}

    static long write(
            Path outputFolder,
            SampleGeography geography,
            AreaTallies tallies,
            CaseloadModel caseload,
            Map<String, LaProfile> profiles,
            GeneratorOptions options) {
        requireNonNull(caseload, "caseload is null");
        requireNonNull(profiles, "profiles is null");
        int from = options.fromYear();
        int to = options.toYear();
        int years = to - from + 1;
        int width = 2 + 3 * years + 2;
        Set<LocalAuthority> everListed = new LinkedHashSet<>();
        List<Set<String>> existing = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            Set<String> codes = new HashSet<>();
            for (LocalAuthority authority : geography.authoritiesOn(DfeCodeConvention.calendarYearReferenceDay(year))) {
                everListed.add(authority);
                codes.add(authority.code());
            }
            existing.add(codes);
        }
        try (CsvLineWriter writer =
                CsvLineWriter.open(outputFolder.resolve(fileName(options)), true, CsvLineWriter.WINDOWS_LINE_END)) {
            List<String> title = blank(width);
            title.set(
                    0,
                    "SEND Appeal rate table 1: Special Educational Needs - Appeal rate to the SEND Tribunal based on"
                            + " total appealable decisions1, by local authorities in England " + from + "-" + to
                            + "2,3");
            writer.write(title);
            writer.write(blank(width));
            writer.write(blank(width));
            List<String> yearsRow = blank(width);
            yearsRow.set(0, "Local Authority");
            yearsRow.set(1, "LA code");
            List<String> measuresRow = blank(width);
            for (int year = from; year <= to; year++) {
                int column = 2 + 3 * (year - from);
                yearsRow.set(column, Integer.toString(year));
                measuresRow.set(column, "Appeals registered4");
                measuresRow.set(
                        column + 1,
                        year >= FIRST_COLLECTION_CHANGE_YEAR
                                ? "Total Appealable Decisions1,9"
                                : "Total Appealable Decisions1");
                measuresRow.set(column + 2, "SEND Tribunal Appeal Rate2");
            }
            measuresRow.set(width - 2, "In development: Total Appealable Decisions1,8");
            measuresRow.set(width - 1, "In development: SEND Tribunal Appeal Rate2");
            writer.write(yearsRow);
            writer.write(measuresRow);

            long[] englandAppeals = new long[years];
            long[] englandDecisions = new long[years];
            long englandInDevelopment = 0;
            long unsuppressedAppeals = 0;
            long unsuppressedInDevelopment = 0;
            for (SampleGeography.Region region : geography.regions()) {
                List<LocalAuthority> inRegion = new ArrayList<>();
                for (LocalAuthority authority : everListed) {
                    if (authority.regionCode().equals(region.code())) {
                        inRegion.add(authority);
                    }
                }
                inRegion.sort(Comparator.comparing(authority -> authority.name().toLowerCase(Locale.ROOT)));
                writer.write(banner(region.name().toUpperCase(Locale.ROOT), width));
                List<List<LocalAuthority>> groups = new ArrayList<>();
                List<String> groupNames = new ArrayList<>();
                if (region.code().equals(LONDON_REGION)) {
                    groups.add(inRegion.stream()
                            .filter(authority -> INNER_LONDON.contains(authority.oldLaCode()))
                            .toList());
                    groupNames.add("INNER LONDON");
                    groups.add(inRegion.stream()
                            .filter(authority -> !INNER_LONDON.contains(authority.oldLaCode()))
                            .toList());
                    groupNames.add("OUTER LONDON");
                } else {
                    groups.add(inRegion);
                    groupNames.add(null);
                }
                for (int group = 0; group < groups.size(); group++) {
                    if (groupNames.get(group) != null) {
                        writer.write(banner(groupNames.get(group), width));
                    }
                    for (LocalAuthority authority : groups.get(group)) {
                        List<String> row = blank(width);
                        row.set(0, authority.name() + footnote(authority));
                        row.set(1, authority.oldLaCode());
                        for (int year = from; year <= to; year++) {
                            int column = 2 + 3 * (year - from);
                            boolean latest = year == to;
                            if (!existing.get(year - from).contains(authority.code())) {
                                row.set(column, latest ? "" : NOT_AVAILABLE_COUNT);
                                row.set(column + 1, latest ? BLANK_SPACED : NOT_AVAILABLE_COUNT);
                                row.set(column + 2, latest ? "" : NOT_AVAILABLE_RATE);
                                if (latest) {
                                    row.set(width - 2, BLANK_SPACED);
                                }
                                continue;
                            }
                            Figures figures =
                                    figures(authority, year, geography, tallies, caseload, profiles, options.seed());
                            englandAppeals[year - from] += figures.appeals();
                            englandDecisions[year - from] += figures.decisions();
                            boolean suppressed = latest && figures.decisions() < SUPPRESSION_BELOW;
                            row.set(column, suppressed ? SUPPRESSED : DfeNumbers.mojCount(figures.appeals()));
                            row.set(column + 1, DfeNumbers.mojCount(figures.decisions()));
                            row.set(
                                    column + 2,
                                    suppressed
                                            ? SUPPRESSED
                                            : DfeNumbers.mojPercent(figures.appeals(), figures.decisions()));
                            if (latest) {
                                englandInDevelopment += figures.inDevelopmentDecisions();
                                row.set(width - 2, DfeNumbers.mojCount(figures.inDevelopmentDecisions()));
                                row.set(
                                        width - 1,
                                        suppressed
                                                ? SUPPRESSED
                                                : DfeNumbers.mojPercent(
                                                        figures.appeals(), figures.inDevelopmentDecisions()));
                                if (!suppressed) {
                                    unsuppressedAppeals += figures.appeals();
                                    unsuppressedInDevelopment += figures.inDevelopmentDecisions();
                                }
                            }
                        }
                        writer.write(row);
                    }
                }
            }
            List<String> england = blank(width);
            england.set(0, "England Total4,9");
            for (int year = from; year <= to; year++) {
                int column = 2 + 3 * (year - from);
                england.set(column, DfeNumbers.mojCount(englandAppeals[year - from]));
                england.set(column + 1, DfeNumbers.mojCount(englandDecisions[year - from]));
                england.set(
                        column + 2, DfeNumbers.mojPercent(englandAppeals[year - from], englandDecisions[year - from]));
            }
            england.set(width - 2, DfeNumbers.mojCount(englandInDevelopment));
            england.set(width - 1, DfeNumbers.mojPercent(englandAppeals[years - 1], englandInDevelopment));
            writer.write(england);
            List<String> excludingSuppressed = blank(width);
            excludingSuppressed.set(0, "England total excluding suppressed");
            excludingSuppressed.set(2 + 3 * (years - 1), DfeNumbers.mojCount(unsuppressedAppeals));
            excludingSuppressed.set(width - 2, DfeNumbers.mojCount(unsuppressedInDevelopment));
            excludingSuppressed.set(width - 1, DfeNumbers.mojPercent(unsuppressedAppeals, unsuppressedInDevelopment));
            writer.write(excludingSuppressed);
            writer.write(blank(width));
            footnotes(writer, width);
            return writer.records();
        }
    }

    private static Figures figures(
            LocalAuthority authority,
            int year,
            SampleGeography geography,
            AreaTallies tallies,
            CaseloadModel caseload,
            Map<String, LaProfile> profiles,
            long seed) {
        EhcTally tally = tallies.of(authority);
        CaseloadModel.Year january = caseload.of(authority, year);
        long refusals = tally.get(year, EhcMeasure.DECIDED_NOT_TO_ASSESS);
        long noPlan = tally.get(year, EhcMeasure.NO_PLAN_AFTER_ASSESSMENT);
        long decisions = refusals + noPlan + january.caseload() + january.ceasedNeedsMet();
        long inDevelopment = refusals
                + noPlan
                + tally.get(year, EhcMeasure.PLANS_ISSUED)
                + Math.round(IN_DEVELOPMENT_CASELOAD_SHARE * january.caseload());
        double factor = 0;
        for (SampleGeography.Share share : geography.compositionOf(authority)) {
            factor += share.weight() * profiles.get(share.successor().code()).appealRateFactor();
        }
        SplittableRandom random = AreaRandom.of(seed, authority.code(), "tribunal-appeals", year);
        double rate = Math.min(0.5, NationalTrajectory.appealRate(year) * factor);
        long appeals = Draws.binomial(random, decisions, rate);
        return new Figures(appeals, decisions, inDevelopment);
    }

    private static List<String> blank(int width) {
        List<String> row = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            row.add("");
        }
        return row;
    }

    private static List<String> banner(String name, int width) {
        List<String> row = blank(width);
        row.set(0, name);
        row.set(width - 4, BLANK_SPACED);
        row.set(width - 2, BLANK_SPACED);
        return row;
    }

    private static void footnotes(CsvLineWriter writer, int width) {
        List<List<String>> lines = List.of(
                List.of("Sources:", "Appeals - SYNTHETIC SAMPLE, not real figures (sendacc sample generator)"),
                List.of("", "Appealable decisions - SYNTHETIC SAMPLE, counted from the synthetic SEN2-style records"),
                List.of("Notes: "),
                List.of(
                        "1. Total Appealable Decisions is calculated from data collected by the DfE from the annual SEN2"
                                + " data return, which is mandatory for local authorities to complete. The Total Appealable"
                                + " Decisions figure is calculated as the sum total of the following:\n"
                                + "- Number of initial requests for Education, Health and Care (EHC) assessments refused\n"
                                + "- Number of assessments completed and a decision made not to issue an EHC plan\n"
                                + "- Number with an EHC plan as at January each year\n"
                                + "- Number of EHC plans ceased because the special educational needs of the child or young"
                                + " person are being met without an EHC plan"),
                List.of("2. The appeal rate is appeals registered divided by total appealable decisions, rounded to one"
                        + " decimal place."),
                List.of("3. Note that these figures are based on calendar years (1st January to 31st December)."),
                List.of("4. In this synthetic sample appeals registered are drawn at England's yearly rate times a"
                        + " persistent factor for each local authority."),
                List.of("5. In 2019 Bournemouth and Poole merged into the local authority Bournemouth, Christchurch and"
                        + " Poole."),
                List.of("6. In 2019 the Dorset boundaries were changed as part of the Bournemouth and Poole merge. See"
                        + " footnote 5."),
                List.of(
                        "7. In 2021 Northamptonshire was split into North Northamptonshire and West Northamptonshire. "),
                List.of("8. In April 2023 Cumbria LA split into Cumberland and Westmorland & Furness. Data for 2023 is"
                        + " recorded under the new LA's. "),
                List.of("9. Caution should be used when comparing the number of appealable decisions in 2023 to"
                        + " previous years due to transition to a new data collection in 2022. "),
                List.of(".. Not Available"),
                List.of("~ Suppressed "));
        for (List<String> line : lines) {
            List<String> row = blank(width);
            for (int column = 0; column < line.size(); column++) {
                row.set(column, line.get(column));
            }
            writer.write(row);
        }
    }
}
