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
 * Where the tests find the shared real public files and the project root, and an independent CSV reader for them.
 *
 * <p>The real files are the point of these tests, so a missing folder fails the test instead of skipping it: a skipped
 * test would let broken reference tables pass unnoticed. The reader here is deliberately separate from the tool's, so
 * the tests do not check the tool against itself.
 */
public final class RealData {

    private RealData() {}

    /** The shared real-data folder named by the system property {@code sendacc.realdata}. */
    public static Path folder() {
        return existingFolder("sendacc.realdata");
    }

    /** The project root named by the system property {@code sendacc.root}. */
    public static Path projectRoot() {
        return existingFolder("sendacc.root");
    }

    /** The committed reference tables, sample-data/reference under the project root. */
    public static Path committedTables() {
        return projectRoot().resolve("sample-data").resolve("reference");
    }

    private static Path existingFolder(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            fail("system property " + property + " is not set; run the tests through Maven (Surefire sets it)");
        }
        Path folder = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            fail("folder " + folder + " (system property " + property + ") does not exist");
        }
        return folder;
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
