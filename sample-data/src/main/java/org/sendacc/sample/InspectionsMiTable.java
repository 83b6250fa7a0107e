package org.sendacc.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code ofsted/mi_ofsted_area_send_2023.csv}: synthetic first inspections under the 2023 framework (January to
 * August 2023) for one LA in ten, in the layout DfE re-saved Ofsted's management information with R's write.csv
 * (dotted headers, an unnamed row-number column, dd/mm/yyyy dates, NA), naming areas, not coding them.
 */
final class InspectionsMiTable {
    static final String FILE = "ofsted/mi_ofsted_area_send_2023.csv";

    private static final LocalDate FIRST = LocalDate.of(2023, 1, 16);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> OUTCOMES = List.of(
            "Typically positive experiences and outcomes",
            "Inconsistent experiences and outcomes",
            "Widespread and/or systemic failings");

    private InspectionsMiTable() {}

    static long write(Path outputFolder, SampleGeography geography, GeneratorOptions options) {
        try (CsvLineWriter writer =
                CsvLineWriter.open(outputFolder.resolve(FILE), false, CsvLineWriter.UNIX_LINE_END)) {
            writer.write(
                    "",
                    "Link.to.report.webpage.for.the.local.authority.and.local.area.partnership",
                    "Local.area.partnership",
                    "Ofsted.region",
                    "Inspection.start.date",
                    "Inspection.publication.date",
                    "Inspection.outcome",
                    "Priority.action.plan.required.",
                    "Number.of.areas.for.priority.action");
            int row = 0;
            for (LocalAuthority authority : geography.currentAuthorities()) {
                SplittableRandom random = AreaRandom.of(options.seed(), authority.code(), "area-send-mi-2023");
                if (!Draws.chance(random, 0.1)
                        || (authority.validFrom() != null
                                && authority.validFrom().isAfter(FIRST))) {
                    continue;
                }
                LocalDate start = FIRST.plusWeeks(random.nextInt(26));
                int grade = random.nextInt(3);
                row++;
                writer.write(
                        Integer.toString(row),
                        "Report webpage",
                        authority.name(),
                        authority.regionName(),
                        start.format(DAY),
                        start.plusDays(60).format(DAY),
                        OUTCOMES.get(grade),
                        grade == 2 ? "Yes" : "No",
                        grade == 2 ? Integer.toString(2 + random.nextInt(4)) : "NA");
            }
            return row;
        }
    }
}
