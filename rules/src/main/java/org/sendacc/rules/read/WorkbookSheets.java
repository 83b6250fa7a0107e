package org.sendacc.rules.read;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The cell text of every sheet of a published .xlsx workbook, read with POI's streaming (SAX) API rather than
 * {@code XSSFWorkbook}. Published workbooks are often damaged in ways Excel shrugs off: NHS England's community
 * health workbook points every sheet at drawings that are not in the file, which {@code XSSFWorkbook} reports as
 * errors on every open. The streaming API reads only the sheets' cells, so it neither trips over nor logs such
 * parts. Numbers come back as plain decimals ({@code 20380}, not the {@code 20,380} the cell style shows), so the
 * contract sees the value, not its formatting.
 *
 * <p>Readers in other packages (the DfE statistical neighbours workbook) use it too; it belongs in the framework's
 * {@code read} package, where it would be moved.
 */
public final class WorkbookSheets {
    /** What a reader gets when POI cannot open the file at all. */
    public static final String UNREADABLE = "file.unreadable";

    private WorkbookSheets() {}

    /**
     * Reads every sheet of the workbook, in workbook order. A file POI cannot open as a workbook is rejected with
     * rule {@link #UNREADABLE}; failing to read the stream itself is an {@link IOException}.
     */
    public static List<Sheet> read(String fileName, InputStream in) throws IOException, FileRejectedException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) {
            throw new FileRejectedException("file.empty", fileName + " is empty");
        }
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            return readSheets(workbook, false);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // The bytes are already in memory, so every failure here is the file's format, not the input stream.
            // POI reports a damaged or non-OOXML file with a range of unchecked exceptions (NotOfficeXmlFileException,
            // POIXMLException, RecordFormatException...), hence RuntimeException; the try holds only POI calls.
            throw new FileRejectedException(
                    UNREADABLE, fileName + " cannot be read as an Excel (.xlsx) workbook: " + describe(e));
        }
    }

    /**
     * Reads the sheets of a workbook that a person filled in (a local return sent as .xlsx): as {@link #read}, but a
     * cell whose number is formatted as a date is written as an ISO date ({@code 2025-07-15}), as the template asks
     * (Excel keeps dates as day numbers), and a cell that holds a formula is written as {@code =} and the formula,
     * never its cached result: a return must hold values, and the reader's rules refuse what a spreadsheet would run.
     */
    public static List<Sheet> readValues(String fileName, InputStream in) throws IOException, FileRejectedException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) {
            throw new FileRejectedException("file.empty", fileName + " is empty");
        }
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            return readSheets(workbook, true);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new FileRejectedException(
                    UNREADABLE, fileName + " cannot be read as an Excel (.xlsx) workbook: " + describe(e));
        }
    }

    /**
     * Reads every sheet of a legacy Excel 97-2003 (.xls, BIFF) workbook, as ONS still publishes some tables, into the
     * same shape: numbers as plain decimals ({@code 675477}, not the {@code 675477.0} the file stores), text as
     * written, formulas as their cached results. A file POI cannot open as one is rejected with rule {@link
     * #UNREADABLE}.
     */
    public static List<Sheet> readLegacy(String fileName, InputStream in) throws IOException, FileRejectedException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) {
            throw new FileRejectedException("file.empty", fileName + " is empty");
        }
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook =
                new org.apache.poi.hssf.usermodel.HSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                NavigableMap<Integer, Map<Integer, String>> rows = new TreeMap<>();
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        String text = legacyText(cell);
                        if (!text.isEmpty()) {
                            rows.computeIfAbsent(row.getRowNum() + 1, ignored -> new TreeMap<>())
                                    .put(cell.getColumnIndex(), text);
                        }
                    }
                }
                sheets.add(new Sheet(sheet.getSheetName(), rows));
            }
            return List.copyOf(sheets);
        } catch (IOException | RuntimeException e) {
            // As above: the bytes are in memory, so a failure here is the file's format.
            throw new FileRejectedException(
                    UNREADABLE, fileName + " cannot be read as an Excel 97-2003 (.xls) workbook: " + describe(e));
        }
    }

    /**
     * Reads every sheet of an OpenDocument spreadsheet (.ods), as ESFA and Ofsted publish, with SODS into the same
     * shape: numbers as plain decimals, dates as ISO dates, text as written. A file SODS cannot open as one is
     * rejected with rule {@link #UNREADABLE}.
     */
    public static List<Sheet> readOds(String fileName, InputStream in) throws IOException, FileRejectedException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) {
            throw new FileRejectedException("file.empty", fileName + " is empty");
        }
        try {
            com.github.miachm.sods.SpreadSheet spreadsheet =
                    new com.github.miachm.sods.SpreadSheet(new ByteArrayInputStream(withMimetype(fileName, bytes)));
            List<Sheet> sheets = new ArrayList<>();
            for (com.github.miachm.sods.Sheet sheet : spreadsheet.getSheets()) {
                NavigableMap<Integer, Map<Integer, String>> rows = new TreeMap<>();
                if (sheet.getMaxRows() > 0 && sheet.getMaxColumns() > 0) {
                    Object[][] values = sheet.getDataRange().getValues();
                    for (int row = 0; row < values.length; row++) {
                        for (int column = 0; column < values[row].length; column++) {
                            String text = odsText(values[row][column]);
                            if (!text.isEmpty()) {
                                rows.computeIfAbsent(row + 1, ignored -> new TreeMap<>())
                                        .put(column, text);
                            }
                        }
                    }
                }
                sheets.add(new Sheet(sheet.getName(), rows));
            }
            return List.copyOf(sheets);
        } catch (IOException | RuntimeException e) {
            throw new FileRejectedException(
                    UNREADABLE, fileName + " cannot be read as an OpenDocument (.ods) spreadsheet: " + describe(e));
        }
    }

    private static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

    /**
     * How far an OpenDocument package may inflate: 100-fold its size, as POI allows an Excel package (its
     * {@code ZipSecureFile} minimum inflate ratio of 0.01), plus 16 MB for small files of very regular XML.
     */
    static final long ODS_INFLATION = 100;

    private static final long ODS_INFLATION_ALLOWANCE = 16L << 20;

    /**
     * The package with a {@code mimetype} entry first. ODF requires one; ESFA's DSG allocation files have none, which
     * LibreOffice and Excel shrug off but SODS refuses. So one is added, in memory; the sheets are untouched. Before
     * SODS sees it, the package is checked: a zip holding {@code content.xml}, inflating no more than
     * {@link #ODS_INFLATION}-fold (a zip bomb is refused before it is inflated whole).
     */
    private static byte[] withMimetype(String fileName, byte[] bytes) throws IOException, FileRejectedException {
        boolean hasMimetype = false;
        boolean content = false;
        long limit = bytes.length * ODS_INFLATION + ODS_INFLATION_ALLOWANCE;
        long inflated = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                hasMimetype |= entry.getName().equals("mimetype");
                content |= entry.getName().equals("content.xml");
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    inflated += read;
                    if (inflated > limit) {
                        throw new FileRejectedException(
                                UNREADABLE,
                                fileName + " cannot be read as an OpenDocument (.ods) spreadsheet: it inflates more"
                                        + " than " + ODS_INFLATION + "-fold (a zip bomb?)");
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            content = false;
        }
        if (!content) {
            throw new FileRejectedException(
                    UNREADABLE,
                    fileName + " cannot be read as an OpenDocument (.ods) spreadsheet: it is not a zip package"
                            + " holding content.xml");
        }
        if (hasMimetype) {
            return bytes;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length + 256);
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes));
                java.util.zip.ZipOutputStream rezipped = new java.util.zip.ZipOutputStream(out)) {
            byte[] mimetype = ODS_MIMETYPE.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry first = new java.util.zip.ZipEntry("mimetype");
            first.setMethod(java.util.zip.ZipEntry.STORED);
            first.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            rezipped.putNextEntry(first);
            rezipped.write(mimetype);
            rezipped.closeEntry();
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                rezipped.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.transferTo(rezipped);
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String odsText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return new BigDecimal(Double.toString(number.doubleValue()))
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (value instanceof com.github.miachm.sods.OfficeCurrency currency) {
            return odsText(currency.getValue());
        }
        if (value instanceof com.github.miachm.sods.OfficePercentage percentage) {
            return odsText(percentage.getValue());
        }
        if (value instanceof java.time.LocalDateTime dateTime
                && dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return dateTime.toLocalDate().toString(); // a date cell
        }
        return value.toString();
    }

    private static String legacyText(org.apache.poi.ss.usermodel.Cell cell) {
        org.apache.poi.ss.usermodel.CellType type = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                new BigDecimal(Double.toString(cell.getNumericCellValue()))
                        .stripTrailingZeros()
                        .toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String describe(Exception e) {
        // POI's zip bomb guard (ZipSecureFile: an entry inflating more than 100 times) says so, with advice for
        // developers; a sender needs only the reason
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb detected")) {
                return "its contents would expand to more than 100 times their compressed size, as a zip bomb's do";
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static List<Sheet> readSheets(OPCPackage workbook, boolean values)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
        StylesTable styles = reader.getStylesTable();
        List<Sheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (iterator.hasNext()) {
            try (InputStream sheetXml = iterator.next()) {
                CellCollector cells = new CellCollector();
                XMLReader parser = XMLHelper.newXMLReader();
                DataFormatter formatter = values ? new IsoDateFormatter() : new PlainNumberFormatter();
                if (values) {
                    // Formulas: the handler gives a formula cell's text instead of its result, and the filter marks
                    // which cells hold one (the handler itself cannot say).
                    FormulaCells formulas = new FormulaCells(parser, cells);
                    formulas.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, cells, formatter, true));
                    formulas.parse(new InputSource(sheetXml));
                } else {
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, cells, formatter, false));
                    parser.parse(new InputSource(sheetXml));
                }
                sheets.add(new Sheet(iterator.getSheetName(), cells.rows));
            }
        }
        return List.copyOf(sheets);
    }

    /** Watches the sheet's XML for formula elements, and tells the collector which cell holds the next one. */
    private static final class FormulaCells extends XMLFilterImpl {
        private final CellCollector cells;
        private String cell;
        private boolean formula;

        FormulaCells(XMLReader parent, CellCollector cells) {
            super(parent);
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                cell = attributes.getValue("r");
                formula = false;
            } else if ("f".equals(localName) && cell != null) {
                cells.formulaAt(cell);
                formula = true;
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            // a formula with no cached result (a file no spreadsheet has calculated) gets no value from the handler:
            // it is still a formula, not an empty cell
            if ("c".equals(localName) && formula) {
                cells.formulaWithoutValue(cell);
            }
        }
    }

    /** One sheet's non-empty cells, by the row number Excel shows (1-based) and the column index (0 = A). */
    public record Sheet(String name, NavigableMap<Integer, Map<Integer, String>> rows) {
        public Sheet {
            requireNonNull(name, "name is null");
            rows = Collections.unmodifiableNavigableMap(new TreeMap<>(requireNonNull(rows, "rows is null")));
        }

        /** The cell's text, trimmed; empty when the cell is blank or absent. */
        public String text(int row, int column) {
            Map<Integer, String> cells = rows.get(row);
            String value = cells == null ? null : cells.get(column);
            return value == null ? "" : value.strip();
        }

        /** True when every cell of the row is blank. */
        public boolean isBlank(int row) {
            Map<Integer, String> cells = rows.get(row);
            return cells == null || cells.values().stream().allMatch(String::isBlank);
        }

        /** The last column index holding a cell in this row, or -1 for a blank row. */
        public int lastColumn(int row) {
            Map<Integer, String> cells = rows.get(row);
            return cells == null || cells.isEmpty() ? -1 : Collections.max(cells.keySet());
        }

        /** The first row (1-based) at or after {@code from} whose first non-blank cell's text is {@code text}. */
        public Optional<Integer> findRowStartingWith(String text, int from) {
            for (int row : rows.tailMap(from, true).keySet()) {
                int first = firstNonBlankColumn(row);
                if (first >= 0 && text(row, first).equalsIgnoreCase(text)) {
                    return Optional.of(row);
                }
            }
            return Optional.empty();
        }

        /** The text of the sheet's first non-blank cell (its title, in a publication), or empty. */
        public String title() {
            for (int row : rows.keySet()) {
                int first = firstNonBlankColumn(row);
                if (first >= 0) {
                    return text(row, first);
                }
            }
            return "";
        }

        private int firstNonBlankColumn(int row) {
            Map<Integer, String> cells = rows.get(row);
            if (cells == null) {
                return -1;
            }
            for (Map.Entry<Integer, String> cell : new TreeMap<>(cells).entrySet()) {
                if (!cell.getValue().isBlank()) {
                    return cell.getKey();
                }
            }
            return -1;
        }
    }

    /** Collects cells as the SAX handler reports them. */
    private static final class CellCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final NavigableMap<Integer, Map<Integer, String>> rows = new TreeMap<>();
        private final Set<String> formulas = new HashSet<>();
        private int currentRow;
        private int previousColumn;

        void formulaAt(String reference) {
            formulas.add(reference);
        }

        void formulaWithoutValue(String reference) {
            CellReference cell = new CellReference(reference);
            rows.computeIfAbsent(cell.getRow() + 1, ignored -> new TreeMap<>()).putIfAbsent((int) cell.getCol(), "=");
        }

        @Override
        public void startRow(int rowIndex) {
            currentRow = rowIndex + 1;
            previousColumn = -1;
        }

        @Override
        public void endRow(int rowIndex) {
            // nothing to finish: cells are stored as they arrive
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? previousColumn + 1 : new CellReference(reference).getCol();
            previousColumn = column;
            String value = reference != null && formulas.contains(reference) ? "=" + formattedValue : formattedValue;
            if (value != null && !value.isEmpty()) {
                rows.computeIfAbsent(currentRow, ignored -> new TreeMap<>()).put(column, value);
            }
        }
    }

    /** Writes a number formatted as a date as an ISO date, and every other number as a plain decimal. */
    private static final class IsoDateFormatter extends DataFormatter {
        private final PlainNumberFormatter plain = new PlainNumberFormatter();

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return plain.formatRawCellContents(value, formatIndex, formatString);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            return formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Writes every number as a plain decimal, whatever the cell's display format (thousands separators, dates). */
    private static final class PlainNumberFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            return formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
