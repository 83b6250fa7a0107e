package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code returns/ep_workforce.csv}: one row per LA per yearly census (30 November) with educational
 * psychologists in post, vacancies and the share of EP time spent on statutory work.
 *
 * <p>EP services differ widely (0.5 to 2.5 FTE per 10,000 population aged 0-25) and have drifted towards statutory
 * work only (50-95% of time, rising by about a point a year). The rows come from the authorities that existed on the
 * census day, so Northamptonshire and Cumbria return for the years before their split. Optional fields are sometimes
 * left empty; one LA's last return is missing and one row carries a planted percentage above 100.
 */
final class EpWorkforceWriter {

    static final String FILE = "returns/ep_workforce.csv";
    static final List<String> HEADER =
            List.of("la_code", "census_date", "ep_fte", "ep_vacancies_fte", "statutory_time_pct");
    static final String PLANTED_PERCENT = "112.5";

    private EpWorkforceWriter() {}

    static LocalDate censusDate(int year) {
        return LocalDate.of(year, 11, 30);
    }

    static long write(
            Path outputFolder,
            SampleGeography geography,
            GeneratorOptions options,
            MissingReturns missing,
            PlantedDefects register) {
        requireNonNull(missing, "missing is null");
        requireNonNull(register, "register is null");
        try (CsvLineWriter writer =
                CsvLineWriter.open(outputFolder.resolve(FILE), true, CsvLineWriter.WINDOWS_LINE_END)) {
            writer.write(HEADER);
            for (int year = options.fromYear(); year <= options.toYear(); year++) {
                LocalDate census = censusDate(year);
                for (LocalAuthority authority : geography.authoritiesOn(census)) {
                    if (missing.epWorkforceMissing(authority.code(), year)) {
                        continue;
                    }
                    List<String> row = row(geography, authority, year, census, options.seed());
                    boolean planted =
                            year == options.toYear() && authority.code().equals(PlantedDefects.PERCENT_ABOVE_100_LA);
                    if (planted) {
                        row = List.of(row.get(0), row.get(1), row.get(2), row.get(3), PLANTED_PERCENT);
                    }
                    writer.write(row);
                    if (planted) {
                        register.register(new PlantedDefect(
                                FILE,
                                writer.records(),
                                "statutory_time_pct",
                                PlantedDefect.Rule.PERCENT_ABOVE_100,
                                PLANTED_PERCENT));
                    }
                }
            }
            return writer.records();
        }
    }

    private static List<String> row(
            SampleGeography geography, LocalAuthority authority, int year, LocalDate census, long seed) {
        SplittableRandom character = AreaRandom.of(seed, authority.code(), "ep-character");
        double per10k = Draws.clamp(1.25 * Draws.logNormalFactor(character, 0.33), 0.45, 2.8);
        double statutoryBase = 50 + 38 * character.nextDouble();
        double vacancyRate = 0.3 * StrictMath.pow(character.nextDouble(), 2);
        SplittableRandom random = AreaRandom.of(seed, authority.code(), "ep-workforce", year);
        double fte = geography.population0to25(authority)
                / 10_000.0
                * per10k
                * (1 - 0.012 * (year - 2019))
                * Draws.logNormalFactor(random, 0.05);
        double vacancies = fte * vacancyRate * Draws.logNormalFactor(random, 0.25);
        double statutory = Draws.clamp(statutoryBase + 1.2 * (year - 2019) + Draws.normal(random, 0, 2), 45, 97);
        boolean vacanciesUnknown = Draws.chance(random, 0.05);
        boolean statutoryUnknown = Draws.chance(random, 0.03);
        return List.of(
                geography.codeInUseOn(authority, census),
                census.toString(),
                oneDecimal(Math.max(0.1, fte)),
                vacanciesUnknown ? "" : oneDecimal(vacancies),
                statutoryUnknown ? "" : oneDecimal(statutory));
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
