package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one area's person-level local return (EHC assessment records, health advice requests, therapy referrals)
 * row by row, planting the bad rows the plan gives the area after the data rows it names.
 *
 * <p>The returns differ only in their template's columns, their file style and how each planted row is bad. Where a
 * planted row lands, how its id is drawn and how it is registered are the same for all of them and are kept here, so
 * that the planted register says the same thing about every return. Fields are joined without quoting: no field of
 * these templates can hold a comma, a quote or a line break.
 *
 * @param <T> the data row the template holds, from which a planted row is made
 */
abstract class LocalReturnWriter<T> implements Closeable {

    private final CsvLineWriter writer;
    private final String relativeName;
    private final List<PlantedDefects.PlantedRow> plantedRows;
    private final PlantedDefects register;
    private final PseudonymousIds plantedIds;
    private final StringBuilder line = new StringBuilder(128);
    private int dataRows;
    private int plantedCount;

    /**
     * Opens the file (replacing any existing one) and writes the header.
     *
     * @param relativeName path under the output folder, with forward slashes
     * @param byteOrderMark whether the file starts with U+FEFF
     * @param lineEnd {@link CsvLineWriter#WINDOWS_LINE_END} or {@link CsvLineWriter#UNIX_LINE_END}
     * @param plantedIds the ids of planted rows, a stream apart from the data rows' ids
     */
    LocalReturnWriter(
            Path outputFolder,
            String relativeName,
            boolean byteOrderMark,
            String lineEnd,
            List<String> header,
            List<PlantedDefects.PlantedRow> plantedRows,
            PlantedDefects register,
            PseudonymousIds plantedIds) {
        requireNonNull(outputFolder, "outputFolder is null");
        this.relativeName = requireNonNull(relativeName, "relativeName is null");
        requireNonNull(header, "header is null");
        this.plantedRows = List.copyOf(requireNonNull(plantedRows, "plantedRows is null"));
        this.register = requireNonNull(register, "register is null");
        this.plantedIds = requireNonNull(plantedIds, "plantedIds is null");
        this.writer = CsvLineWriter.open(outputFolder.resolve(relativeName), byteOrderMark, lineEnd);
        writer.write(header);
    }

    /** Writes the fields of a data row, then the rows planted after it, each made from {@code row}. */
    final void writeDataRow(T row, String... fields) {
        writeFields(fields);
        dataRows++;
        for (PlantedDefects.PlantedRow planted : plantedRows) {
            if (planted.afterDataRow() == dataRows) {
                plant(planted.rule(), row);
            }
        }
    }

    /**
     * Writes, with {@link #writePlantedRow}, a bad row breaking {@code rule}, made from the data row before it.
     *
     * @throws IllegalArgumentException if the rule cannot be planted in this return
     */
    abstract void plant(PlantedDefect.Rule rule, T previous);

    /** The id of the next planted row, from the planted rows' own stream, so planting shifts no data row's id. */
    final String nextPlantedId() {
        return plantedIds.token(0, 0, 0, plantedCount++);
    }

    /** Writes a planted row and registers the line it landed on and the value in {@code column} that breaks the rule. */
    final void writePlantedRow(PlantedDefect.Rule rule, String column, String value, String... fields) {
        writeFields(fields);
        register.register(new PlantedDefect(relativeName, writer.records(), column, rule, value));
    }

    private void writeFields(String... fields) {
        line.setLength(0);
        for (int index = 0; index < fields.length; index++) {
            if (index > 0) {
                line.append(',');
            }
            line.append(fields[index]);
        }
        writer.writeLine(line);
    }

    /** Records written, header and planted rows included. */
    final long records() {
        return writer.records();
    }

    final String relativeName() {
        return relativeName;
    }

    @Override
    public final void close() {
        writer.close();
    }
}
