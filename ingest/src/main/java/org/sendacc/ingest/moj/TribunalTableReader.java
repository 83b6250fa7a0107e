package org.sendacc.ingest.moj;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.Problem;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordReader;
import org.sendacc.rules.read.RecordStream;
import org.sendacc.rules.read.TextInput;

/**
 * Reads the MoJ "SEND Appeal rate table 1" CSV into one tidy record per area and calendar year.
 *
 * <p>The table is a spreadsheet saved as CSV. Above the header are a title and blank rows. The header takes two rows:
 * the years across (each over three columns), then the measures with footnote digits glued on ("Appeals
 * registered4", "Total Appealable Decisions1,9"). Two trailing columns after 2024, "In development: Total
 * Appealable Decisions" and "In development: SEND Tribunal Appeal Rate", have no year above them; they are the
 * latest year's figures on the denominator DfE is developing from the person-level SEN2 return, so they belong to
 * that year (the columns take the year of the group they follow). The body has region banner rows in capitals
 * ("NORTH EAST", and "INNER LONDON" / "OUTER LONDON" under LONDON), LA rows (name with footnote digits glued on, the
 * DfE 3-digit number), an "England Total" row and a second England row totalling only the LAs not suppressed, which
 * fits no tidy record and comes back as a rejected row. Sources and a multi-line quoted footnote block close the
 * file.
 *
 * <p>The reader undoes the presentation before the contract parses the values: thousands separators ("2,533") and
 * percent signs ("1.30%") go, footnote digits leave names. Symbols stay as written for the contract's legend. A year
 * in which an area has no figure at all (every cell ".." or blank; a suppressed "~" is a figure withheld, and kept)
 * is not a record: the table fills the years before
 * an LA was created and after it was abolished that way (Cumberland before 2023, Bournemouth after 2018).
 */
