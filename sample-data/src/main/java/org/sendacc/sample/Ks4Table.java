package org.sendacc.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code ees/ks4_la_characteristics_data.csv}: synthetic Key Stage 4 performance by LA and SEN status, in the
 * columns of DfE's performance tables by pupil characteristics (EES), one academic year per row group: pupils,
 * Attainment 8, and Progress 8 with a 95% confidence interval (score +/- 1.96 x 1.2 / sqrt(pupils), DfE's method with a
 * typical pupil-level standard deviation), for pupils with an EHC plan ({@code SEN State EHC}), on SEN support ({@code
 * SEN Supp}) and with {@code No SEN}; only the "SEN status" breakdown, every other characteristic {@code Total}.
 * Levels follow the real 2018/19 file (England: 13.7, 32.6 and 50.1 points; Progress 8 -1.17, -0.43, 0.08). DfE
 * published no Progress 8 for 2019/20 and 2020/21: those cells are {@code z}. Region and England rows are the
 * pupil-weighted means of their LAs, with intervals from their pupils.
 */
final class Ks4Table {
    static final String FILE = "ees/ks4_la_characteristics_data.csv";
    static final String TIME_IDENTIFIER = "Academic year";
    private static final String[] STATUSES = {"SEN State EHC", "SEN Supp", "No SEN"};
    private static final double[] PUPILS = {130, 360, 2_950};
    private static final double[] ATTAINMENT_8 = {13.7, 32.6, 50.1};
    private static final double[] PROGRESS_8 = {-1.17, -0.43, 0.08};
    private static final double PUPIL_SD = 1.2;

    private Ks4Table() {}

    /** Writes the file; returns the rows written below the header. */
    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options) {
        List<String> header = EesTidyCsvWriter.header(
                "breakdown",
                "gender",
                "ethnic_major",
                "free_school_meals",
                "sen_status",
                "sen_description",
                "disadvantage",
                "first_language",
                "t_pupils",
                "avg_att8",
                "avg_p8score",
                "p8score_ci_low",
                "p8score_ci_upp");
        try (EesTidyCsvWriter writer = new EesTidyCsvWriter(outputFolder, FILE, header)) {
            for (int year = options.fromYear(); year < options.toYear(); year++) {
                String period = year + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
                boolean progress = year != 2019 && year != 2020;
                LocalDate day = LocalDate.of(year + 1, 6, 1);
                for (int status = 0; status < STATUSES.length; status++) {
                    Map<LocalAuthority, double[]> byAuthority = new LinkedHashMap<>();
                    for (LocalAuthority authority : geography.authoritiesOn(day)) {
                        SplittableRandom random =
                                AreaRandom.of(options.seed(), authority.code(), "ks4-" + year + "-" + status);
                        double pupils = Math.round(PUPILS[status] * Draws.logNormalFactor(random, 0.5));
                        double[] figures = {
                            Math.max(10, pupils),
                            Draws.clamp(Draws.normal(random, ATTAINMENT_8[status], 3.0), 0, 90),
                            Draws.normal(random, PROGRESS_8[status], 0.2)
                        };
                        byAuthority.put(authority, figures);
                        String code =
                                DfeCodeConvention.publishedCode(authority, DfeCodeConvention.Publication.DMO_DCO, day);
                        writer.write(
                                EesTidyCsvWriter.localAuthority(period, TIME_IDENTIFIER, authority, code),
                                cells(STATUSES[status], figures, progress));
                    }
                    String name = STATUSES[status];
                    writer.writeNationalAndRegional(
                            period,
                            TIME_IDENTIFIER,
                            geography.regions(),
                            byAuthority,
                            figures -> cells(name, weightedMean(figures), progress));
                }
            }
            return writer.records() - 1;
        }
    }

    private static double[] weightedMean(List<double[]> figures) {
        double pupils = 0;
        double attainment = 0;
        double progress = 0;
        for (double[] one : figures) {
            pupils += one[0];
            attainment += one[0] * one[1];
            progress += one[0] * one[2];
        }
        return new double[] {pupils, attainment / pupils, progress / pupils};
    }

    private static List<String> cells(String status, double[] figures, boolean progress) {
        List<String> cells =
                new ArrayList<>(List.of("SEN status", "Total", "Total", "Total", status, "Total", "Total"));
        cells.add("Total");
        cells.add(Long.toString(Math.round(figures[0])));
        cells.add(String.format(Locale.ROOT, "%.1f", figures[1]));
        if (progress) {
            double score = Math.round(figures[2] * 100) / 100.0;
            double halfWidth = 1.96 * PUPIL_SD / Math.sqrt(figures[0]);
            cells.add(String.format(Locale.ROOT, "%.2f", score));
            cells.add(String.format(Locale.ROOT, "%.2f", score - halfWidth));
            cells.add(String.format(Locale.ROOT, "%.2f", score + halfWidth));
        } else {
            cells.addAll(List.of("z", "z", "z"));
        }
        return cells;
    }
}
