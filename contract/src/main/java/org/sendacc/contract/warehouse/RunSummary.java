package org.sendacc.contract.warehouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * The record of one ingest run, written as {@code runs/<run-id>/summary.json} and printed as a table (docs/warehouse.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(
        @JsonProperty("run_id") String runId,
        @JsonProperty("status") String status,
        @JsonProperty("input") String input,
        @JsonProperty("warehouse") String warehouse,
        @JsonProperty("synthetic") boolean synthetic,
        @JsonProperty("run_date") String runDate,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("finished_at") String finishedAt,
        @JsonProperty("sources") List<SourceSummary> sources,
        @JsonProperty("skipped_files") List<String> skippedFiles,
        @JsonProperty("rejections") long rejections,
        @JsonProperty("error") String error) {

    public static final String COMMITTED = "committed";
    public static final String FAILED = "failed";

    public RunSummary {
        requireNonNull(runId, "runId is null");
        requireNonNull(status, "status is null");
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        skippedFiles = List.copyOf(requireNonNull(skippedFiles, "skippedFiles is null"));
    }

    public long rowsRead() {
        return sources.stream().mapToLong(SourceSummary::rowsRead).sum();
    }

    public long accepted() {
        return sources.stream().mapToLong(SourceSummary::accepted).sum();
    }

    public long rejected() {
        return sources.stream().mapToLong(SourceSummary::rejected).sum();
    }

    /** The summary as a plain-text table, one line per file, for the console. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        String format = "%-34s %-48s %12s %12s %10s%n";
        out.append(String.format(Locale.ROOT, format, "source", "file", "rows read", "accepted", "rejected"));
        for (SourceSummary source : sources) {
            for (FileSummary file : source.files()) {
                out.append(String.format(
                        Locale.ROOT,
                        format,
                        source.source(),
                        shorten(file.file(), 48),
                        number(file.rowsRead()),
                        number(file.accepted()),
                        number(file.rejected())));
                for (String problem : file.fileProblems()) {
                    out.append("    file rejected: ").append(problem).append(System.lineSeparator());
                }
            }
        }
        out.append(String.format(
                Locale.ROOT,
                format,
                "total",
                sources.stream().mapToInt(source -> source.files().size()).sum() + " files",
                number(rowsRead()),
                number(accepted()),
                number(rejected())));
        if (!skippedFiles.isEmpty()) {
            out.append("Skipped (not a known source): ")
                    .append(String.join(", ", skippedFiles))
                    .append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String number(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : "..." + text.substring(text.length() - width + 3);
    }
}
