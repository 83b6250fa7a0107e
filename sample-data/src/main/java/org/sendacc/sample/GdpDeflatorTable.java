package org.sendacc.sample;

import java.nio.file.Path;

/**
 * Writes {@code hmt/uk_cost_indices.csv}: HM Treasury's GDP deflator by financial year (March 2026, 2024-25 = 100),
 * in the tidy layout the ingest reads. These are public figures, not synthetic: real terms need real prices. CPI and
 * CPIH are left blank; the years from 2025-26 are forecasts, as in the published table.
 */
final class GdpDeflatorTable {
    static final String FILE = "hmt/uk_cost_indices.csv";

    /** HM Treasury, GDP deflators at market prices, March 2026: 2014-15 to 2030-31. */
    private static final int FIRST_YEAR = 2014;

    private static final double[] DEFLATOR = {
        74.0662, 74.5804, 76.0754, 77.0388, 78.7948, 80.8738, 85.1002, 85.3036, 91.2996, 96.1117, 100.0000, 103.2388,
        105.3095, 107.3546, 109.3571, 111.3959, 113.6416
    };

    private static final int FIRST_FORECAST = 2025;

    private GdpDeflatorTable() {}

    static long write(Path outputFolder) {
        try (CsvLineWriter writer =
                CsvLineWriter.open(outputFolder.resolve(FILE), false, CsvLineWriter.UNIX_LINE_END)) {
            writer.write("fiscal_year_start", "fiscal_year", "gdp_deflator", "cpi_index", "cpih_index", "is_forecast");
            for (int index = 0; index < DEFLATOR.length; index++) {
                int year = FIRST_YEAR + index;
                writer.write(
                        Integer.toString(year),
                        year + "-" + String.format(java.util.Locale.ROOT, "%02d", (year + 1) % 100),
                        String.format(java.util.Locale.ROOT, "%.4f", DEFLATOR[index]),
                        "",
                        "",
                        Boolean.toString(year >= FIRST_FORECAST));
            }
            return writer.records() - 1;
        }
    }
}
