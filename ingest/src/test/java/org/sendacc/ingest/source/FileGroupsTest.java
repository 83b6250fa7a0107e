package org.sendacc.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FileGroupsTest {
    private static InputFile file(String name, long bytes) {
        return new InputFile("file:/in/" + name, name, bytes);
    }

    private static List<List<String>> names(List<List<InputFile>> groups) {
        return groups.stream()
                .map(group -> group.stream().map(InputFile::relativePath).toList())
                .toList();
    }

    @Test
    void smallSourcesGetTwoGroupsPerCoreAndLargestFilesAreSharedOutFirst() {
        // 2 cores -> 4 groups. Largest first into the lightest group: 90 a, 80 b, 70 c, 60 d, then 50 joins d (60),
        // 40 joins c (70), 30 joins b (80), 20 joins a (90): bytes 110, 110, 110, 110; ties keep the first-made group
        // first.
        List<InputFile> files = List.of(
                file("e", 50),
                file("a", 90),
                file("h", 20),
                file("b", 80),
                file("f", 40),
                file("c", 70),
                file("g", 30),
                file("d", 60));

        assertThat(names(FileGroups.of(files, 2)))
                .containsExactly(List.of("a", "h"), List.of("b", "g"), List.of("c", "f"), List.of("d", "e"));
    }

    @Test
    void neverMoreGroupsThanFiles() {
        assertThat(names(FileGroups.of(List.of(file("only", 5)), 2))).containsExactly(List.of("only"));
        assertThat(names(FileGroups.of(List.of(file("x", 1), file("y", 3)), 8)))
                .containsExactly(List.of("y"), List.of("x"));
    }

    @Test
    void largeSourcesGetAGroupPerSixtyFourMebibytes() {
        // 40 files of 10 MiB = 400 MiB -> ceil(400 / 64) = 7 groups, more than the 4 that 2 cores ask for.
        List<InputFile> files = IntStream.range(0, 40)
                .mapToObj(i -> file(String.format("f%02d", i), 10L << 20))
                .toList();

        List<List<InputFile>> groups = FileGroups.of(files, 2);

        assertThat(groups).hasSize(7);
        // every file exactly once
        assertThat(groups.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(files);
        // 40 equal files over 7 groups: five groups of 6 and two of 5, the larger first
        assertThat(groups.stream().map(List::size)).containsExactly(6, 6, 6, 6, 6, 5, 5);
    }
}
