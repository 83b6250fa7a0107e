package org.sendacc.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a driver outside spark-submit ships to a cluster's executors: our own jars, and our classes folders packed. */
class OwnJarsTest {
    @TempDir
    Path folder;

    @Test
    void shipsOurJarsAndPacksOurClassesFoldersButNotOtherLibraries() throws IOException {
        Path ownJar = Files.createFile(folder.resolve("sendacc-ingest-0.1.0-SNAPSHOT.jar"));
        Path library = Files.createFile(folder.resolve("commons-csv-1.14.1.jar"));
        Path classes = Files.createDirectories(folder.resolve("analytics/target/classes"));
        Files.createDirectories(classes.resolve("org/sendacc/analytics/input"));
        Files.writeString(classes.resolve("org/sendacc/analytics/input/TableScans.class"), "bytes");
        Files.writeString(classes.resolve("catalogue.json"), "{}");
        // a classes folder of someone else's project is left alone
        Path otherClasses = Files.createDirectories(folder.resolve("other/target/classes/com/example"));

        List<String> shipped = Arrays.asList(SparkSessions.ownJars(String.join(
                        File.pathSeparator,
                        ownJar.toString(),
                        library.toString(),
                        classes.toString(),
                        otherClasses.getParent().getParent().toString()))
                .split(","));

        assertThat(shipped).hasSize(2).first().isEqualTo(ownJar.toAbsolutePath().toString());
        assertThat(new File(shipped.get(1)).getName())
                .startsWith("sendacc-analytics-classes-")
                .endsWith(".jar");
        try (JarFile packed = new JarFile(shipped.get(1))) {
            assertThat(packed.stream().map(entry -> entry.getName()).toList())
                    .containsExactlyInAnyOrder("org/sendacc/analytics/input/TableScans.class", "catalogue.json");
            assertThat(new String(packed.getInputStream(packed.getEntry("catalogue.json"))
                            .readAllBytes()))
                    .isEqualTo("{}");
        }
    }
}
