package org.sendacc.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code d2i/enrolments_pa_10_exact_percent.json}: synthetic persistent absence of pupils with an EHC plan, with
 * SEN support and with no SEN, by LA and academic year, all phases ({@code Total}), in the layout of the LA analysts'
 * network's attendance dashboard JSON (LAs only, percentages only). Levels follow the real file's 2024/25 (about 34%
 * with an EHC plan, 29% with SEN support, 15% with no SEN).
 */
final class AttendanceJsonWriter {
    static final String FILE = "d2i/enrolments_pa_10_exact_percent.json";

    private AttendanceJsonWriter() {}

    /** Writes the file; returns the number of records. */
    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options) {
        StringBuilder json = new StringBuilder(
                "{\"metric\":\"enrolments_pa_10_exact_percent\",\"metric_label\":\"Persistent absence 10%+\","
                        + "\"note\":\"SYNTHETIC SAMPLE - not real figures\",\"records\":[");
        long records = 0;
        for (int year = options.fromYear(); year <= options.toYear(); year++) {
            String period = year + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
            LocalDate day = LocalDate.of(year, 9, 1);
            for (LocalAuthority authority : geography.authoritiesOn(day)) {
                SplittableRandom random = AreaRandom.of(options.seed(), authority.code(), "absence-" + year);
                double noSen = Draws.clamp(Draws.normal(random, 15.0, 2.5), 4, 40);
                double[] values = {
                    Draws.clamp(noSen + Draws.normal(random, 19.0, 4.0), 5, 80),
                    Draws.clamp(noSen + Draws.normal(random, 14.0, 3.0), 5, 80)
                };
                String[] groups = {"EHC plan", "SEN support"};
                for (int group = 0; group < groups.length; group++) {
                    json.append(records == 0 ? "" : ",")
                            .append("{\"new_la_code\":\"")
                            .append(authority.code())
                            .append("\",\"la_name\":\"")
                            .append(authority.name().replace("\"", "\\\""))
                            .append("\",\"region_code\":\"")
                            .append(authority.regionCode())
                            .append("\",\"metric\":\"enrolments_pa_10_exact_percent\",\"time_period\":\"")
                            .append(period)
                            .append("\",\"time_identifier\":\"Academic year\",\"education_phase\":\"Total\",")
                            .append("\"send_group\":\"")
                            .append(groups[group])
                            .append("\",\"send_value\":")
                            .append(String.format(Locale.ROOT, "%.6f", values[group]))
                            .append(",\"no_sen_value\":")
                            .append(String.format(Locale.ROOT, "%.6f", noSen))
                            .append("}");
                    records++;
                }
            }
        }
        json.append("]}");
        Path file = outputFolder.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return records;
    }
}
