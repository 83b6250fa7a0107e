package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendacc.reference.LocalAuthority;

/**
 * An EES table of calendar-year figures counted from the person-level records ({@link TimelinessTable},
 * {@link RequestsTable}): for each year England, the regions and the LAs that existed on DfE's reference day, under
 * the code DfE printed, with one LA's row of the last year replaced by a planted bad row.
 *
 * <p>The two tables differ only in their file, columns, figures and how their planted row is bad. Which areas, codes
 * and sums they publish, and how the planted row is written and registered, are kept here once so that the two
 * tables cannot drift apart (an LA that counts its own return must get the published figure in both).
 *
 * @param file path under the output folder
 * @param header the full header, geography columns included
 * @param figures the values of an area's row from its tally
 * @param planted the LA row of the last year that carries a bad value
 */
record CountedFromRecordsTable(String file, List<String> header, Figures figures, PlantedFigures planted) {

    static final String TIME_IDENTIFIER = "Calendar year";

    /** A table's formatted values for one area and year (the columns after the geography columns). */
    @FunctionalInterface
    interface Figures {
        List<String> of(EhcTally tally, int year);
    }

    /**
     * The bad row of a table: in the last year, LA {@code laCode}'s values are {@code badFigures}, whose value under
     * {@code column} breaks {@code rule}.
     */
    record PlantedFigures(String laCode, String column, PlantedDefect.Rule rule, Figures badFigures) {
        PlantedFigures {
            requireNonNull(laCode, "laCode is null");
            requireNonNull(column, "column is null");
            requireNonNull(rule, "rule is null");
            requireNonNull(badFigures, "badFigures is null");
        }
    }

    CountedFromRecordsTable {
        requireNonNull(file, "file is null");
        header = List.copyOf(requireNonNull(header, "header is null"));
        requireNonNull(figures, "figures is null");
        requireNonNull(planted, "planted is null");
        if (!header.contains(planted.column())) {
            throw new IllegalArgumentException(file + " has no column " + planted.column() + " to plant a value in");
        }
    }

    /** Writes the file; returns the number of records written, header included. */
    long write(
            Path outputFolder,
            SampleGeography geography,
            AreaTallies tallies,
            GeneratorOptions options,
            PlantedDefects register) {
        requireNonNull(register, "register is null");
        try (EesTidyCsvWriter writer = new EesTidyCsvWriter(outputFolder, file, header)) {
            for (int year = options.fromYear(); year <= options.toYear(); year++) {
                writeYear(writer, year, year == options.toYear(), geography, tallies, register);
            }
            return writer.records();
        }
    }

    /** Writes one calendar year: England, the regions, then the LAs, with the planted row in the last year. */
    private void writeYear(
            EesTidyCsvWriter writer,
            int year,
            boolean lastYear,
            SampleGeography geography,
            AreaTallies tallies,
            PlantedDefects register) {
        String period = Integer.toString(year);
        LocalDate referenceDay = DfeCodeConvention.calendarYearReferenceDay(year);
        Map<LocalAuthority, EhcTally> byLa = tallies.ofEach(geography.authoritiesOn(referenceDay));
        writer.writeNationalAndRegional(
                period, TIME_IDENTIFIER, geography.regions(), byLa, areas -> figures.of(tallies.sum(areas), year));
        for (Map.Entry<LocalAuthority, EhcTally> entry : byLa.entrySet()) {
            LocalAuthority authority = entry.getKey();
            String code = DfeCodeConvention.publishedCode(
                    authority, DfeCodeConvention.Publication.CALENDAR_YEAR, referenceDay);
            List<String> geographyColumns = EesTidyCsvWriter.localAuthority(period, TIME_IDENTIFIER, authority, code);
            if (lastYear && authority.code().equals(planted.laCode())) {
                List<String> values = planted.badFigures().of(entry.getValue(), year);
                long line = writer.write(geographyColumns, values);
                String value = values.get(header.indexOf(planted.column()) - geographyColumns.size());
                register.register(new PlantedDefect(file, line, planted.column(), planted.rule(), value));
            } else {
                writer.write(geographyColumns, figures.of(entry.getValue(), year));
            }
        }
    }
}
