package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Labels the output as synthetic: a {@code README.md} saying so, with the arguments, layout, definitions, planted
 * bad rows and missing returns, and a {@code SYNTHETIC} marker holding the arguments, which the ingest uses to label
 * the warehouse.
 *
 * <p>Neither file mentions the output folder or the time, so two runs with the same arguments write identical bytes
 * wherever they write.
 */
final class SampleReadmeWriter {

    static final String README = "README.md";
    static final String MARKER = "SYNTHETIC";
    static final String HEADLINE = "SYNTHETIC SAMPLE — not real figures";
    static final String PLANTED_HEADING = "## Planted bad rows";

    private SampleReadmeWriter() {}

    static void write(
            Path outputFolder,
            GeneratorOptions options,
            GenerationSummary summary,
            PlantedDefects planted,
            MissingReturns missing) {
        requireNonNull(summary, "summary is null");
        requireNonNull(planted, "planted is null");
        requireNonNull(missing, "missing is null");
        StringBuilder text = new StringBuilder();
        text.append("# ").append(HEADLINE).append("\n\n");
        text.append("Everything in this folder was made up by `org.sendacc.sample.SampleGenerator`. No figure here is")
                .append(" a real figure for any child, local authority, ICB or provider; the geography (LA and ICB")
                .append(" codes, names, populations) is real so that the files join like real ones.\n\n");
        text.append("- Generator arguments: `").append(options.describe()).append("`\n");
        text.append("- Seed: ").append(options.seed()).append("\n");
        text.append("- Local returns taken as at: ")
                .append(options.snapshotDate())
                .append("\n");
        text.append("- Regenerate with: `./sendacc generate ")
                .append(options.describe())
                .append("`\n\n");
        text.append("The full description (layouts, definitions, choices) is in `sample-data/README.md` of the")
                .append(" repository.\n\n");

        text.append("## Files\n\n");
        text.append("| files | count | data rows |\n|---|---:|---:|\n");
        for (Map.Entry<String, long[]> kind : summary.byKind().entrySet()) {
            text.append("| `")
                    .append(kind.getKey())
                    .append("` | ")
                    .append(kind.getValue()[0])
                    .append(" | ")
                    .append(kind.getValue()[1])
                    .append(" |\n");
        }
        text.append("\nData rows exclude the header; a workbook counts organisation rows per table sheet; the MoJ")
                .append(" table counts every line.\n\n");

        text.append("## Definitions\n\n");
        text.append("DfE's figures for an LA and year are counted from that LA's `ehc_assessment_records` rows")
                .append(" (planted bad rows excluded), so an LA recomputing them from its own return gets the")
                .append(" published value:\n\n");
        text.append("- plans issued in year Y: rows with `plan_issue_date` in Y; within 20 weeks: `plan_issue_date -")
                .append(" request_date <= 140` days; 20 weeks to a year: 141-364 days; over a year: 365 days or more;")
                .append(" the `_ex` columns count only rows with `exception` = N;\n");
        text.append("- requests received in Y: rows with `request_date` in Y, split by `decision` (empty = not made);")
                .append(" decisions within 6 weeks: `decision` assess or not_assess and `decision_date - request_date")
                .append(" <= 42` days, over 6 weeks otherwise; the 6-week percentages are of those two;\n");
        text.append("- percentages are rounded half up to one decimal place with a trailing .0 dropped; `x` where")
                .append(" the denominator is 0 or the column is not in the return template;\n");
        text.append("- regions and England are the sums of their LAs; a predecessor (Northamptonshire, Cumbria) is")
                .append(" the sum of its successors, which hold its case history.\n\n");

        text.append(PLANTED_HEADING).append("\n\n");
        text.append("Each row breaks a different rule. `line` is the physical line in the file (the header is line")
                .append(" 1). Rows in the returns are extra rows, not counted in the published tables.\n\n");
        text.append("| file | line | column | rule | value | what is wrong |\n|---|---:|---|---|---|---|\n");
        for (PlantedDefect defect : planted.all()) {
            text.append("| ")
                    .append(defect.file())
                    .append(" | ")
                    .append(defect.line())
                    .append(" | ")
                    .append(defect.column())
                    .append(" | ")
                    .append(defect.rule().name())
                    .append(" | ")
                    .append(defect.value())
                    .append(" | ")
                    .append(defect.rule().description())
                    .append(" |\n");
        }
        text.append("\n## Missing and late returns\n\n");
        for (String line : missing.describe()) {
            text.append(line.startsWith("  ") ? line : "- " + line).append("\n");
        }
        writeText(outputFolder.resolve(README), text.toString());
        writeText(outputFolder.resolve(MARKER), options.describe() + "\n");
    }

    private static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
