package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small spreadsheet (text and number cells, bold titles, column widths) written straight as Office Open XML.
 *
 * <p>The generator promises byte-identical output for the same arguments and a sample in a few seconds. A general
 * library stamps the time into the package and takes a second to start, so the few parts a workbook needs are
 * written here: content types, relationships, workbook, styles, shared strings (as Excel and NHS England use) and one
 * part per sheet, zipped in a fixed order with a fixed timestamp. POI, Excel and openpyxl read the result.
 */
final class XlsxWorkbook {

    /** Cell styles: plain, bold, bold with wrapped text. */
    enum Style {
        PLAIN,
        BOLD,
        HEADER
    }

    /** One cell: text (number null) or number (text null). */
    private record Cell(String text, Double number, Style style) {}

    /** One sheet: rows of cells by column index, and column widths in characters. */
    static final class Sheet {
        private final String name;
        private final TreeMap<Integer, TreeMap<Integer, Cell>> rows = new TreeMap<>();
        private final TreeMap<Integer, Double> widths = new TreeMap<>();

        private Sheet(String name) {
            this.name = name;
        }

        Sheet text(int row, int column, String value) {
            return text(row, column, value, Style.PLAIN);
        }

        Sheet text(int row, int column, String value, Style style) {
            requireNonNull(value, "value is null");
            cells(row).put(column, new Cell(value, null, requireNonNull(style, "style is null")));
            return this;
        }

        /** A tidy sheet's header: the names in the first row, from the first column. */
        Sheet header(List<String> names) {
            for (int column = 0; column < names.size(); column++) {
                text(0, column, names.get(column));
            }
            return this;
        }

        Sheet number(int row, int column, double value) {
            cells(row).put(column, new Cell(null, value, Style.PLAIN));
            return this;
        }

        Sheet width(int column, double characters) {
            widths.put(column, characters);
            return this;
        }

        private TreeMap<Integer, Cell> cells(int row) {
            if (row < 0) {
                throw new IllegalArgumentException("negative row " + row);
            }
            return rows.computeIfAbsent(row, index -> new TreeMap<>());
        }
    }

    static final long FIXED_ZIP_TIME = 946_684_800_000L;
    private static final String MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIP_NAMESPACE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final List<Sheet> sheets = new ArrayList<>();
    private final String title;
    private final LocalDate created;

    XlsxWorkbook(String title, LocalDate created) {
        this.title = requireNonNull(title, "title is null");
        this.created = requireNonNull(created, "created is null");
    }

    Sheet sheet(String name) {
        Sheet sheet = new Sheet(requireNonNull(name, "name is null"));
        sheets.add(sheet);
        return sheet;
    }

