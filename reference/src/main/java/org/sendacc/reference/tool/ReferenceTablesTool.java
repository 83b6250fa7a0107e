package org.sendacc.reference.tool;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendacc.reference.ReferenceTable;

/**
 * Regenerates the committed reference tables in sample-data/reference from the public files in the shared real-data
 * folder.
 *
 * <p>The tables are derived, never hand-edited, so that anyone can check them against the published sources and
 * refresh them when a source changes; the output is byte-identical on re-run, so a diff shows only real changes. Run
 * from the project root:
 *
 * <pre>
 * java -cp "reference/target/classes:$(cat reference/target/classpath.txt)" \
 *     org.sendacc.reference.tool.ReferenceTablesTool --realdata ../shared/realdata --out sample-data/reference
 * </pre>
 *
 * It prints one line per table with its row count, and warnings (data that did not fit) on standard error.
 */
public final class ReferenceTablesTool {

    static final Path DEFAULT_REALDATA = Path.of("../shared/realdata");
    static final Path DEFAULT_OUT = Path.of("sample-data/reference");

    /**
     * POI logs through log4j-api, and with no logging back end on the classpath log4j prints an error line at start-up;
     * its own simple logger (errors only, on standard error) keeps the tool's output to the table lines.
     */
    private static final String LOG4J_CONTEXT_FACTORY = "log4j2.loggerContextFactory";

    private static final String LOG4J_SIMPLE_CONTEXT_FACTORY =
            "org.apache.logging.log4j.simple.SimpleLoggerContextFactory";

    private static final String USAGE = "usage: ReferenceTablesTool [--realdata DIR] [--out DIR]" + " (defaults "
            + DEFAULT_REALDATA + " and " + DEFAULT_OUT + ", relative to the working directory)";

    private ReferenceTablesTool() {}

    public static void main(String[] args) {
        if (System.getProperty(LOG4J_CONTEXT_FACTORY) == null) {
            System.setProperty(LOG4J_CONTEXT_FACTORY, LOG4J_SIMPLE_CONTEXT_FACTORY);
        }
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the tool and returns its exit status: 0 done, 1 the sources did not fit, 2 bad arguments. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        requireNonNull(args, "args is null");
        requireNonNull(out, "out is null");
        requireNonNull(err, "err is null");
        Path realdata = DEFAULT_REALDATA;
        Path outDirectory = DEFAULT_OUT;
        for (int index = 0; index < args.length; index++) {
            String argument = args[index];
            boolean hasValue = index + 1 < args.length;
            if (argument.equals("--help") || argument.equals("-h")) {
                out.println(USAGE);
                out.println("Regenerates the reference tables (LAs, code changes, ICBs, LA-ICB membership,"
                        + " statistical neighbours, 0-25 population) from the real public files.");
                return 0;
            } else if (argument.equals("--realdata") && hasValue) {
                realdata = Path.of(args[++index]);
            } else if (argument.equals("--out") && hasValue) {
                outDirectory = Path.of(args[++index]);
            } else {
                err.println("unexpected argument '" + argument + "'");
                err.println(USAGE);
                return 2;
            }
        }
        try {
            ReferenceTablesBuilder.Built built = ReferenceTablesBuilder.build(realdata);
            Map<ReferenceTable, Integer> counts = write(built, outDirectory);
            for (Map.Entry<ReferenceTable, Integer> entry : counts.entrySet()) {
                out.println(entry.getKey().fileName() + ": " + entry.getValue() + " rows");
            }
            for (String warning : built.warnings()) {
                err.println("warning: " + warning);
            }
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("reference tables not written: " + e.getMessage());
            return 1;
        }
    }

    /** Writes every table into {@code outDirectory} and returns the row count of each, in table order. */
    static Map<ReferenceTable, Integer> write(ReferenceTablesBuilder.Built built, Path outDirectory) {
        try {
            Files.createDirectories(outDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + outDirectory, e);
        }
        Map<ReferenceTable, List<List<String>>> tables = TableRows.of(built.data());
        Map<ReferenceTable, Integer> counts = new EnumMap<>(ReferenceTable.class);
        for (Map.Entry<ReferenceTable, List<List<String>>> entry : tables.entrySet()) {
            ReferenceTable table = entry.getKey();
            CsvTableWriter.write(outDirectory.resolve(table.fileName()), table.header(), entry.getValue());
            counts.put(table, entry.getValue().size());
        }
        return counts;
    }
}
