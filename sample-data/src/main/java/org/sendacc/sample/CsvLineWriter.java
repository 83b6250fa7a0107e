package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one CSV file record by record, with the publisher's byte-order mark and line ending.
 *
 * <p>Files are streamed straight to disk so that memory stays flat however many rows a file has. A field is quoted
 * only when it must be (comma, quote or line break), as DfE and MoJ do. The writer counts the records it wrote, so a
 * caller can say on which line a row landed (line 1 is the header; no field here contains a line break except in the
 * MoJ footnotes, which come last).
 */
final class CsvLineWriter implements Closeable {

    /** CRLF, as DfE's EES files and the MoJ table use. */
    static final String WINDOWS_LINE_END = "\r\n";

    /** LF, as the local return templates allow. */
    static final String UNIX_LINE_END = "\n";

    private static final int BUFFER_CHARACTERS = 1 << 16;

    private final Path path;
    private final Writer writer;
    private final String lineEnd;
    private final StringBuilder line = new StringBuilder(256);
    private long records;

    private CsvLineWriter(Path path, Writer writer, String lineEnd) {
        this.path = path;
        this.writer = writer;
        this.lineEnd = lineEnd;
    }

    /**
     * Opens (creating parent folders, replacing any existing file) a UTF-8 file.
     *
     * @param byteOrderMark whether to start the file with U+FEFF, as DfE does
     */
    static CsvLineWriter open(Path path, boolean byteOrderMark, String lineEnd) {
        requireNonNull(path, "path is null");
        requireNonNull(lineEnd, "lineEnd is null");
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), BUFFER_CHARACTERS);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            return new CsvLineWriter(path, writer, lineEnd);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path, e);
        }
    }

    /** Records written so far, header included; also the line number of the last record written. */
    long records() {
        return records;
    }

    /** Writes one record from its fields, quoting where needed. */
    void write(List<String> fields) {
        requireNonNull(fields, "fields is null");
        line.setLength(0);
        for (int index = 0; index < fields.size(); index++) {
            if (index > 0) {
                line.append(',');
            }
            appendField(line, fields.get(index));
        }
        writeLine(line);
    }

    void write(String... fields) {
        write(List.of(fields));
    }

    /** Writes a record the caller has already joined (fields that never need quoting). */
    void writeLine(CharSequence joinedFields) {
        try {
            writer.append(joinedFields);
            writer.write(lineEnd);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
        records++;
    }

    static void appendField(StringBuilder target, String field) {
        requireNonNull(field, "a CSV field is null");
        if (needsQuotes(field)) {
            target.append('"');
            for (int position = 0; position < field.length(); position++) {
                char character = field.charAt(position);
                if (character == '"') {
                    target.append('"');
                }
                target.append(character);
            }
            target.append('"');
        } else {
            target.append(field);
        }
    }

    private static boolean needsQuotes(String field) {
        for (int position = 0; position < field.length(); position++) {
            char character = field.charAt(position);
            if (character == ',' || character == '"' || character == '\n' || character == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path, e);
        }
    }
}
