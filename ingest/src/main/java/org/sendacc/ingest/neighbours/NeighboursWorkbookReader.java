package org.sendacc.ingest.neighbours;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Reads DfE's statistical neighbours workbook (sheet "LA SN Groups") into one record per LA and neighbour rank.
 *
 * <p>Two rows of column letters and numbers sit above the real header ("LA num, LA Name, LA number, GOInd, GOReg,
 * SN1, SNP, SN2, SNP, ..."). The reader finds the header by its first cell and addresses each neighbour by position
 * after SN1, checking that the header says SNk then SNP there, because the closeness header "SNP" repeats and cannot
 * name a column. Below the current LAs' groups, an "Old SNs:" label introduces the groups of LAs abolished before
 * the edition (Dorset 835, Poole, Bournemouth, Northamptonshire, Cumbria); none of their numbers is in use in the
 * edition's month, so the reader stops at that label. The edition's month is not in the sheet: it comes from the
 * file name (sn_may_2025.xlsx is May 2025), and a file name without a month and year is rejected.
 */
public final class NeighboursWorkbookReader implements RecordReader {
    static final int NEIGHBOURS = 10;

    private static final String NUMBER_HEADER = "LA num";
    private static final String NAME_HEADER = "LA Name";
    private static final String SECOND_NUMBER_HEADER = "LA number";
    private static final String CLOSENESS_HEADER = "SNP";
    private static final String OLD_GROUPS_LABEL = "old sns";
    private static final Pattern EDITION = Pattern.compile(
            "(?i)(?<![a-z])(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[_ -]*(?<year>\\d{4})");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        YearMonth edition = edition(fileName)
                .orElseThrow(() -> new FileRejectedException(
                        "file.no_edition",
                        fileName + " does not say which month's edition it is: name it like sn_may_2025.xlsx"));
        List<WorkbookSheets.Sheet> sheets = WorkbookSheets.read(fileName, in);
        for (WorkbookSheets.Sheet sheet : sheets) {
            Optional<Integer> header = sheet.findRowStartingWith(NUMBER_HEADER, 1);
            if (header.isPresent()) {
                return RecordStream.of(records(fileName, sheet, header.get(), edition), List.of());
            }
        }
        throw new FileRejectedException(
                "file.layout", fileName + " has no sheet with a header row starting '" + NUMBER_HEADER + "'");
    }

    /** The edition's month, from a file name such as sn_may_2025.xlsx. */
    static Optional<YearMonth> edition(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        Matcher matcher = EDITION.matcher(name);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(matcher.group("month").toLowerCase(Locale.UK)) + 1;
        return Optional.of(YearMonth.of(Integer.parseInt(matcher.group("year")), month));
    }

    private static List<RawRecord> records(String fileName, WorkbookSheets.Sheet sheet, int header, YearMonth edition)
            throws FileRejectedException {
        int numberColumn = column(fileName, sheet, header, NUMBER_HEADER);
        int nameColumn = column(fileName, sheet, header, NAME_HEADER);
        int secondNumberColumn = column(fileName, sheet, header, SECOND_NUMBER_HEADER);
        int firstNeighbourColumn = column(fileName, sheet, header, "SN1");
        for (int rank = 1; rank <= NEIGHBOURS; rank++) {
            int neighbourColumn = neighbourColumn(firstNeighbourColumn, rank);
            expectHeader(fileName, sheet, header, neighbourColumn, "SN" + rank);
            expectHeader(fileName, sheet, header, neighbourColumn + 1, CLOSENESS_HEADER);
        }
        List<RawRecord> records = new ArrayList<>();
        for (int row : sheet.rows().tailMap(header, false).keySet()) {
            if (sheet.isBlank(row)) {
                continue;
            }
            if (startsOldGroups(sheet, row)) {
                break;
            }
            String number = sheet.text(row, numberColumn);
            String secondNumber = sheet.text(row, secondNumberColumn);
            if (!number.equals(secondNumber)) {
                records.add(RawRecord.broken(
                        row,
                        new Problem(
                                StatisticalNeighboursSource.OLD_LA_CODE,
                                "row.numbers_disagree",
                                number,
                                "'" + NUMBER_HEADER + "' is " + number + " but '" + SECOND_NUMBER_HEADER + "' is "
                                        + secondNumber)));
                continue;
            }
            for (int rank = 1; rank <= NEIGHBOURS; rank++) {
                int neighbourColumn = neighbourColumn(firstNeighbourColumn, rank);
                Map<String, String> cells = new HashMap<>();
                cells.put(StatisticalNeighboursSource.EDITION, edition.atDay(1).toString());
                cells.put(StatisticalNeighboursSource.OLD_LA_CODE, number);
                cells.put(StatisticalNeighboursSource.LA_NAME, sheet.text(row, nameColumn));
                cells.put(StatisticalNeighboursSource.RANK, Integer.toString(rank));
                cells.put(StatisticalNeighboursSource.NEIGHBOUR_OLD_LA_CODE, sheet.text(row, neighbourColumn));
                cells.put(StatisticalNeighboursSource.CLOSENESS, sheet.text(row, neighbourColumn + 1));
                records.add(RawRecord.of(row, cells));
            }
        }
        return records;
    }

    private static int neighbourColumn(int firstNeighbourColumn, int rank) {
        return firstNeighbourColumn + 2 * (rank - 1);
    }

    private static boolean startsOldGroups(WorkbookSheets.Sheet sheet, int row) {
        return sheet.rows().get(row).values().stream()
                .anyMatch(text -> text.strip().toLowerCase(Locale.UK).startsWith(OLD_GROUPS_LABEL));
    }

    private static int column(String fileName, WorkbookSheets.Sheet sheet, int header, String name)
            throws FileRejectedException {
        for (int column = 0; column <= sheet.lastColumn(header); column++) {
            if (sheet.text(header, column).equalsIgnoreCase(name)) {
                return column;
            }
        }
        throw new FileRejectedException(
                "file.layout",
                fileName + ": sheet '" + sheet.name() + "' header row " + header + " has no column '" + name + "'");
    }

    private static void expectHeader(String fileName, WorkbookSheets.Sheet sheet, int header, int column, String name)
            throws FileRejectedException {
        if (!sheet.text(header, column).equalsIgnoreCase(name)) {
            throw new FileRejectedException(
                    "file.layout",
                    fileName + ": sheet '" + sheet.name() + "' header row " + header + " has '"
                            + sheet.text(header, column) + "' in column " + (column + 1) + " where '" + name
                            + "' should be");
        }
    }
}
