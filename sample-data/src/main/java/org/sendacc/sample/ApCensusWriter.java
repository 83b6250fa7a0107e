package org.sendacc.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code ees/ap_placements_ap_census.csv.gz}: synthetic pupils in LA-funded alternative provision by LA and
 * academic year, in DfE's AP census layout ({@code gender}, {@code age}, {@code ethnicity_minor}, {@code fsm},
 * {@code number_of_pupils}; the {@code Total} rows of each, and single ages of all sexes), and, as DfE's own file of
 * that name is, a zip archive of one CSV named {@code .csv.gz}. It runs from 2020/21 (or the sample's first year, if
 * earlier) to the year before the sample's last. Levels follow the real 2022/23 file (England: 40,904
 * pupils, about 30 per 10,000 residents aged 5 to 15). England and region rows add their LAs up.
 */
final class ApCensusWriter {
    static final String FILE = "ees/ap_placements_ap_census.csv.gz";
    static final String ENTRY = "ap_placements_ap_census.csv";
    /** The academic year 2020/21, whose population the reference tables hold (mid-2020). */
    static final int FIRST_YEAR = 2020;

    private static final int FIRST_AGE = 4;
    private static final int LAST_AGE = 17;

    private ApCensusWriter() {}

    /** Writes the file; returns the rows written below the header. */
    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options) {
        StringBuilder csv = new StringBuilder("\uFEFF")
                .append(String.join(",", EesTidyCsvWriter.GEOGRAPHY_COLUMNS))
                .append(",gender,age,ethnicity_minor,fsm,number_of_pupils\r\n");
        long rows = 0;
        // from 2020/21 at the latest, as DfE's file runs from 2017/18: the sample has no ONS estimates, and 2020/21 is
        // the year the reference tables' mid-2020 population serves (ap_pupils_per_10k_5_15 uses the same year's only)
        for (int year = Math.min(options.fromYear(), FIRST_YEAR); year < options.toYear(); year++) {
            String period = year + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
            LocalDate day = LocalDate.of(year + 1, 1, 15);
            List<LocalAuthority> authorities = geography.authoritiesOn(day);
            long[][] byAuthority = new long[authorities.size()][];
            for (int index = 0; index < authorities.size(); index++) {
                LocalAuthority authority = authorities.get(index);
                SplittableRandom random = AreaRandom.of(options.seed(), authority.code(), "ap-" + year);
                long[] ages = new long[LAST_AGE - FIRST_AGE + 1];
                double level = 2.0 * Draws.logNormalFactor(random, 0.7);
                for (int age = FIRST_AGE; age <= LAST_AGE; age++) {
                    double peak = age >= 11 && age <= 15 ? 3 : 0.6;
                    ages[age - FIRST_AGE] = Draws.poisson(random, level * peak * (1 + 0.08 * (year - 2019)));
                }
                byAuthority[index] = ages;
                String code = DfeCodeConvention.publishedCode(authority, DfeCodeConvention.Publication.DMO_DCO, day);
                List<String> geographyCells = EesTidyCsvWriter.localAuthority(period, "Academic year", authority, code);
                rows += rowsOf(csv, geographyCells, ages);
            }
            rows += rowsOf(
                    csv, EesTidyCsvWriter.national(period, "Academic year"), sum(byAuthority, null, authorities));
            for (SampleGeography.Region region : geography.regions()) {
                long[] inRegion = sum(byAuthority, region.code(), authorities);
                rows += rowsOf(csv, EesTidyCsvWriter.regional(period, "Academic year", region), inRegion);
            }
        }
        Path file = outputFolder.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                ZipEntry entry = new ZipEntry(ENTRY);
                entry.setTime(0); // the same bytes from one run to the next
                zip.putNextEntry(entry);
                zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return rows;
    }

    private static long[] sum(long[][] byAuthority, String regionCode, List<LocalAuthority> authorities) {
        long[] sum = new long[LAST_AGE - FIRST_AGE + 1];
        for (int index = 0; index < byAuthority.length; index++) {
            if (regionCode == null || authorities.get(index).regionCode().equals(regionCode)) {
                for (int age = 0; age < sum.length; age++) {
                    sum[age] += byAuthority[index][age];
                }
            }
        }
        return sum;
    }

    /** The Total row, then one row per single year of age, all sexes, ethnicities and FSM. */
    private static long rowsOf(StringBuilder csv, List<String> geography, long[] ages) {
        long total = 0;
        for (long pupils : ages) {
            total += pupils;
        }
        List<String> lines = new ArrayList<>();
        lines.add("Total,Total,Total,Total," + total);
        for (int age = FIRST_AGE; age <= LAST_AGE; age++) {
            lines.add("Total,Age " + age + ",Total,Total," + ages[age - FIRST_AGE]);
        }
        String prefix =
                String.join(",", geography.stream().map(ApCensusWriter::quoted).toList()) + ",";
        for (String line : lines) {
            csv.append(prefix).append(line).append("\r\n");
        }
        return lines.size();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
