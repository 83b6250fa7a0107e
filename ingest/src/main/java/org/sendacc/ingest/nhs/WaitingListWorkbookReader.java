package org.sendacc.ingest.nhs;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.Problem;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordReader;
import org.sendacc.rules.read.RecordStream;
import org.sendacc.rules.read.WorkbookSheets;

/**
 * Reads NHS England's monthly "Community health services waiting lists" workbook into one record per organisation,
 * service and weeks-waited band.
 *
 * <p>The workbook is laid out for people. Its waiting-list tables (Table 4: total waiting list; Tables 4a-4g: the
 * number waiting 0-1, 1-2, 2-4, 4-12, 12-18, 18-52 and over 52 weeks) each have a title naming the month, notes rows,
 * then a header row ("Organisation Type, Organisation Code, Organisation Name", then one column per service prefixed
 * "(A)" adult or "(CYP)" children and young people), then one row per organisation: England ("National"), the seven
 * NHS regions (Y56-Y63), the 42 ICBs (ODS Qxx) and the providers. The reader recognises the tables by their titles,
 * not their sheet names, finds each header by its first cell rather than a fixed row, and takes the month from the
 * titles (the file name carries the publication date, two months later). Every cell becomes a record, blanks
 * included, because a blank means "no submission" and the contract records that reason; sheets are read one after
 * another, so nothing depends on the tables listing organisations in the same order.
 */
public final class WaitingListWorkbookReader implements RecordReader {
    static final String TOTAL_BAND = "total";
    static final List<String> WEEKS_BANDS = List.of("0-1", "1-2", "2-4", "4-12", "12-18", "18-52", "52+");
    /** Later editions split "over 52 weeks" into 52-104 weeks (Table 4g) and over 104 weeks (Table 4h). */
    static final List<String> OVER_A_YEAR_SPLIT = List.of("52-104", "104+");