    void write(Path file) {
        requireNonNull(file, "file is null");
        Map<String, Integer> sharedStrings = new LinkedHashMap<>();
        int[] references = new int[1];
        List<String> sheetParts = new ArrayList<>();
        for (Sheet sheet : sheets) {
            sheetParts.add(sheetXml(sheet, sharedStrings, references));
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream stream = Files.newOutputStream(file);
                    ZipOutputStream zip = new ZipOutputStream(stream)) {
                entry(zip, "[Content_Types].xml", contentTypes());
                entry(zip, "_rels/.rels", rootRelationships());
                entry(zip, "docProps/app.xml", appProperties());
                entry(zip, "docProps/core.xml", coreProperties());
                entry(zip, "xl/workbook.xml", workbookXml());
                entry(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
                entry(zip, "xl/styles.xml", stylesXml());
                entry(zip, "xl/sharedStrings.xml", sharedStringsXml(sharedStrings, references[0]));
                for (int index = 0; index < sheetParts.size(); index++) {
                    entry(zip, "xl/worksheets/sheet" + (index + 1) + ".xml", sheetParts.get(index));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_ZIP_TIME);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder(XML_DECLARATION);
        xml.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package")
                .append(".relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats")
                .append("-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (int index = 1; index <= sheets.size(); index++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(index)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml")
                    .append(".worksheet+xml\"/>");
        }
        xml.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats")
                .append("-officedocument.spreadsheetml.styles+xml\"/>")
                .append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats")
                .append("-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                .append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats")
                .append("-package.core-properties+xml\"/>")
                .append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats")
                .append("-officedocument.extended-properties+xml\"/>")
                .append("</Types>");
        return xml.toString();
    }

    private static String rootRelationships() {
        return XML_DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIP_NAMESPACE
                + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships"
                + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + RELATIONSHIP_NAMESPACE
                + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>";
    }

    private static String appProperties() {
        return XML_DECLARATION
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>sendacc sample generator</Application></Properties>";
    }

    private String coreProperties() {
        return XML_DECLARATION
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata"
                + "/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + escape(title) + "</dc:title>"
                + "<dc:creator>sendacc sample generator</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created + "T00:00:00Z</dcterms:created>"
                + "</cp:coreProperties>";
    }

    private String workbookXml() {
        StringBuilder xml = new StringBuilder(XML_DECLARATION);
        xml.append("<workbook xmlns=\"")
                .append(MAIN_NAMESPACE)
                .append("\" xmlns:r=\"")
                .append(RELATIONSHIP_NAMESPACE)
                .append("\"><sheets>");
        for (int index = 1; index <= sheets.size(); index++) {
            xml.append("<sheet name=\"")
                    .append(escape(sheets.get(index - 1).name))
                    .append("\" sheetId=\"")
                    .append(index)
                    .append("\" r:id=\"rId")
                    .append(index)
                    .append("\"/>");
        }
        xml.append("</sheets></workbook>");
        return xml.toString();
    }

    private String workbookRelationships() {
        StringBuilder xml = new StringBuilder(XML_DECLARATION);
        xml.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int index = 1; index <= sheets.size(); index++) {
            xml.append("<Relationship Id=\"rId")
                    .append(index)
                    .append("\" Type=\"")
                    .append(RELATIONSHIP_NAMESPACE)
                    .append("/worksheet\" Target=\"worksheets/sheet")
                    .append(index)
                    .append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId")
                .append(sheets.size() + 1)
                .append("\" Type=\"")
                .append(RELATIONSHIP_NAMESPACE)
                .append("/styles\" Target=\"styles.xml\"/>")
                .append("<Relationship Id=\"rId")
                .append(sheets.size() + 2)
                .append("\" Type=\"")
                .append(RELATIONSHIP_NAMESPACE)
                .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                .append("</Relationships>");
        return xml.toString();
    }

    private static String stylesXml() {
        return XML_DECLARATION
                + "<styleSheet xmlns=\"" + MAIN_NAMESPACE + "\">"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Arial\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Arial\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                + "</cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
                + " applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    private static String sheetXml(Sheet sheet, Map<String, Integer> sharedStrings, int[] references) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION);
        xml.append("<worksheet xmlns=\"").append(MAIN_NAMESPACE).append("\">");
        if (!sheet.widths.isEmpty()) {
            xml.append("<cols>");
            sheet.widths.forEach((column, width) -> xml.append("<col min=\"")
                    .append(column + 1)
                    .append("\" max=\"")
                    .append(column + 1)
                    .append("\" width=\"")
                    .append(width)
                    .append("\" customWidth=\"1\"/>"));
            xml.append("</cols>");
        }
        xml.append("<sheetData>");
        for (Map.Entry<Integer, TreeMap<Integer, Cell>> row : sheet.rows.entrySet()) {
            int rowNumber = row.getKey() + 1;
            xml.append("<row r=\"").append(rowNumber).append("\">");
            for (Map.Entry<Integer, Cell> entry : row.getValue().entrySet()) {
                Cell cell = entry.getValue();
                xml.append("<c r=\"")
                        .append(columnName(entry.getKey()))
                        .append(rowNumber)
                        .append('"');
                if (cell.style() != Style.PLAIN) {
                    xml.append(" s=\"").append(cell.style().ordinal()).append('"');
                }
                if (cell.text() != null) {
                    Integer index = sharedStrings.computeIfAbsent(cell.text(), text -> sharedStrings.size());
                    references[0]++;
                    xml.append(" t=\"s\"><v>").append(index).append("</v></c>");
                } else {
                    xml.append("><v>").append(number(cell.number())).append("</v></c>");
                }
            }
            xml.append("</row>");
        }
        xml.append("</sheetData></worksheet>");
        return xml.toString();
    }

    private static String sharedStringsXml(Map<String, Integer> sharedStrings, int references) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION);
        xml.append("<sst xmlns=\"")
                .append(MAIN_NAMESPACE)
                .append("\" count=\"")
                .append(references)
                .append("\" uniqueCount=\"")
                .append(sharedStrings.size())
                .append("\">");
        for (String text : sharedStrings.keySet()) {
            xml.append("<si><t xml:space=\"preserve\">").append(escape(text)).append("</t></si>");
        }
        xml.append("</sst>");
        return xml.toString();
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** "A" for column 0, "Z" for 25, "AA" for 26. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        int remaining = column + 1;
        while (remaining > 0) {
            int letter = (remaining - 1) % 26;
            name.insert(0, (char) ('A' + letter));
            remaining = (remaining - 1) / 26;
        }
        return name.toString();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int position = 0; position < text.length(); position++) {
            char character = text.charAt(position);
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (character < 0x20 && character != '\n' && character != '\t' && character != '\r') {
                        escaped.append(' ');
                    } else {
                        escaped.append(character);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
