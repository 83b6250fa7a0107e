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
 * Writes {@code ees/sen2_mi.csv}: the four calendar years before the sample's first in the wide layout of DfE's older
 * SEN2 release (one column per measure, no breakdowns): plans issued within 20 weeks with and without exceptions and
 * their rates, initial requests and those refused, and new plans. Levels follow the real file's 2018 (England: 58.0%
 * within 20 weeks including exceptions, 60.1% excluding; 24.7% of requests refused). As in the real file, the rates
 * are published without the plans issued behind them; England and the regions add their LAs' counts up and take
 * their rates as the LAs' plan-weighted mean.
 */
final class Sen2OlderReleaseTable {
    static final String FILE = "ees/sen2_mi.csv";
    static final String TIME_IDENTIFIER = "Calendar year";
    static final int YEARS = 4;
    private static final List<String> MEASURES = List.of(
            "inc_exc_20week_ehc",
            "inc_exc_20week_rate",
            "no_exc_20week_ehc",
            "no_exc_20week_rate",
            "inreq_ehc",
            "ass_refused_ehc",
            "ass_refused_ehc_pc",
            "new_all_ehc");

    private Sen2OlderReleaseTable() {}

    /** Writes the file; returns the rows written below the header. */
    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options) {
        try (EesTidyCsvWriter writer =
                new EesTidyCsvWriter(outputFolder, FILE, EesTidyCsvWriter.header(MEASURES.toArray(String[]::new)))) {
            for (int year = options.fromYear() - YEARS; year < options.fromYear(); year++) {
                LocalDate day = LocalDate.of(year, 12, 31);
                Map<LocalAuthority, double[]> byAuthority = new LinkedHashMap<>();
                for (LocalAuthority authority : geography.authoritiesOn(day)) {
                    SplittableRandom random = AreaRandom.of(options.seed(), authority.code(), "sen2-mi-" + year);
                    double plans = Math.round(300 * Draws.logNormalFactor(random, 0.6));
                    double exceptions = Math.round(plans * Draws.clamp(Draws.normal(random, 0.05, 0.03), 0, 0.3));
                    double within = Draws.clamp(Draws.normal(random, 0.6, 0.2), 0.02, 1);
                    double requests = Math.round(plans * Draws.clamp(Draws.normal(random, 1.5, 0.2), 1, 3));
                    double refused = Math.round(requests * Draws.clamp(Draws.normal(random, 0.247, 0.08), 0, 0.8));
                    double includingWithin = Math.round(plans * within);
                    double excludingWithin = Math.min(includingWithin, plans - exceptions);
                    byAuthority.put(authority, new double[] {
                        includingWithin, plans, excludingWithin, plans - exceptions, requests, refused
                    });
                    String code =
                            DfeCodeConvention.publishedCode(authority, DfeCodeConvention.Publication.DMO_DCO, day);
                    writer.write(
                            EesTidyCsvWriter.localAuthority(Integer.toString(year), TIME_IDENTIFIER, authority, code),
                            cells(byAuthority.get(authority)));
                }
                writer.writeNationalAndRegional(
                        Integer.toString(year),
                        TIME_IDENTIFIER,
                        geography.regions(),
                        byAuthority,
                        Sen2OlderReleaseTable::sumOf);
            }
            return writer.records() - 1;
        }
    }

    private static List<String> sumOf(List<double[]> figures) {
        double[] sum = new double[6];
        for (double[] one : figures) {
            for (int index = 0; index < sum.length; index++) {
                sum[index] += one[index];
            }
        }
        return cells(sum);
    }

    /** {within incl, plans, within excl, plans excl, requests, refused} as the file's columns. */
    private static List<String> cells(double[] figures) {
        List<String> cells = new ArrayList<>();
        cells.add(whole(figures[0]));
        cells.add(rate(figures[0], figures[1]));
        cells.add(whole(figures[2]));
        cells.add(rate(figures[2], figures[3]));
        cells.add(whole(figures[4]));
        cells.add(whole(figures[5]));
        cells.add(String.format(Locale.ROOT, "%.4f", 100 * figures[5] / figures[4]));
        cells.add(whole(figures[1]));
        return cells;
    }

    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }

    /** A rate as the older file writes it: 1 decimal place, then zeros ({@code 61.300000000000}); z without plans. */
    private static String rate(double within, double plans) {
        return plans <= 0 ? "z" : String.format(Locale.ROOT, "%.12f", Math.round(1000 * within / plans) / 10.0);
    }
}
