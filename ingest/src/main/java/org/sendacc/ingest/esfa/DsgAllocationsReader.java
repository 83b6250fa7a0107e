package org.sendacc.ingest.esfa;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.WarehouseTables.DsgHighNeeds;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.Problem;
import org.sendacc.rules.read.FileRejectedException;
import org.sendacc.rules.read.RawRecord;
import org.sendacc.rules.read.RecordReader;
import org.sendacc.rules.read.RecordStream;
import org.sendacc.rules.read.WorkbookSheets;

/**
 * Reads ESFA's Dedicated Schools Grant allocation spreadsheets (.ods): a year's allocations file (sheet
 * "Allocations_summary", the year in its title, "2020 to 2021") and DfE's five-year summary (sheets
 * "Allocations_2324" ... "Allocations_1920", the year in the name). Each such sheet has a title row, a row of column
 * titles, a row of letters ([A], [B]...) and a row of formula text, then England, the LAs by DfE's 3-digit number, and
 * below them totals by kind of authority and by region, which are not read.
 *
 * <p>The LA columns have no titles (number, then name). The high needs block is found by its title, never by
 * position: the first column titled "... high needs block ..." is the block before deductions, the second the block
 * after them. A sheet whose titles say "£ million" (the summary's 2019-20) is converted to pounds. A file with no
 * such sheet, or a sheet without exactly two high needs columns, is rejected by name with the reason.
 */
public final class DsgAllocationsReader implements RecordReader {
    private static final Pattern SUMMARY_SHEET = Pattern.compile("(?i)allocations_(\\d{2})(\\d{2})");
    private static final Pattern YEAR_SHEET = Pattern.compile("(?i)allocations_summary");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*(?:to|-)\\s*(\\d{2,4})");
    private static final Pattern LA_NUMBER = Pattern.compile("\\d{3}");
    private static final String ENGLAND = "ENGLAND";

    @Override
    public RecordStream open(String fileName, InputStream in, Contract contract)
            throws IOException, FileRejectedException {
        List<RawRecord> records = new ArrayList<>();
        int sheetsRead = 0;
        for (WorkbookSheets.Sheet sheet : WorkbookSheets.readOds(fileName, in)) {
            String name = sheet.name().strip();
            Matcher summary = SUMMARY_SHEET.matcher(name);
            String edition;
            Optional<Integer> startYear;
            if (summary.matches()) {
                edition = DsgHighNeeds.SUMMARY;
                startYear = Optional.of(2000 + Integer.parseInt(summary.group(1)));
            } else if (YEAR_SHEET.matcher(name).matches()) {
                edition = DsgHighNeeds.ALLOCATIONS;
                startYear = titleYear(sheet);
            } else {
                continue;
            }
            if (startYear.isEmpty()) {
                throw new FileRejectedException(
                        "file.layout",
                        fileName + ": sheet '" + name + "' does not say which financial year it allocates");
            }
            records.addAll(read(fileName, sheet, edition, startYear.get()));
            sheetsRead++;
        }
        if (sheetsRead == 0) {
            throw new FileRejectedException(
                    "file.layout",
                    fileName + " has no DSG allocations sheet ('Allocations_summary' or 'Allocations_YYYY')");
        }
        return RecordStream.of(records, List.of());
    }

    private static Optional<Integer> titleYear(WorkbookSheets.Sheet sheet) {
        Matcher matcher = TITLE_YEAR.matcher(sheet.title());
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private static List<RawRecord> read(String fileName, WorkbookSheets.Sheet sheet, String edition, int startYear)
            throws FileRejectedException {
        // The column titles: the first row with a cell mentioning the high needs block.
        Integer header = null;
        List<Integer> highNeeds = new ArrayList<>();
        for (int row : sheet.rows().keySet()) {
            List<Integer> columns = new ArrayList<>();
            for (Map.Entry<Integer, String> cell : sheet.rows().get(row).entrySet()) {
                if (normalised(cell.getValue()).contains("high needs block")) {
                    columns.add(cell.getKey());
                }
            }
            if (!columns.isEmpty()) {
                header = row;
                highNeeds = columns;
                break;
            }
        }
        if (header == null || highNeeds.size() != 2) {
            throw new FileRejectedException(
                    "file.layout",
                    fileName + ": sheet '" + sheet.name() + "' should have two columns titled '... high needs block"
                            + " ...' (before and after deductions), found " + highNeeds.size());
        }
        int before = Math.min(highNeeds.get(0), highNeeds.get(1));
        int after = Math.max(highNeeds.get(0), highNeeds.get(1));
        boolean millions = normalised(sheet.text(header, before)).contains("£ million");
        String financialYear = startYear + "-" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
        List<RawRecord> records = new ArrayList<>();
        for (int row : sheet.rows().tailMap(header, false).keySet()) {
            String first = sheet.text(row, 0);
            boolean england = first.equalsIgnoreCase(ENGLAND);
            String number = first.replaceFirst("\\.0+$", "");
            if (!england && !LA_NUMBER.matcher(number).matches()) {
                continue; // letters, formula text, blank rows, totals by kind of authority and region
            }
            Map<String, String> cells = new HashMap<>();
            cells.put(DsgHighNeeds.FINANCIAL_YEAR, financialYear);
            cells.put(DsgHighNeeds.EDITION, edition);
            cells.put(DsgHighNeeds.LA_NUMBER, england ? "" : number);
            cells.put(DsgHighNeeds.LA_NAME, england ? "England" : sheet.text(row, 1));
            cells.put(DsgHighNeeds.PUBLISHED_UNIT, millions ? "£ million" : "£");
            try {
                cells.put(DsgHighNeeds.HIGH_NEEDS_BLOCK, pounds(sheet.text(row, before), millions));
                cells.put(DsgHighNeeds.HIGH_NEEDS_BLOCK_AFTER_DEDUCTIONS, pounds(sheet.text(row, after), millions));
            } catch (NumberFormatException e) {
                records.add(RawRecord.broken(
                        row,
                        new Problem(
                                DsgHighNeeds.HIGH_NEEDS_BLOCK,
                                "row.not_a_number",
                                sheet.text(row, before) + " / " + sheet.text(row, after),
                                "sheet '" + sheet.name() + "': the high needs block is not a number")));
                continue;
            }
            records.add(RawRecord.of(row, cells));
        }
        return records;
    }

    /** The amount in pounds, from pounds or millions (a text number with thousands separators is read too). */
    private static String pounds(String text, boolean millions) {
        if (text.isBlank()) {
            return "";
        }
        BigDecimal amount = new BigDecimal(text.replace(",", "").strip());
        return (millions ? amount.movePointRight(6) : amount).toPlainString();
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.UK);
    }
}
