package org.sendacc.ingest.ons;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendacc.contract.warehouse.WarehouseTables.MidYearPopulation;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordReader;
import org.sendacc.rules.read.RecordStream;
import org.sendacc.rules.read.TextInput;
import org.sendacc.rules.read.WorkbookSheets;

/**
 * Reads ONS's MYE2 - Persons table (one row per area: Code, Name, Geography, All ages, then each single year of age
 * 0 to 89 and 90+) from any of the forms it is found in: the sheet named "MYE2 - Persons" of an .xls or .xlsx
 * workbook, below its title and notes, or a CSV export of that sheet (header on line 1). Columns are found by their
 * header, never by position. The mid-year comes from the sheet's title ("... mid-2023") or, for a CSV without one,
 * from the file name (mye24... is mid-2024, ...mid2021... is mid-2021); a file that says neither is rejected.
 *
 * <p>Only England, its regions and its upper-tier LAs (County, Unitary Authority, Metropolitan District, London
 * Borough) become records; districts, metropolitan counties and the other nations are not read.
 */
public final class MidYearPopulationReader implements RecordReader {
    /** The oldest single year of age kept: EHC plans run to 25. */
    static final int OLDEST = 25;

    static final String SHEET = "MYE2 - Persons";

    private static final String CODE = "Code";
    private static final String NAME = "Name";
    private static final String GEOGRAPHY = "Geography";
    private static final String ALL_AGES = "All ages";
    private static final Pattern TITLE_YEAR = Pattern.compile("(?i)\\bmid-?(\\d{4})\\b");
    private static final Pattern NAME_YEAR = Pattern.compile("(?i)(?:mid-?(\\d{4}))|(?:mye(\\d{2})(?!\\d))");

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        WorkbookSheets.Sheet sheet;
        if (lower.endsWith(".csv")) {
            sheet = csvSheet(in);
        } else {
            List<WorkbookSheets.Sheet> sheets = lower.endsWith(".xls")
                    ? WorkbookSheets.readLegacy(fileName, in)
                    : WorkbookSheets.read(fileName, in);
            sheet = sheets.stream()
                    .filter(candidate -> candidate.name().strip().equalsIgnoreCase(SHEET))
                    .findFirst()
                    .orElseThrow(() ->
                            new FileRejectedException("file.layout", fileName + " has no sheet named '" + SHEET + "'"));
        }
        int header = sheet.findRowStartingWith(CODE, 1)
                .orElseThrow(() -> new FileRejectedException(
                        "file.layout",
                        fileName + ": sheet '" + sheet.name() + "' has no header row starting '" + CODE + "'"));
        int midYear = midYear(fileName, sheet, header)
                .orElseThrow(() -> new FileRejectedException(
                        "file.no_mid_year",
                        fileName + " does not say which mid-year it estimates: neither its title nor its name"
                                + " (like mye24tablesew.csv) gives the year"));
        Map<String, Integer> columns = columns(fileName, sheet, header);
        List<RawRecord> records = new ArrayList<>();
        for (int row : sheet.rows().tailMap(header, false).keySet()) {
            if (sheet.isBlank(row)) {
                continue;
            }
            String geography = sheet.text(row, columns.get(GEOGRAPHY));
            String code = sheet.text(row, columns.get(CODE));
            boolean kept = code.startsWith("E")
                    && (geography.equals(MidYearPopulationSource.COUNTRY)
                            || geography.equals(MidYearPopulationSource.REGION)
                            || MidYearPopulationSource.UPPER_TIER.contains(geography));
            if (!kept) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            cells.put(MidYearPopulation.MID_YEAR, Integer.toString(midYear));
            cells.put(MidYearPopulation.ONS_CODE, code);
            // ONS names carry stray no-break spaces ("West Northamptonshire\u00a0")
            cells.put(
                    MidYearPopulation.NAME,
                    sheet.text(row, columns.get(NAME)).replace('\u00a0', ' ').strip());
            cells.put(MidYearPopulation.GEOGRAPHY, geography);
            cells.put(MidYearPopulation.ALL_AGES, sheet.text(row, columns.get(ALL_AGES)));
            for (int age = 0; age <= OLDEST; age++) {
                cells.put(MidYearPopulation.age(age), sheet.text(row, columns.get(Integer.toString(age))));
            }
            records.add(RawRecord.of(row, cells));
        }
        return RecordStream.of(records, List.of());
    }

    /** A CSV export of the sheet, as a sheet: rows by line number (the header is line 1), columns from 0. */
    private static WorkbookSheets.Sheet csvSheet(InputStream in) throws IOException {
        NavigableMap<Integer, Map<Integer, String>> rows = new TreeMap<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(TextInput.utf8(in))
                .setFormat(CSVFormat.RFC4180)
                .get()) {
            int line = 0;
            for (CSVRecord record : parser) {
                line++;
                Map<Integer, String> cells = new TreeMap<>();
                for (int column = 0; column < record.size(); column++) {
                    if (!record.get(column).isEmpty()) {
                        cells.put(column, record.get(column));
                    }
                }
                rows.put(line, cells);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return new WorkbookSheets.Sheet(SHEET, rows);
    }

    /** The mid-year in a title above the header, else in the file name. */
    static Optional<Integer> midYear(String fileName, WorkbookSheets.Sheet sheet, int header) {
        for (int row : sheet.rows().headMap(header, false).keySet()) {
            for (String text : sheet.rows().get(row).values()) {
                Matcher matcher = TITLE_YEAR.matcher(text);
                if (matcher.find()) {
                    return Optional.of(Integer.parseInt(matcher.group(1)));
                }
            }
        }
        Matcher matcher = NAME_YEAR.matcher(fileName.substring(fileName.lastIndexOf('/') + 1));
        if (matcher.find()) {
            return Optional.of(
                    matcher.group(1) != null
                            ? Integer.parseInt(matcher.group(1))
                            : 2000 + Integer.parseInt(matcher.group(2)));
        }
        return Optional.empty();
    }

    private static Map<String, Integer> columns(String fileName, WorkbookSheets.Sheet sheet, int header)
            throws FileRejectedException {
        Map<String, Integer> byName = new HashMap<>();
        for (int column = 0; column <= sheet.lastColumn(header); column++) {
            byName.putIfAbsent(sheet.text(header, column), column);
        }
        List<String> wanted = new ArrayList<>(List.of(CODE, NAME, GEOGRAPHY, ALL_AGES));
        for (int age = 0; age <= OLDEST; age++) {
            wanted.add(Integer.toString(age));
        }
        List<String> missing =
                wanted.stream().filter(name -> !byName.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new FileRejectedException(
                    "file.layout",
                    fileName + ": sheet '" + sheet.name() + "' header row " + header + " lacks column"
                            + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        return byName;
    }
}
