package org.sendacc.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generated samples shared by the tests of one JVM run, and the folder of real public files.
 *
 * <p>The default sample (all years) takes a few seconds, so it is generated once and read by every test that needs
 * it; each sample goes to its own temporary folder, removed when the JVM exits.
 */
final class GeneratedSamples {

    private static Path defaultSample;
    private static Path twoYearSample;

    private GeneratedSamples() {}

    /** The sample of the default arguments (seed 20250601, scale 1, 2019-2025). */
    static synchronized Path defaultSample() {
        if (defaultSample == null) {
            defaultSample = generate();
        }
        return defaultSample;
    }

    /** A small sample (2024-2025) for the tests that compare runs. */
    static synchronized Path twoYearSample() {
        if (twoYearSample == null) {
            twoYearSample = generate("--from", "2024", "--to", "2025");
        }
        return twoYearSample;
    }

    /** Generates into a new temporary folder with the given extra arguments. */
    static Path generate(String... arguments) {
        Path folder = temporaryFolder();
        List<String> all = new ArrayList<>(List.of("--out", folder.toString()));
        all.addAll(List.of(arguments));
        SampleGenerator.generate(GeneratorOptions.parse(all.toArray(String[]::new)));
        return folder;
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("sendacc-sample-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
