package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@code returns/slt_workforce.csv}: one row per ICB per yearly census (31 March) with children's speech and
 * language therapists in post (WTE) and the open caseload.
 *
 * <p>Caseload per WTE varies widely between ICBs (about 40 to 150, drifting from year to year), which is the
 * pressure the dashboard shows against a configurable reference caseload. ICBs are reported on their 2022 footprint
 * for every year. One ICB-year is missing and one row carries a planted negative count.
 */
final class SltWorkforceWriter {

    static final String FILE = "returns/slt_workforce.csv";
    static final List<String> HEADER = List.of("icb_ods_code", "census_date", "slt_wte", "open_caseload");

    private SltWorkforceWriter() {}

    static LocalDate censusDate(int year) {
        return LocalDate.of(year, 3, 31);
    }

    static long write(
            Path outputFolder,
            Map<String, IcbProfile> icbProfiles,
            GeneratorOptions options,
            MissingReturns missing,
            PlantedDefects register) {
        requireNonNull(icbProfiles, "icbProfiles is null");
        requireNonNull(missing, "missing is null");
        requireNonNull(register, "register is null");
        try (CsvLineWriter writer =
                CsvLineWriter.open(outputFolder.resolve(FILE), true, CsvLineWriter.WINDOWS_LINE_END)) {
            writer.write(HEADER);
            for (int year = options.fromYear(); year <= options.toYear(); year++) {
                for (IcbProfile profile : icbProfiles.values()) {
                    if (missing.sltWorkforceMissing(profile.odsCode(), year)) {
                        continue;
                    }
                    SplittableRandom random = AreaRandom.of(options.seed(), profile.odsCode(), "slt-workforce", year);
                    double wte = profile.population0to25()
                            / 10_000.0
                            * profile.sltWtePer10k()
                            * (1 + 0.01 * (year - 2019))
                            * Draws.logNormalFactor(random, 0.04);
                    long caseload = Math.round(wte * profile.caseloadPerWte(year));
                    boolean planted =
                            year == options.toYear() && profile.odsCode().equals(PlantedDefects.NEGATIVE_COUNT_ICB);
                    String caseloadText = Long.toString(planted ? -caseload : caseload);
                    writer.write(
                            profile.odsCode(),
                            censusDate(year).toString(),
                            EpWorkforceWriter.oneDecimal(wte),
                            caseloadText);
                    if (planted) {
                        register.register(new PlantedDefect(
                                FILE,
                                writer.records(),
                                "open_caseload",
                                PlantedDefect.Rule.NEGATIVE_COUNT,
                                caseloadText));
                    }
                }
            }
            return writer.records();
        }
    }
}
