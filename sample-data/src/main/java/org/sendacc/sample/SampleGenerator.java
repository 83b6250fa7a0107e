package org.sendacc.sample;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.sendacc.reference.ReferenceData;

/**
 * Command line entry point: writes a synthetic, seeded, deterministic sample of every input the dashboard reads.
 *
 * <p>{@code ./sendacc generate} runs {@code java -cp ... org.sendacc.sample.SampleGenerator [--out DIR] [--seed N]
 * [--scale N] [--from YYYY] [--to YYYY]}. The sample lets the pipeline be built, tested and demonstrated without real
 * person-level data, which never leaves an area; see sample-data/README.md.
 */
public final class SampleGenerator {

    private SampleGenerator() {}

    private static final String USAGE = String.join(
            "\n",
            "Usage: ./sendacc generate [--out DIR] [--seed N] [--scale N] [--from YYYY] [--to YYYY]",
            "",
            "Writes a seeded, deterministic SYNTHETIC sample (not real figures) in the layouts of the real",
            "publications and of the local return templates: ees/, nhs/, moj/, returns/, README.md, SYNTHETIC.",
            "",
            "  --out DIR    output folder, relative to the working directory (default sample-data/generated)",
            "  --seed N     seed of every random stream (default 20250601)",
            "  --scale N    multiplies the person-level rows only; published tables stay those of scale 1 (default 1)",
            "  --from YYYY  first calendar year, 2019 or later (default 2019)",
            "  --to YYYY    last calendar year; returns are taken as at 31 January after it (default 2025)");

    public static void main(String[] arguments) {
        if (arguments.length > 0 && (arguments[0].equals("--help") || arguments[0].equals("-h"))) {
            System.out.println(USAGE);
            return;
        }
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("sendacc generate: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.snapshotDate().isAfter(LocalDate.now(java.time.ZoneId.of("Europe/London")))) {
            System.err.println("sendacc generate: warning: the returns are taken as at " + options.snapshotDate()
                    + ", after today, so they hold dates the ingest will reject as future dates");
        }
        long started = System.nanoTime();
        GenerationSummary summary = generate(options);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("SYNTHETIC SAMPLE written to "
                + options.outputFolder().toAbsolutePath().normalize());
        System.out.println("arguments: " + options.describe());
        for (Map.Entry<String, long[]> kind : summary.byKind().entrySet()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-52s %4d files %,12d rows%n",
                    kind.getKey(),
                    kind.getValue()[0],
                    kind.getValue()[1]);
        }
        System.out.printf(
                Locale.ROOT, "%d files, %,d rows in %.1f s%n", summary.files().size(), summary.totalRows(), seconds);
    }

    /** Generates the sample with the bundled reference data. */
    static GenerationSummary generate(GeneratorOptions options) {
        return new SampleRun(options, ReferenceData.bundled()).run();
    }
}
