package org.sendacc.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code ees/UD_NEETNK_LA_dashboard_YYYY.csv}, one file a year as DfE's NCCIS dashboard data: 16 and 17 year
 * olds NEET or whose activity is not known, by LA with region and England rows, percentages only, for all young people
 * and for those with an EHC plan, with SEN support and with no SEN (England 2025: 10.1%, 9.6%, 4.9%). Each LA keeps its
 * own level from year to year; region and England rows are the mean of their LAs (DfE's are cohort-weighted).
 */
final class NeetTable {
    static final String TIME_IDENTIFIER = "Calendar year";
    private static final List<String> MEASURES = List.of(
            "Cohort_DJFavg",
            "NEET_not_known_percent",
            "cohort_EHCP_percent",
            "NEET_NK_EHCP_percent",
            "cohort_SENDsupport_percent",
            "NEET_NK_SENDsupport_percent",
            "cohort_noSEN_percent",
            "NEET_NK_noSEN_percent");

    private NeetTable() {}

    static String fileName(int year) {
        return "ees/UD_NEETNK_LA_dashboard_" + year + ".csv";
    }

    /** Writes the year's file; returns the rows written below the header. */
    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options, int year) {
        List<String> header = new java.util.ArrayList<>(EesTidyCsvWriter.header("Age"));
        header.addAll(MEASURES);
        try (EesTidyCsvWriter writer = new EesTidyCsvWriter(outputFolder, fileName(year), header)) {
            Map<LocalAuthority, double[]> byAuthority = new LinkedHashMap<>();
            LocalDate day = DfeCodeConvention.januaryReferenceDay(year);
            for (LocalAuthority authority : geography.authoritiesOn(day)) {
                SplittableRandom random = AreaRandom.of(options.seed(), authority.code(), "neet-" + year);
                double ehcp = Draws.clamp(Draws.normal(random, 10.1, 3.0), 1, 40);
                double support = Draws.clamp(Draws.normal(random, 9.6, 2.5), 1, 40);
                double noSen = Draws.clamp(Draws.normal(random, 4.9, 1.5), 0.5, 30);
                double cohort = Math.round(Draws.clamp(Draws.normal(random, 8_000, 4_000), 300, 40_000));
                double[] figures = {
                    cohort, 0.054 * ehcp + 0.14 * support + 0.806 * noSen, 5.4, ehcp, 14.0, support, 80.6, noSen
                };
                byAuthority.put(authority, figures);
                String code = DfeCodeConvention.publishedCode(authority, DfeCodeConvention.Publication.DMO_DCO, day);
                writer.write(
                        EesTidyCsvWriter.localAuthority(Integer.toString(year), TIME_IDENTIFIER, authority, code),
                        formatted(figures));
            }
            writer.writeNationalAndRegional(
                    Integer.toString(year), TIME_IDENTIFIER, geography.regions(), byAuthority, NeetTable::meanOf);
            return writer.records() - 1;
        }
    }

    private static List<String> meanOf(List<double[]> figures) {
        double[] mean = new double[MEASURES.size()];
        for (double[] one : figures) {
            for (int index = 0; index < mean.length; index++) {
                mean[index] += one[index] / figures.size();
            }
        }
        mean[0] = Math.round(mean[0] * figures.size()); // the cohort is a total
        return formatted(mean);
    }

    private static List<String> formatted(double[] figures) {
        List<String> cells = new java.util.ArrayList<>();
        cells.add("16-17");
        cells.add(Long.toString(Math.round(figures[0])));
        for (int index = 1; index < figures.length; index++) {
            cells.add(String.format(java.util.Locale.ROOT, "%.1f", figures[index]));
        }
        return cells;
    }
}
