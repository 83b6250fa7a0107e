package org.sendacc.sample;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code ofsted/area_send_inspection_data_2016_to_2022.ods}: one synthetic area SEND inspection per current LA
 * under the 2016-2022 framework, in the layout of Ofsted's official statistics (title and notes rows, then the header
 * row starting "Web link to Ofsted local authority webpage"). An inspection begins on a Monday between May 2016 and
 * March 2022 and needs a written statement of action with Ofsted's overall chance (82 of 149); one with a statement
 * is revisited about two years later if that date has passed by August 2022, otherwise "Not revisited yet".
 */
final class AreaSendInspectionsWorkbook {
    static final String FILE = "ofsted/area_send_inspection_data_2016_to_2022.ods";

    private static final LocalDate FIRST = LocalDate.of(2016, 5, 23);
    private static final LocalDate LAST = LocalDate.of(2022, 3, 21);
    private static final LocalDate TABLE_DATE = LocalDate.of(2022, 8, 31);
    private static final double WSOA_SHARE = 82.0 / 149;

    private static final List<String> HEADER = List.of(
            "Web link to Ofsted local authority webpage",
            "Local authority code",
            "Area name",
            "Ofsted region",
            "Inspection start date",
            "Inspection publication date",
            "Inspection outcome: written statement of action required?",
            "Number significant weaknesses identified in written statement of action",
            "Revisit start date",
            "Revisit publication date",
            "Revisit outcome: sufficient progress in addressing all significant weaknesses?",
            "Number significant weaknesses where sufficient progress has been made",
            "Number significant weaknesses where sufficient progress has not been made");

    private AreaSendInspectionsWorkbook() {}

    /** Writes the workbook; returns the number of areas. */
    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options) {
        List<LocalAuthority> authorities = geography.currentAuthorities().stream()
                .filter(authority ->
                        authority.validFrom() == null || authority.validFrom().isBefore(FIRST))
                .toList();
        Sheet sheet = new Sheet("Area_SEND_up_to_31_Aug_2022", 5 + authorities.size(), HEADER.size());
        sheet.getRange(0, 0).setValue("Area SEND inspection and revisit outcomes (SYNTHETIC SAMPLE: not real figures)");
        sheet.getRange(1, 0).setValue("This worksheet contains one table.");
        for (int column = 0; column < HEADER.size(); column++) {
            sheet.getRange(4, column).setValue(HEADER.get(column));
        }
        long days = FIRST.until(LAST, java.time.temporal.ChronoUnit.WEEKS);
        int row = 5;
        for (LocalAuthority authority : authorities) {
            SplittableRandom random = AreaRandom.of(options.seed(), authority.code(), "area-send-inspection");
            LocalDate start = FIRST.plusWeeks(random.nextLong(days + 1));
            LocalDate published = start.plusDays(56 + random.nextInt(21));
            boolean statement = Draws.chance(random, WSOA_SHARE);
            sheet.getRange(row, 0).setValue("Ofsted LA Webpage");
            sheet.getRange(row, 1).setValue(authority.code());
            sheet.getRange(row, 2).setValue(authority.name());
            sheet.getRange(row, 3).setValue(authority.regionName());
            sheet.getRange(row, 4).setValue(start.atStartOfDay());
            sheet.getRange(row, 5).setValue(published.atStartOfDay());
            sheet.getRange(row, 6).setValue(statement ? "Yes" : "No");
            if (statement) {
                int weaknesses = 2 + random.nextInt(7);
                sheet.getRange(row, 7).setValue((double) weaknesses);
                LocalDate revisit = start.plusMonths(22 + random.nextInt(6));
                if (revisit.isAfter(TABLE_DATE)) {
                    sheet.getRange(row, 8).setValue("Not revisited yet");
                } else {
                    int progressed = random.nextInt(weaknesses + 1);
                    sheet.getRange(row, 8).setValue(revisit.atStartOfDay());
                    sheet.getRange(row, 9).setValue(revisit.plusDays(42).atStartOfDay());
                    sheet.getRange(row, 10)
                            .setValue(progressed == weaknesses ? "Yes" : progressed == 0 ? "No" : "Some");
                    sheet.getRange(row, 11).setValue((double) progressed);
                    sheet.getRange(row, 12).setValue((double) (weaknesses - progressed));
                }
            }
            row++;
        }
        SpreadSheet workbook = new SpreadSheet();
        workbook.appendSheet(sheet);
        OdsFiles.save(workbook, outputFolder.resolve(FILE));
        return authorities.size();
    }
}
