package org.sendacc.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code groups/comparison_groups.csv}: the default named comparison groups, DfE's SEND programmes (the SEND
 * and AP Change Programme, complete; Safety Valve and Delivering Better Value, partial), in the groups layout the
 * ingest reads. Real names and codes, not synthetic: the list is derived from the transcribed programme list by the
 * same name matching the ingest applies to it, and a test holds the two to each other (docs/warehouse.md
 * "Comparison groups").
 */
final class ComparisonGroupsTable {
    static final String FILE = "groups/comparison_groups.csv";
    static final String RESOURCE = "comparison_groups.csv";

    private ComparisonGroupsTable() {}

    static long write(Path outputFolder) {
        Path file = outputFolder.resolve(FILE);
        try (InputStream in = ComparisonGroupsTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default comparison groups are missing from the classpath");
            }
            Files.createDirectories(file.getParent());
            Files.write(file, in.readAllBytes());
            try (var lines = Files.lines(file)) {
                return lines.count() - 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
