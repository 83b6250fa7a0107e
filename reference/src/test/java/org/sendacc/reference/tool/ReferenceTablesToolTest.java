package org.sendacc.reference.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.reference.ReferenceFiles;
import org.sendacc.reference.ReferenceTable;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * Regenerating the reference tables from the real public files gives exactly the committed tables, so the committed
 * files are reproducible and nobody has edited them by hand.
 */
@Tag(Tiers.REAL_DATA)
class ReferenceTablesToolTest {

    @TempDir
    static Path generated;

    private static int status;
    private static String printed;
    private static String warned;

    @BeforeAll
    static void regenerate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        status = ReferenceTablesTool.run(
                new String[] {"--realdata", RealData.root().toString(), "--out", generated.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
        warned = err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void regenerationSucceeds() {
        assertThat(warned).isEmpty();
        assertThat(status).isZero();
    }

    @Test
    void regeneratedTablesAreByteIdenticalToTheCommittedOnes() throws IOException {
        for (ReferenceTable table : ReferenceTable.values()) {
            Path committed = ReferenceFiles.committedTables().resolve(table.fileName());
            assertThat(Files.mismatch(generated.resolve(table.fileName()), committed))
                    .as("first differing byte of %s (-1 = identical)", committed)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void committedFolderHoldsExactlyTheGeneratedCsvFiles() throws IOException {
        try (Stream<Path> files = Files.list(ReferenceFiles.committedTables())) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".csv")))
                    .containsExactlyInAnyOrderElementsOf(Stream.of(ReferenceTable.values())
                            .map(ReferenceTable::fileName)
                            .toList());
        }
    }

    @Test
    void printsOneLinePerTableWithItsRowCount() {
        assertThat(printed.lines())
                .containsExactly(
                        "local_authorities.csv: 158 rows",
                        "la_code_changes.csv: 15 rows",
                        "icbs.csv: 42 rows",
                        "sub_icb_locations.csv: 106 rows",
                        "la_icb_membership.csv: 166 rows",
                        "statistical_neighbours.csv: 1530 rows",
                        "population_0_25.csv: 153 rows");
    }

    @Test
    void writesUtf8WithoutByteOrderMarkAndWithLfLineEnds() throws IOException {
        for (ReferenceTable table : ReferenceTable.values()) {
            byte[] bytes = Files.readAllBytes(generated.resolve(table.fileName()));
            assertThat(bytes[0]).as(table.fileName()).isNotEqualTo((byte) 0xEF);
            assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .as(table.fileName())
                    .doesNotContain("\r")
                    .startsWith(String.join(",", table.header()) + "\n")
                    .endsWith("\n");
        }
    }

    @Test
    void explainsItselfOnHelpWithoutWritingAnything() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exitStatus = ReferenceTablesTool.run(
                new String[] {"--help"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exitStatus).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: ReferenceTablesTool");
    }

    @Test
    void rejectsAnUnknownArgument() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitStatus = ReferenceTablesTool.run(
                new String[] {"--realdta", "x"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exitStatus).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("unexpected argument '--realdta'\nusage: ReferenceTablesTool");
    }

    @Test
    void failsNamingAMissingRealDataFolder(@TempDir Path temporary) {
        Path missing = temporary.resolve("no-such-folder");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitStatus = ReferenceTablesTool.run(
                new String[] {
                    "--realdata",
                    missing.toString(),
                    "--out",
                    temporary.resolve("out").toString()
                },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exitStatus).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("reference tables not written: real-data folder " + missing.toAbsolutePath()
                        + " does not exist\n");
        assertThat(temporary.resolve("out")).doesNotExist();
    }

    @Test
    void writerQuotesOnlyFieldsHoldingACommaQuoteOrLineBreak() {
        List<String> quoted = Stream.of("Dorset", "Bristol, City of", "say \"hi\"", "two\nlines", "")
                .map(CsvTableWriter::quoteIfNeeded)
                .toList();

        assertThat(quoted)
                .containsExactly("Dorset", "\"Bristol, City of\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", "");
    }
}