public final class TribunalTableReader implements RecordReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern GLUED_FOOTNOTES = Pattern.compile("(.*?[^\\d\\s,])\\s*\\d+(?:,\\d+)*");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+");
    private static final Pattern PERCENTAGE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern FOOTER = Pattern.compile("(?i)(sources|notes)\\s*:.*");
    private static final String NATIONAL_NAME = "England Total";
    /** MoJ's "not available", which also fills the years an LA did not exist. */
    private static final String NOT_AVAILABLE = "..";

    /** The measure a header label names, once its footnote digits are gone (matched ignoring case). */
    private static final Map<String, String> MEASURES = Map.of(
            "appeals registered", TribunalAppealRateSource.APPEALS_REGISTERED,
            "total appealable decisions", TribunalAppealRateSource.APPEALABLE_DECISIONS,
            "send tribunal appeal rate", TribunalAppealRateSource.APPEAL_RATE_PCT,
            "in development: total appealable decisions", TribunalAppealRateSource.APPEALABLE_DECISIONS_IN_DEVELOPMENT,
            "in development: send tribunal appeal rate", TribunalAppealRateSource.APPEAL_RATE_IN_DEVELOPMENT_PCT);

    private static final List<String> EVERY_YEAR_MEASURES = List.of(
            TribunalAppealRateSource.APPEALS_REGISTERED,
            TribunalAppealRateSource.APPEALABLE_DECISIONS,
            TribunalAppealRateSource.APPEAL_RATE_PCT);

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        List<Line> lines = new ArrayList<>();
        List<Problem> fileProblems = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(TextInput.utf8(in))
                .setFormat(FORMAT)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long previousLine = 0;
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    List<String> cells = new ArrayList<>();
                    record.forEach(cells::add);
                    lines.add(new Line(previousLine + 1, cells));
                    previousLine = parser.getCurrentLineNumber();
                }
            } catch (UncheckedIOException e) {
                fileProblems.add(Problem.ofFile(
                        "file.malformed",
                        "the file could not be read past line " + (previousLine + 1) + ": "
                                + e.getCause().getMessage()));
            }
        }
        if (fileProblems.isEmpty() && lines.stream().allMatch(Line::isBlank)) {
            throw new FileRejectedException("file.empty", fileName + " is empty");
        }
        int header = findHeader(fileName, lines);
        Layout layout = Layout.of(fileName, lines.get(header), lines.get(header + 1));
        List<RawRecord> records = body(lines.subList(header + 2, lines.size()), layout);
        if (records.isEmpty() && fileProblems.isEmpty()) {
            fileProblems.add(Problem.ofFile("file.no_data_rows", "the table has a header but no area rows"));
        }
        return RecordStream.of(records, fileProblems);
    }

    /** One CSV record and the line it starts on. */
    private record Line(long number, List<String> cells) {
        String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private static int findHeader(String fileName, List<Line> lines) throws FileRejectedException {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).cell(0).equalsIgnoreCase("Local Authority")
                    && lines.get(i).cell(1).equalsIgnoreCase("LA code")) {
                return i;
            }
        }
        throw new FileRejectedException(
                "file.layout",
                fileName + " has no header row starting 'Local Authority, LA code' followed by a row of measures");
    }

    /** Which column holds which measure of which year, from the two header rows. */
    private record Layout(int width, Map<Integer, Map<String, Integer>> columnsByYear) {
        static Layout of(String fileName, Line years, Line measures) throws FileRejectedException {
            Map<Integer, Map<String, Integer>> columnsByYear = new LinkedHashMap<>();
            Integer year = null;
            int width = Math.max(years.cells().size(), measures.cells().size());
            for (int column = 2; column < width; column++) {
                String yearText = years.cell(column);
                if (YEAR.matcher(yearText).matches()) {
                    year = Integer.valueOf(yearText);
                } else if (!yearText.isEmpty()) {
                    throw layoutProblem(fileName, "the year row has '" + yearText + "' in column " + (column + 1));
                }
                String label = withoutFootnotes(measures.cell(column));
                if (label.isEmpty()) {
                    continue;
                }
                String measure = MEASURES.get(label.toLowerCase(Locale.UK));
                if (measure == null) {
                    throw layoutProblem(
                            fileName, "the measure '" + measures.cell(column) + "' is not one the table has");
                }
                if (year == null) {
                    throw layoutProblem(fileName, "the measure in column " + (column + 1) + " has no year above it");
                }
                Integer previous = columnsByYear
                        .computeIfAbsent(year, ignored -> new LinkedHashMap<>())
                        .putIfAbsent(measure, column);
                if (previous != null) {
                    throw layoutProblem(fileName, "the year " + year + " has two columns of " + label);
                }
            }
            if (columnsByYear.isEmpty()) {
                throw layoutProblem(fileName, "the header has no years");
            }
            for (Map.Entry<Integer, Map<String, Integer>> entry : columnsByYear.entrySet()) {
                List<String> missing = EVERY_YEAR_MEASURES.stream()
                        .filter(measure -> !entry.getValue().containsKey(measure))
                        .toList();
                if (!missing.isEmpty()) {
                    throw layoutProblem(
                            fileName, "the year " + entry.getKey() + " lacks " + String.join(", ", missing));
                }
            }
            return new Layout(width, columnsByYear);
        }

        private static FileRejectedException layoutProblem(String fileName, String problem) {
            return new FileRejectedException("file.layout", fileName + ": " + problem);
        }
    }

    private static List<RawRecord> body(List<Line> lines, Layout layout) {
        List<RawRecord> records = new ArrayList<>();
        String banner = "";
        for (Line line : lines) {
            String name = withoutFootnotes(line.cell(0));
            if (line.isBlank()) {
                continue;
            }
            if (FOOTER.matcher(name).matches()) {
                break;
            }
            if (isBanner(line, name)) {
                banner = name;
                continue;
            }
            if (line.cells().size() < layout.width()) {
                records.add(RawRecord.broken(
                        line.number(),
                        new Problem(
                                "",
                                "row.field_count",
                                Integer.toString(line.cells().size()),
                                "the row has " + line.cells().size() + " fields but the header has " + layout.width()
                                        + " (truncated row?)")));
                continue;
            }
            boolean isNational = name.equalsIgnoreCase(NATIONAL_NAME);
            if (!isNational && name.toLowerCase(Locale.UK).startsWith("england")) {
                records.add(RawRecord.broken(
                        line.number(),
                        new Problem(
                                TribunalAppealRateSource.LA_NAME,
                                "row.unmodelled_total",
                                name,
                                "'" + name + "' is a second England total, which one record per area and year has no"
                                        + " place for; its figures are not loaded")));
                continue;
            }
            for (Map.Entry<Integer, Map<String, Integer>> year :
                    layout.columnsByYear().entrySet()) {
                Map<String, String> measures = new HashMap<>();
                year.getValue().forEach((measure, column) -> measures.put(measure, normalised(line.cell(column))));
                if (hasNoFigure(measures)) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>(measures);
                cells.put(TribunalAppealRateSource.TIME_PERIOD, year.getKey().toString());
                cells.put(TribunalAppealRateSource.GEOGRAPHIC_LEVEL, isNational ? "National" : "Local authority");
                cells.put(TribunalAppealRateSource.REGION_NAME, isNational ? "" : banner);
                cells.put(TribunalAppealRateSource.LA_NAME, name);
                cells.put(TribunalAppealRateSource.OLD_LA_CODE, line.cell(1));
                records.add(RawRecord.of(line.number(), cells));
            }
        }
        return records;
    }

    /** A region banner: a name in capitals and nothing else on the row. */
    private static boolean isBanner(Line line, String name) {
        boolean onlyName = line.cells().stream().skip(1).allMatch(String::isBlank);
        return onlyName && name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(Locale.UK));
    }

    private static boolean hasNoFigure(Map<String, String> measures) {
        return measures.values().stream().allMatch(value -> value.isEmpty() || value.equals(NOT_AVAILABLE));
    }

    /** A label or name without the footnote digits glued to its end: "England Total4,9" is "England Total". */
    static String withoutFootnotes(String text) {
        String stripped = text.strip();
        Matcher matcher = GLUED_FOOTNOTES.matcher(stripped);
        return matcher.matches() ? matcher.group(1).strip() : stripped;
    }

    /** A published value as the contract parses it: "2,533" is 2533 and "1.30%" is 1.30; anything else as written. */
    static String normalised(String text) {
        String stripped = text.strip();
        if (THOUSANDS.matcher(stripped).matches()) {
            return stripped.replace(",", "");
        }
        Matcher percentage = PERCENTAGE.matcher(stripped);
        if (percentage.matches()) {
            return percentage.group(1);
        }
        return stripped;
    }
}
