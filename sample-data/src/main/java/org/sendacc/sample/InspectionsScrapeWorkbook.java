package org.sendacc.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code ofsted/ofsted_csc_send_overview.xlsx}: synthetic area SEND inspection outcomes under the 2023
 * framework in the layout of the LA analysts' network's scrape of Ofsted's reports (every cell text, grades "2.0",
 * dates dd/mm/yy). About half the LAs have been inspected since 2023, as in the real scrape; outcomes follow its
 * spread (15 typically positive, 36 inconsistent, 20 widespread failings of 71).
 */
final class InspectionsScrapeWorkbook {
    static final String FILE = "ofsted/ofsted_csc_send_overview.xlsx";

    private static final LocalDate FIRST = LocalDate.of(2023, 1, 16);
    private static final LocalDate LAST = LocalDate.of(2025, 10, 6);
    private static final double INSPECTED = 0.47;
    private static final DateTimeFormatter SCRAPE_DATE = DateTimeFormatter.ofPattern("dd/MM/yy");
    private static final List<String> HEADER = List.of(
            "urn",
            "la_code",
            "region_code",
            "ltla23cd",
            "stat_neighbours",
            "local_authority",
            "inspection_link",
            "outcome_grade",
            "previous_inspection_date",
            "inspection_start_date",
            "inspection_end_date",
            "publication_date",
            "next_inspection",
            "next_inspection_by_date",
            "local_link_to_all_inspections",
            "inspection_outcome_text");

    private InspectionsScrapeWorkbook() {}

    /** Writes the workbook; returns the number of inspected LAs. */
    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options) {
        XlsxWorkbook workbook = new XlsxWorkbook("SYNTHETIC area SEND inspections", LocalDate.of(2025, 11, 1));
        XlsxWorkbook.Sheet sheet = workbook.sheet("ofsted_cs_send_inspections");
        sheet.header(HEADER);
        int row = 1;
        for (LocalAuthority authority : geography.currentAuthorities()) {
            SplittableRandom random = AreaRandom.of(options.seed(), authority.code(), "area-send-inspection-2023");
            if (!Draws.chance(random, INSPECTED)) {
                continue;
            }
            // an LA created since (Cumberland, April 2023) is inspected only once it exists
            LocalDate first =
                    authority.validFrom() != null && authority.validFrom().isAfter(FIRST)
                            ? authority.validFrom()
                            : FIRST;
            LocalDate start =
                    first.plusWeeks(random.nextLong(first.until(LAST, java.time.temporal.ChronoUnit.WEEKS) + 1));
            double draw = random.nextDouble();
            int grade = draw < 15.0 / 71 ? 1 : draw < 51.0 / 71 ? 2 : 3;
            List<String> cells = List.of(
                    Long.toString(80_000 + row),
                    authority.oldLaCode(),
                    "",
                    authority.code(),
                    "",
                    authority.name().toLowerCase(java.util.Locale.UK),
                    "https://files.ofsted.gov.uk/v1/file/" + (50_000_000 + row),
                    grade + ".0",
                    "01/01/1900",
                    start.format(SCRAPE_DATE),
                    start.plusDays(4).format(SCRAPE_DATE),
                    start.plusDays(56).format(SCRAPE_DATE),
                    grade == 1 ? "5 years" : grade == 2 ? "3 years" : "18 months",
                    "",
                    "0",
                    "SYNTHETIC: not a real inspection.");
            for (int column = 0; column < cells.size(); column++) {
                sheet.text(row, column, cells.get(column));
            }
            row++;
        }
        workbook.write(outputFolder.resolve(FILE));
        return row - 1L;
    }
}
