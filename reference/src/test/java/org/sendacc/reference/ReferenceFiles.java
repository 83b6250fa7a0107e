package org.sendacc.reference;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The committed reference tables, and an independent CSV reader for them and for the real public files (found with
 * {@link org.sendacc.testing.RealData}). The reader is deliberately separate from the tool's, so the tests do not check
 * the tool against itself.
 */
public final class ReferenceFiles {

    private ReferenceFiles() {}

    /** The committed reference tables, sample-data/reference under the project root. */
    public static Path committedTables() {
        return org.sendacc.testing.RealData.projectRoot().resolve("sample-data").resolve("reference");
    }

    /** Every row of a CSV file keyed by column name, with any UTF-8 byte order mark removed from the header. */
    public static List<Map<String, String>> rows(Path file) {
        if (!Files.isRegularFile(file)) {
            fail("real file " + file + " does not exist");
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    rows.add(record.toMap());
                }
                return rows;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
