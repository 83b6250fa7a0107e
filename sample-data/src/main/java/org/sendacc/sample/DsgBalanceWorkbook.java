package org.sendacc.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code dfe/dsg_deficit_derived.xlsx}: synthetic DSG cumulative balances as a % of DSG income in the layout of
 * DfE's derived file (names, never codes; a signed balance and an unsigned deficit column), for England, each region
 * and each LA, financial years 2019-20 to 2021-22 as in the real file. Balances drift into deficit year by year, as
 * the real ones do (England -1.1%, -1.7%, -2.3%); England and the regions are the mean of their LAs, which the real
 * file's are not (they weigh by income), and the README says it is synthetic.
 */
final class DsgBalanceWorkbook {
    static final String FILE = "dfe/dsg_deficit_derived.xlsx";
    private static final List<String> YEARS = List.of("2019-20", "2020-21", "2021-22");
    private static final List<String> HEADER = List.of(
            "time_period",
            "geographic_level",
            "region_name",
            "la_name",
            "deficit",
            "DSG cumulative balance as a % of the total income",
            "financial_year");

    private DsgBalanceWorkbook() {}

    /** Writes the workbook; returns the number of rows written below the header. */
    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options) {
        XlsxWorkbook workbook = new XlsxWorkbook("SYNTHETIC DSG balances", LocalDate.of(2022, 12, 1));
        XlsxWorkbook.Sheet sheet = workbook.sheet("Sheet1");
        sheet.header(HEADER);
        int row = 1;
        for (int year = 0; year < YEARS.size(); year++) {
            String financialYear = YEARS.get(year);
            LocalDate start = LocalDate.of(Integer.parseInt(financialYear.substring(0, 4)), 4, 1);
            Map<String, double[]> regions = new HashMap<>();
            double[] england = new double[2];
            for (LocalAuthority authority : geography.currentAuthorities()) {
                boolean existed =
                        authority.validFrom() == null || !authority.validFrom().isAfter(start);
                if (!existed) {
                    continue;
                }
                SplittableRandom random = AreaRandom.of(options.seed(), authority.code(), "dsg-balance");
                double level = Draws.normal(random, -0.8, 1.6); // the LA's own position
                double drift = Draws.normal(random, -0.6, 0.5); // a year's change
                double balance = Math.round((level + drift * year) * 100) / 100.0;
                write(
                        sheet,
                        row++,
                        financialYear,
                        "Local authority",
                        authority.regionName(),
                        authority.name(),
                        balance);
                regions.computeIfAbsent(authority.regionName(), name -> new double[2])[0] += balance;
                regions.get(authority.regionName())[1]++;
                england[0] += balance;
                england[1]++;
            }
            for (Map.Entry<String, double[]> region : new java.util.TreeMap<>(regions).entrySet()) {
                double mean = Math.round(region.getValue()[0] / region.getValue()[1] * 100) / 100.0;
                write(sheet, row++, financialYear, "Regional", region.getKey(), "", mean);
            }
            write(
                    sheet,
                    row++,
                    financialYear,
                    "National",
                    "England",
                    "",
                    Math.round(england[0] / england[1] * 100) / 100.0);
        }
        workbook.write(outputFolder.resolve(FILE));
        return row - 1L;
    }

    private static void write(
            XlsxWorkbook.Sheet sheet, int row, String year, String level, String region, String la, double balance) {
        sheet.text(row, 0, year.substring(0, 4) + year.substring(5));
        sheet.text(row, 1, level);
        sheet.text(row, 2, region);
        sheet.text(row, 3, la);
        sheet.number(row, 4, -balance);
        sheet.number(row, 5, balance);
        sheet.text(row, 6, year);
    }
}
