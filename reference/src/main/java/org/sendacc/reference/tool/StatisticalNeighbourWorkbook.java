package org.sendacc.reference.tool;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads DfE's statistical neighbours workbook (sn_may_2025.xlsx, sheet "LA SN Groups").
 *
 * <p>The sheet is laid out for people: two rows of column letters and numbers sit above the real header, the
 * closeness column "SNP" repeats after every neighbour, and below the 153 current LAs a blank row and an "Old SNs:"
 * label introduce the groups of abolished LAs. The reader finds the header by its first cell, finds each SNk column
 * by name, and stops at the first blank row so that only the current groups are read.
 */
final class StatisticalNeighbourWorkbook {

    static final String SHEET = "LA SN Groups";
    static final int NEIGHBOURS_PER_LA = 10;

    private static final String NUMBER_HEADER = "LA num";
    private static final String SECOND_NUMBER_HEADER = "LA number";
    private static final String NAME_HEADER = "LA Name";
    private static final String CLOSENESS_HEADER = "SNP";

    /** One neighbour: DfE 3-digit LA number and closeness band. */
    record Neighbour(String laNumber, String closeness) {
        Neighbour {
            requireNonNull(laNumber, "laNumber is null");
            requireNonNull(closeness, "closeness is null");
        }
    }

    /** One LA's group as written in the sheet. */
    record Group(int sheetRow, String laNumber, String laName, List<Neighbour> neighbours) {
        Group {
            requireNonNull(laNumber, "laNumber is null");
            requireNonNull(laName, "laName is null");
            neighbours = List.copyOf(neighbours);
        }
    }

    private StatisticalNeighbourWorkbook() {}

    /** The groups of the current LAs, in sheet order. */
    static List<Group> read(Path workbookFile) {
        requireNonNull(workbookFile, "workbookFile is null");
        if (!Files.isRegularFile(workbookFile)) {
            throw new IllegalArgumentException("statistical neighbours workbook " + workbookFile + " does not exist");
        }
        try (Workbook workbook = WorkbookFactory.create(workbookFile.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                throw new IllegalArgumentException(workbookFile + " has no sheet '" + SHEET + "'");
            }
            return readGroups(sheet, workbookFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + workbookFile, e);
        }
    }

    private static List<Group> readGroups(Sheet sheet, Path workbookFile) {
        Row header = findHeader(sheet, workbookFile);
        int numberColumn = column(header, NUMBER_HEADER, workbookFile);
        int secondNumberColumn = column(header, SECOND_NUMBER_HEADER, workbookFile);
        int nameColumn = column(header, NAME_HEADER, workbookFile);
        List<Integer> neighbourColumns = new ArrayList<>();
        for (int rank = 1; rank <= NEIGHBOURS_PER_LA; rank++) {
            int neighbourColumn = column(header, "SN" + rank, workbookFile);
            if (!text(header.getCell(neighbourColumn + 1)).equals(CLOSENESS_HEADER)) {
                throw new IllegalArgumentException(workbookFile + ": column after SN" + rank + " is not "
                        + CLOSENESS_HEADER + " in the header row " + (header.getRowNum() + 1));
            }
            neighbourColumns.add(neighbourColumn);
        }
        List<Group> groups = new ArrayList<>();
        for (int rowIndex = header.getRowNum() + 1; rowIndex <= sheet.getLastRowNum(); rowIndex++) {
            Row row = sheet.getRow(rowIndex);
            String number = row == null ? "" : text(row.getCell(numberColumn));
            if (number.isEmpty()) {
                break;
            }
            int sheetRow = rowIndex + 1;
            if (!number.equals(text(row.getCell(secondNumberColumn)))) {
                throw new IllegalArgumentException(workbookFile + " row " + sheetRow + ": '" + NUMBER_HEADER + "' and '"
                        + SECOND_NUMBER_HEADER + "' disagree");
            }
            List<Neighbour> neighbours = new ArrayList<>();
            for (int neighbourColumn : neighbourColumns) {
                String neighbourNumber = text(row.getCell(neighbourColumn));
                String closeness = text(row.getCell(neighbourColumn + 1));
                if (neighbourNumber.isEmpty() || closeness.isEmpty()) {
                    throw new IllegalArgumentException(
                            workbookFile + " row " + sheetRow + " has a blank neighbour in column " + neighbourColumn);
                }
                neighbours.add(new Neighbour(neighbourNumber, closeness));
            }
            groups.add(new Group(sheetRow, number, text(row.getCell(nameColumn)), neighbours));
        }
        return List.copyOf(groups);
    }

    private static Row findHeader(Sheet sheet, Path workbookFile) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (text(cell).equals(NUMBER_HEADER)) {
                    return row;
                }
            }
        }
        throw new IllegalArgumentException(
                workbookFile + ": sheet '" + SHEET + "' has no header row with '" + NUMBER_HEADER + "'");
    }

    private static int column(Row header, String name, Path workbookFile) {
        for (Cell cell : header) {
            if (text(cell).equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException(
                workbookFile + ": header row " + (header.getRowNum() + 1) + " has no column '" + name + "'");
    }

    /** The cell as text: whole numbers without a decimal point, strings trimmed, blanks empty. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().trim();
            case NUMERIC -> wholeNumber(cell);
            case BLANK -> "";
            default -> throw new IllegalArgumentException("cell " + cell.getAddress() + " has unexpected type " + type);
        };
    }

    private static String wholeNumber(Cell cell) {
        double value = cell.getNumericCellValue();
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(
                    "cell " + cell.getAddress() + " holds " + value + ", not a whole number");
        }
        return Long.toString((long) value);
    }
}
