package org.sendacc.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real public files in ../shared/realdata. A test that needs them fails, never skips, when they are absent. */
public final class RealData {
    private RealData() {}

    public static Path folder(String name) {
        String root = System.getProperty("sendacc.realdata");
        if (root == null) {
            throw new IllegalStateException("system property sendacc.realdata is not set (Surefire sets it)");
        }
        Path folder = Path.of(root).resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(
                    "real data folder " + folder + " is missing: clone ../shared beside the repo");
        }
        return folder;
    }
}
