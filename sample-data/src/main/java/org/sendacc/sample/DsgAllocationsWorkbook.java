package org.sendacc.sample;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code esfa/dsg_allocations_summary.ods}: DSG high needs block allocations by LA in the layout of DfE's
 * five-year summary of ESFA's allocations, one sheet per financial year ("Allocations_2324"): a title, the column
 * titles (high needs block before deductions in E, after them in J), letters, formula text, England, then each LA by
 * DfE's number. England's block follows ESFA's real totals (£6.28bn in 2019-20 to £10.54bn in 2024-25, then 6% a
 * year); an LA's share is its 0-25 population share varied by a lasting factor; the LAs add up to England.
 */
final class DsgAllocationsWorkbook {
    static final String FILE = "esfa/dsg_allocations_summary.ods";

    /** England's high needs block before deductions (£bn), financial years 2019-20 to 2024-25 (ESFA). */
    private static final double[] ENGLAND_BILLIONS = {6.279, 7.063, 7.906, 8.988, 9.952, 10.54};

    private static final int FIRST_YEAR = 2019;
    private static final double LA_SPREAD = 0.15;
    private static final double AFTER_DEDUCTIONS = 0.885;
    private static final int COLUMNS = 12;

    private DsgAllocationsWorkbook() {}

    /** Writes the workbook; returns the number of LA and England rows. */
    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options) {
        SpreadSheet workbook = new SpreadSheet();
        long rows = 0;
        for (int year = options.toYear(); year >= options.fromYear(); year--) {
            LocalDate april = LocalDate.of(year, 4, 1);
            List<LocalAuthority> authorities = geography.authoritiesOn(april);
            Map<LocalAuthority, Double> weights = new LinkedHashMap<>();
            double total = 0;
            for (LocalAuthority authority : authorities) {
                SplittableRandom random = AreaRandom.of(options.seed(), authority.code(), "dsg-high-needs");
                double weight = geography.population0to25(authority) * Draws.logNormalFactor(random, LA_SPREAD);
                weights.put(authority, weight);
                total += weight;
            }
            double england = Math.round(englandBillions(year) * 1e9);
            Sheet sheet = new Sheet(
                    "Allocations_" + String.format(java.util.Locale.ROOT, "%02d%02d", year % 100, (year + 1) % 100),
                    5 + authorities.size(),
                    COLUMNS);
            String label = year + " to " + (year + 1);
            sheet.getRange(0, 0).setValue("Dedicated schools grant: " + label + " allocations local authority summary");
            String[] titles = {
                "Schools block (£s)",
                "Central school services block (£s)",
                "High needs block (£s)",
                "Early years block (£s)",
                "Total DSG allocation (£s)",
                "Schools block (£s)",
                "Central school services block allocation (£s)",
                "High needs block allocation (£s)",
                "Early years block (£s)",
                "Total DSG allocation (£s)"
            };
            for (int column = 0; column < titles.length; column++) {
                sheet.getRange(1, column + 2).setValue(titles[column]);
                sheet.getRange(2, column + 2).setValue("[" + (char) ('A' + column) + "]");
            }
            sheet.getRange(3, 6).setValue("= [A] + [B] + [C] + [D]");
            sheet.getRange(3, 11).setValue("= [F] + [G] + [H] + [I]");
            sheet.getRange(4, 0).setValue("ENGLAND");
            long englandBefore = 0;
            long englandAfter = 0;
            int row = 5;
            for (Map.Entry<LocalAuthority, Double> entry : weights.entrySet()) {
                long before = Math.round(england * entry.getValue() / total);
                long after = Math.round(before * AFTER_DEDUCTIONS);
                sheet.getRange(row, 0).setValue(Double.valueOf(entry.getKey().oldLaCode()));
                sheet.getRange(row, 1).setValue(entry.getKey().name());
                sheet.getRange(row, 4).setValue((double) before);
                sheet.getRange(row, 9).setValue((double) after);
                englandBefore += before;
                englandAfter += after;
                row++;
            }
            sheet.getRange(4, 4).setValue((double) englandBefore);
            sheet.getRange(4, 9).setValue((double) englandAfter);
            workbook.appendSheet(sheet);
            rows += 1 + authorities.size();
        }
        OdsFiles.save(workbook, outputFolder.resolve(FILE));
        return rows;
    }

    private static double englandBillions(int year) {
        int index = year - FIRST_YEAR;
        if (index < 0) {
            return ENGLAND_BILLIONS[0] * Math.pow(1.06, index);
        }
        if (index >= ENGLAND_BILLIONS.length) {
            return ENGLAND_BILLIONS[ENGLAND_BILLIONS.length - 1] * Math.pow(1.06, index - ENGLAND_BILLIONS.length + 1);
        }
        return ENGLAND_BILLIONS[index];
    }
}
