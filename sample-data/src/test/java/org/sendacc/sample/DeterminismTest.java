package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    @Test
    void sameArgumentsWriteIdenticalBytesIntoDifferentFolders() throws IOException {
        Path first = GeneratedSamples.twoYearSample();
        Path second = GeneratedSamples.generate("--from", "2024", "--to", "2025");

        List<Path> files = relativeFiles(first);
        assertThat(relativeFiles(second)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file)))
                    .as("first differing byte of %s", file)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void scaleMultipliesPersonLevelRowsButLeavesPublishedTablesUnchanged() throws IOException {
        Path single = GeneratedSamples.twoYearSample();
        Path doubled = GeneratedSamples.generate("--from", "2024", "--to", "2025", "--scale", "2");

        for (Path file : relativeFiles(single)) {
            String name = file.toString().replace('\\', '/');
            boolean personLevel = name.startsWith("returns/ehc_")
                    || name.startsWith("returns/health_")
                    || name.startsWith("returns/therapy_");
            if (!personLevel && !name.startsWith("README") && !name.equals("SYNTHETIC")) {
                assertThat(Files.mismatch(single.resolve(file), doubled.resolve(file)))
                        .as("%s must not change with --scale", name)
                        .isEqualTo(-1L);
            }
        }
        long singleRows = lineCount(single.resolve("returns/ehc_assessment_records_E08000037.csv"));
        long doubledRows = lineCount(doubled.resolve("returns/ehc_assessment_records_E08000037.csv"));
        assertThat((double) doubledRows / singleRows).isBetween(1.8, 2.2);
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .sorted()
                    .toList();
        }
    }

    private static long lineCount(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }
}
