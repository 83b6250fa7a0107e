package org.sendacc.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find the real public files (system property {@code sendacc.realdata}, set by Surefire to
 * ../shared/realdata) and the project root ({@code sendacc.root}). The real files are the point of the tests that use
 * them, so a missing folder fails the test, never skips it: a skipped test would prove nothing.
 */
public final class RealData {
    private RealData() {}

    /** The shared real-data folder. */
    public static Path root() {
        return existingFolder("sendacc.realdata");
    }

    /** A folder of the shared real data, e.g. {@code dfe-ehcp-2025}. */
    public static Path folder(String name) {
        Path folder = root().resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new AssertionError("real data folder " + folder + " is missing: clone ../shared beside the repo");
        }
        return folder;
    }

    /** The project root. */
    public static Path projectRoot() {
        return existingFolder("sendacc.root");
    }

    private static Path existingFolder(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new AssertionError(
                    "system property " + property + " is not set; run the tests through Maven (Surefire sets it)");
        }
        Path folder = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new AssertionError("folder " + folder + " (system property " + property + ") does not exist");
        }
        return folder;
    }
}
