package org.sendacc.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession a command runs in. The master and any setting given by spark-submit ({@code --master},
 * {@code --conf}) win; otherwise the session runs on {@code master} with few shuffle partitions (the shuffled data is
 * small: per-area counts), no web UI, and Spark's console progress bar on stderr.
 */
public final class SparkSessions {
    private SparkSessions() {}

    public static SparkSession session(String master, String appName) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (!conf.contains("spark.master")) {
            builder.master(master);
        }
        if (!conf.contains("spark.sql.shuffle.partitions")) {
            builder.config("spark.sql.shuffle.partitions", "8");
        }
        if (!conf.contains("spark.ui.enabled")) {
            builder.config("spark.ui.enabled", "false");
        }
        if (!conf.contains("spark.ui.showConsoleProgress")) {
            builder.config("spark.ui.showConsoleProgress", "true"); // Spark's progress bar, on stderr
        }
        boolean cluster = !conf.get("spark.master", master).startsWith("local");
        if (cluster && !conf.contains("spark.jars")) {
            // Run outside spark-submit against a cluster (./sendacc ingest --master spark://...): the executors get
            // our classes from our own jars on this JVM's class path; Spark and its libraries they have already
            // (docs/cluster.md).
            String jars = ownJars(System.getProperty("java.class.path", ""));
            if (!jars.isEmpty()) {
                builder.config("spark.jars", jars);
            }
        }
        // The DfE caseload table has 60 measures: let Spark print its plans without a warning.
        builder.config("spark.sql.debug.maxToStringFields", "500");
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    /**
     * The jars of sendacc's own modules on a class path, comma-separated as {@code spark.jars} takes them; the
     * libraries beside them (POI, SODS, commons-csv) are named in {@code sendacc.cluster.jars}, when the cluster does
     * not have them. A module's classes folder (a Maven reactor's test run puts {@code <module>/target/classes} on the
     * class path, not its jar) is packed into a temporary jar first: Spark ships only files.
     */
    static String ownJars(String classPath) {
        List<String> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            File file = new File(entry);
            String name = file.getName();
            if (name.startsWith("sendacc-") && name.endsWith(".jar")) {
                jars.add(file.getAbsolutePath());
            } else if (isOwnClassesFolder(file)) {
                jars.add(packed(file.toPath()));
            }
        }
        String extra = System.getProperty("sendacc.cluster.jars", "");
        if (!extra.isBlank()) {
            jars.add(extra);
        }
        return String.join(",", jars);
    }

    /** {@code <module>/target/classes} holding sendacc's own classes. */
    private static boolean isOwnClassesFolder(File folder) {
        return folder.isDirectory()
                && folder.getName().equals("classes")
                && folder.getParentFile() != null
                && folder.getParentFile().getName().equals("target")
                && new File(folder, "org/sendacc").isDirectory();
    }

    /** A classes folder packed into a jar that is deleted when the JVM exits. */
    private static String packed(Path folder) {
        String module = folder.getParent().getParent().getFileName().toString();
        try {
            Path jar = Files.createTempFile("sendacc-" + module + "-classes-", ".jar");
            jar.toFile().deleteOnExit();
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                    Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(
                            new JarEntry(folder.relativize(file).toString().replace(File.separatorChar, '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            return jar.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + folder + " into a jar for the executors", e);
        }
    }
}