    private static final String MONTH = "(?<month>[A-Za-z]+ \\d{4})";
    private static final Pattern TOTAL_TITLE =
            Pattern.compile("(?i)total waiting list by service,\\s*" + MONTH + "\\s*");
    private static final Pattern RANGE_TITLE =
            Pattern.compile("(?i)number waiting\\s*>?\\s*(?<from>\\d+)\\s*-\\s*(?<to>\\d+) weeks\\b.*\\bby service,\\s*"
                    + MONTH + "\\s*");
    private static final Pattern OVER_TITLE = Pattern.compile(
            "(?i)number waiting (?:over|more than|>)\\s*(?<from>\\d+) weeks\\b.*\\bby service,\\s*" + MONTH + "\\s*");
    private static final Pattern SERVICE_HEADER = Pattern.compile("\\((?<group>A|C|CYP)\\)\\s*(?<service>.+)");
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final List<String> HEADER = List.of("Organisation Type", "Organisation Code", "Organisation Name");
    private static final Map<String, String> ORGANISATION_LEVELS = Map.of(
            "national",
            "England",
            "england",
            "England",
            "region",
            "Region",
            "icb",
            "ICB",
            "provider",
            "Provider",
            // the early 2023 editions' word for a provider
            "organisation",
            "Provider");

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        List<WorkbookSheets.Sheet> sheets = WorkbookSheets.read(fileName, in);
        List<WaitingTable> tables = new ArrayList<>();
        for (WorkbookSheets.Sheet sheet : sheets) {
            Optional<TitledBand> band = titledBand(sheet.title());
            if (band.isPresent()) {
                tables.add(WaitingTable.of(fileName, sheet, band.get()));
            }
        }
        checkTables(fileName, tables);
        return new Records(tables);
    }

    /** The weeks band and month a waiting-list table's title names, e.g. "Number waiting >1-2 weeks ..." is 1-2. */
    static Optional<TitledBand> titledBand(String title) {
        Matcher total = TOTAL_TITLE.matcher(title);
        if (total.matches()) {
            return Optional.of(new TitledBand(TOTAL_BAND, total.group("month")));
        }
        Matcher range = RANGE_TITLE.matcher(title);
        if (range.matches()) {
            return Optional.of(new TitledBand(range.group("from") + "-" + range.group("to"), range.group("month")));
        }
        Matcher over = OVER_TITLE.matcher(title);
        if (over.matches()) {
            return Optional.of(new TitledBand(over.group("from") + "+", over.group("month")));
        }
        return Optional.empty();
    }

    private static void checkTables(String fileName, List<WaitingTable> tables) throws FileRejectedException {
        Map<String, String> sheetByBand = new LinkedHashMap<>();
        for (WaitingTable table : tables) {
            String previous =
                    sheetByBand.putIfAbsent(table.band(), table.sheet().name());
            if (previous != null) {
                throw new FileRejectedException(
                        "file.layout",
                        fileName + ": sheets '" + previous + "' and '"
                                + table.sheet().name() + "' both give the waiting list for weeks band " + table.band());
            }
        }
        List<String> expected = new ArrayList<>(List.of(TOTAL_BAND));
        expected.addAll(WEEKS_BANDS);
        if (!sheetByBand.containsKey("52+") && sheetByBand.keySet().containsAll(OVER_A_YEAR_SPLIT)) {
            expected.remove("52+");
            expected.addAll(OVER_A_YEAR_SPLIT);
        }
        List<String> missing =
                expected.stream().filter(band -> !sheetByBand.containsKey(band)).toList();
        if (!missing.isEmpty()) {
            throw new FileRejectedException(
                    "file.layout",
                    fileName + " has no waiting-list table (a sheet titled 'Total waiting list by service, <month>' or"
                            + " 'Number waiting <band> weeks ... by service, <month>') for weeks band"
                            + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        for (WaitingTable table : tables) {
            if (!table.month().equals(tables.get(0).month())) {
                throw new FileRejectedException(
                        "file.layout",
                        fileName + ": sheet '" + table.sheet().name() + "' is for " + table.month() + " but sheet '"
                                + tables.get(0).sheet().name() + "' is for "
                                + tables.get(0).month());
            }
        }
    }

    /** A table's band label and the month its title names, as written (e.g. "October 2023"). */
    record TitledBand(String band, String monthText) {
        TitledBand {
            requireNonNull(band, "band is null");
            requireNonNull(monthText, "monthText is null");
        }
    }

    /** A service column: its index, its age group and the service's name without the "(A)"/"(CYP)" prefix. */
    private record ServiceColumn(int column, String ageGroup, String service) {}

    /** One waiting-list sheet, its band and month, its service columns, and the rows below its header. */
    private record WaitingTable(
            WorkbookSheets.Sheet sheet,
            String band,
            YearMonth month,
            List<ServiceColumn> services,
            List<Integer> rows,
            int typeColumn,
            int codeColumn,
            int nameColumn) {

        static WaitingTable of(String fileName, WorkbookSheets.Sheet sheet, TitledBand titled)
                throws FileRejectedException {
            YearMonth month;
            try {
                month = YearMonth.parse(capitalised(titled.monthText()), MONTH_FORMAT);
            } catch (DateTimeParseException e) {
                throw new FileRejectedException(
                        "file.layout",
                        fileName + ": the title of sheet '" + sheet.name() + "' names the month '" + titled.monthText()
                                + "', which is not a month and year such as 'October 2023'");
            }
            // The header is the first row naming a service; the organisation columns are found by their titles,
            // or, in the editions of early 2023 that have none, are the two columns before the first service.
            int header = -1;
            int firstService = -1;
            for (int row : sheet.rows().keySet()) {
                for (Map.Entry<Integer, String> cell :
                        new java.util.TreeMap<>(sheet.rows().get(row)).entrySet()) {
                    if (SERVICE_HEADER.matcher(cell.getValue().strip()).matches()) {
                        header = row;
                        firstService = cell.getKey();
                        break;
                    }
                }
                if (header >= 0) {
                    break;
                }
            }
            if (header < 0) {
                Optional<Integer> organisations = sheet.findRowStartingWith(HEADER.get(0), 1);
                if (organisations.isPresent()) {
                    for (int column = 0; column <= sheet.lastColumn(organisations.get()); column++) {
                        String label = sheet.text(organisations.get(), column);
                        if (!label.isEmpty() && !HEADER.stream().anyMatch(label::equalsIgnoreCase)) {
                            throw new FileRejectedException(
                                    "file.layout",
                                    fileName + ": sheet '" + sheet.name() + "' service column '" + label
                                            + "' does not start with (A) for adult or (CYP) for children's services");
                        }
                    }
                }
                throw new FileRejectedException(
                        "file.layout",
                        fileName + ": sheet '" + sheet.name() + "' has no header row naming services ('(A) ...',"
                                + " '(C) ...' or '(CYP) ...')");
            }
            int nameColumn = titled(sheet, header, HEADER.get(2)).orElse(firstService - 1);
            int typeColumn = titled(sheet, header, HEADER.get(0)).orElse(nameColumn - 1);
            int codeColumn = titled(sheet, header, HEADER.get(1)).orElse(-1);
            if (typeColumn < 0) {
                throw new FileRejectedException(
                        "file.layout",
                        fileName + ": sheet '" + sheet.name() + "' header row " + header
                                + " leaves no column for the organisation's type and name before the services");
            }
            List<ServiceColumn> services = new ArrayList<>();
            for (int column = firstService; column <= sheet.lastColumn(header); column++) {
                String label = sheet.text(header, column);
                if (label.isEmpty() || column == nameColumn || column == typeColumn || column == codeColumn) {
                    continue;
                }
                Matcher matcher = SERVICE_HEADER.matcher(label);
                if (!matcher.matches()) {
                    throw new FileRejectedException(
                            "file.layout",
                            fileName + ": sheet '" + sheet.name() + "' service column '" + label
                                    + "' does not start with (A) for adult or (CYP) for children's services");
                }
                String ageGroup = matcher.group("group").equals("A") ? "adult" : "children";
                services.add(new ServiceColumn(
                        column, ageGroup, matcher.group("service").strip()));
            }
            if (services.isEmpty()) {
                throw new FileRejectedException(
                        "file.layout", fileName + ": sheet '" + sheet.name() + "' has no service columns");
            }
            List<Integer> rows = sheet.rows().tailMap(header, false).keySet().stream()
                    .filter(row -> !sheet.isBlank(row))
                    .toList();
            return new WaitingTable(
                    sheet, titled.band(), month, List.copyOf(services), rows, typeColumn, codeColumn, nameColumn);
        }

        private static Optional<Integer> titled(WorkbookSheets.Sheet sheet, int header, String title) {
            for (int column = 0; column <= sheet.lastColumn(header); column++) {
                if (sheet.text(header, column).equalsIgnoreCase(title)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }

        private static String capitalised(String text) {
            String lower = text.toLowerCase(Locale.UK);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }

    /** Walks table by table, row by row, service by service, building each record only when asked for it. */
    private static final class Records implements RecordStream {
        private final List<WaitingTable> tables;
        private int tableIndex;
        private int rowIndex;
        private int serviceIndex;
        private String previousType = "";

        Records(List<WaitingTable> tables) {
            this.tables = tables;
        }

        @Override
        public boolean hasNext() {
            while (tableIndex < tables.size()) {
                if (rowIndex < tables.get(tableIndex).rows().size()) {
                    return true;
                }
                tableIndex++;
                rowIndex = 0;
                serviceIndex = 0;
                previousType = "";
            }
            return false;
        }

        @Override
        public RawRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            WaitingTable table = tables.get(tableIndex);
            int row = table.rows().get(rowIndex);
            WorkbookSheets.Sheet sheet = table.sheet();
            String name = sheet.text(row, table.nameColumn());
            String organisationType = sheet.text(row, table.typeColumn());
            if (organisationType.isEmpty()) {
                // Early 2023 editions merge each type's cells down its block of rows, and give England no type.
                organisationType = name.equalsIgnoreCase("England") ? "National" : previousType;
            }
            if (serviceIndex == 0) {
                previousType = organisationType;
            }
            String level = ORGANISATION_LEVELS.get(organisationType.toLowerCase(Locale.UK));
            if (level == null) {
                rowIndex++;
                return RawRecord.broken(
                        row,
                        new Problem(
                                "org_level",
                                "row.org_type",
                                organisationType,
                                "sheet '" + sheet.name() + "' row " + row + " has Organisation Type '"
                                        + organisationType + "', not National, Region, ICB or Provider"));
            }
            ServiceColumn service = table.services().get(serviceIndex);
            serviceIndex++;
            if (serviceIndex == table.services().size()) {
                serviceIndex = 0;
                rowIndex++;
            }
            String code = table.codeColumn() < 0 ? "" : sheet.text(row, table.codeColumn());
            Map<String, String> cells = new HashMap<>();
            cells.put(CommunityWaitingListSource.PERIOD, table.month().atDay(1).toString());
            cells.put(CommunityWaitingListSource.SHEET, sheet.name());
            cells.put(CommunityWaitingListSource.ORG_LEVEL, level);
            cells.put(CommunityWaitingListSource.ORG_CODE, code);
            cells.put(CommunityWaitingListSource.ORG_NAME, name);
            cells.put(CommunityWaitingListSource.ICB_ODS_CODE, level.equals("ICB") ? code : "");
            cells.put(CommunityWaitingListSource.AGE_GROUP, service.ageGroup());
            cells.put(CommunityWaitingListSource.SERVICE, service.service());
            cells.put(CommunityWaitingListSource.WEEKS_BAND, table.band());
            cells.put(CommunityWaitingListSource.WAITING, sheet.text(row, service.column()));
            return RawRecord.of(row, cells);
        }

        @Override
        public List<Problem> fileProblems() {
            boolean anyRows = tables.stream().anyMatch(table -> !table.rows().isEmpty());
            return anyRows
                    ? List.of()
                    : List.of(Problem.ofFile("file.no_data_rows", "the waiting-list tables have no organisation rows"));
        }
    }
}
