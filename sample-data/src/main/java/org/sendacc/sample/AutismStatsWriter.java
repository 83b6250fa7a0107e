package org.sendacc.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.sendacc.reference.ReferenceData;
import org.sendacc.reference.SubIcbLocation;

/**
 * Writes {@code nhs/AutismStatsDecYY_subICB.csv.gz}, one a year, in the long format of NHS England's Autism Statistics
 * by Sub-ICB Location, gzip-compressed as NHS England's largest files are: July, August and September of the year; for
 * every Sub-ICB Location and for NHS England's UNKNOWN location, ASD16b (patients aged 0-17 with an open suspected
 * autism referral) and ASD16c (of those, open 13 weeks or more), not broken down and by two age groups, rounded to the
 * nearest 5 as NHS England rounds; a small location's count is "*" as NHS England suppresses it. Levels follow the real
 * July 2022 file (about 76,000 children, 85% of them waiting 13 weeks or more).
 */
final class AutismStatsWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final String HEADER = "REPORTING_PERIOD_START,REPORTING_PERIOD_END,STATUS,BREAKDOWN,PRIMARY_LEVEL,"
            + "PRIMARY_LEVEL_DESCRIPTION,SECONDARY_LEVEL,SECONDARY_LEVEL_DESCRIPTION,METRIC,METRIC_DESCRIPTION,"
            + "METRIC_VALUE";
    private static final String BREAKDOWN = "CCG or Sub ICB Location - GP Practice or Residence";
    private static final String OPEN =
            "\"Number of patients aged 0 to 17 with an open \"\"suspected autism\"\" referral" + " in the month\"";
    private static final String OPEN_13_WEEKS =
            "\"Number of patients aged 0 to 17 with an open \"\"suspected autism\"\""
                    + " referral in the month that has been open for at least 13 weeks\"";

    private AutismStatsWriter() {}

    static String fileName(int year) {
        return String.format(Locale.ROOT, "nhs/AutismStatsDec%02d_subICB.csv.gz", year % 100);
    }

    /** Writes the year's file; returns the rows written below the header. */
    static long write(Path outputFolder, ReferenceData reference, GeneratorOptions options, int year) {
        Path file = outputFolder.resolve(fileName(year));
        long rows = 0;
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file);
                    Writer writer = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
                writer.write(HEADER + "\n");
                List<SubIcbLocation> locations = reference.subIcbLocations();
                for (int month = 7; month <= 9; month++) {
                    LocalDate first = LocalDate.of(year, month, 1);
                    String period = DAY.format(first) + "," + DAY.format(first.withDayOfMonth(first.lengthOfMonth()));
                    for (int index = 0; index <= locations.size(); index++) {
                        boolean unknown = index == locations.size();
                        String code = unknown ? "UNKNOWN" : locations.get(index).odsCode();
                        String name = unknown
                                ? "UNKNOWN"
                                : "\"" + locations.get(index).name().toUpperCase(Locale.ROOT) + "\"";
                        SplittableRandom random = AreaRandom.of(options.seed(), code, "autism-" + year + "-" + month);
                        double open = unknown ? 3_900 : Math.max(0, Draws.normal(random, 720, 420));
                        double share = Draws.clamp(Draws.normal(random, 0.85, 0.08), 0.3, 1);
                        double under10 = Draws.clamp(Draws.normal(random, 0.55, 0.05), 0.3, 0.8);
                        String[][] groups = {
                            {"NONE", "NONE", ""}, {"Under 10", "Under 10", ""}, {"10 to 17", "10 to 17", ""}
                        };
                        double[] parts = {1, under10, 1 - under10};
                        for (int group = 0; group < groups.length; group++) {
                            String breakdown = group == 0 ? BREAKDOWN : BREAKDOWN + "; Age Group";
                            String prefix = period + ",Latest Available Data," + breakdown + "," + code + "," + name
                                    + "," + groups[group][0] + "," + groups[group][1] + ",";
                            writer.write(prefix + "ASD16b," + OPEN + "," + rounded(open * parts[group]) + "\n");
                            writer.write(prefix + "ASD16c," + OPEN_13_WEEKS + "," + rounded(open * parts[group] * share)
                                    + "\n");
                            rows += 2;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return rows;
    }

    /** NHS England's rounding: to the nearest 5, and "*" for a count below 5 (disclosure control). */
    private static String rounded(double count) {
        long whole = Math.round(count);
        return whole < 5 ? "*" : Long.toString(5 * Math.round(whole / 5.0));
    }
}
