package org.sendacc.reference.tool;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a table as CSV in one fixed layout: UTF-8 without byte order mark, LF line ends, a header row, and RFC 4180
 * quotes only around fields that hold a comma, quote or line break.
 *
 * <p>The layout is fixed so that regenerating the committed tables gives byte-identical files and a diff shows only
 * real data changes.
 */
final class CsvTableWriter {

    private CsvTableWriter() {}

    static void write(Path file, List<String> header, List<List<String>> rows) {
        requireNonNull(file, "file is null");
        requireNonNull(header, "header is null");
        requireNonNull(rows, "rows is null");
        StringBuilder text = new StringBuilder();
        appendLine(text, header);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        "row " + row + " has " + row.size() + " fields, header " + header + " has " + header.size());
            }
            appendLine(text, row);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void appendLine(StringBuilder text, List<String> fields) {
        for (int index = 0; index < fields.size(); index++) {
            if (index > 0) {
                text.append(',');
            }
            text.append(quoteIfNeeded(requireNonNull(fields.get(index), "field is null")));
        }
        text.append('\n');
    }

    static String quoteIfNeeded(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        if (!needsQuotes) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
