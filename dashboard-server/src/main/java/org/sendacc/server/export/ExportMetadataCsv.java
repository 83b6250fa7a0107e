package org.sendacc.server.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.catalogue.Publication;
import org.sendacc.contract.catalogue.SeriesBreak;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.contract.warehouse.FileSummary;
import org.sendacc.rules.read.SpreadsheetText;
import org.sendacc.server.snapshot.Snapshot;

/**
 * The companion of an indicator's {@code export.csv}: what a researcher needs to cite and read it, as a CSV of
 * {@code section, field, value} lines. A separate file rather than a header block, so that the data file stays tidy
 * (one header line, then rows) and loads into any tool as it is; DfE publishes its data guidance the same way.
 *
 * <p>Sections: {@code citation} (title, snapshot, licence, how to cite), {@code definition} (numerator, denominator,
 * unit, polarity, partner, CI method, disclosure rule, caveats), {@code source} (each source and the recipe that
 * computes it), {@code input} (the warehouse tables and source files behind the snapshot, with their checksums),
 * {@code symbol} (c, x, z) and {@code column} (every column of the data file).
 */
final class ExportMetadataCsv {
    static final String LICENCE = "Contains public sector information licensed under the Open Government Licence v3.0.";
    static final String PUBLISHER = "sendacc: local area SEND joint-accountability dashboard for England";

    private ExportMetadataCsv() {}

    /** Writes the header, then each indicator's block (citation, definition, sources, columns), in order. */
    static void write(Snapshot snapshot, List<Indicator> indicators, String baseUrl, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        Lines lines = new Lines(printer);
        lines.add("section", "field", "value");
        for (Indicator indicator : indicators) {
            write(snapshot, indicator, baseUrl, lines);
        }
        lines.add(
                "symbol",
                OpenDataCsv.SUPPRESSED,
                "suppressed by us to protect confidentiality, in figures from unpublished local returns only (a count of 1"
                        + " to 4, or a figure withheld so that one cannot be worked out by subtraction)");
        lines.add("symbol", OpenDataCsv.NOT_AVAILABLE, "not available (no_value_reason says why)");
        lines.add("symbol", OpenDataCsv.NOT_APPLICABLE, "not applicable to this row (e.g. the rank of England)");
        for (OpenDataCsv.ExportColumn column : OpenDataCsv.COLUMNS) {
            lines.add("column", column.name(), column.description());
        }
        printer.flush();
    }

    /** The permanent address of an indicator's export from one snapshot: it answers the same file while kept. */
    static String permalink(String baseUrl, Indicator indicator, Snapshot snapshot) {
        return baseUrl + "/export.csv?indicator=" + indicator.id() + "&snapshot=" + snapshot.id();
    }

    private static void write(Snapshot snapshot, Indicator indicator, String baseUrl, Lines lines) throws IOException {
        Manifest manifest = snapshot.manifest();
        lines.add("citation", "title", indicator.title());
        lines.add("citation", "indicator_id", indicator.id());
        lines.add("citation", "snapshot_id", snapshot.id());
        lines.add("citation", "snapshot_created_at", manifest.createdAt());
        lines.add("citation", "synthetic", Boolean.toString(snapshot.isSynthetic()));
        if (snapshot.isSynthetic()) {
            lines.add(
                    "citation",
                    "warning",
                    "Synthetic sample: these figures were generated for testing and describe no real area.");
        }
        lines.add("citation", "publisher", PUBLISHER);
        lines.add("citation", "licence", LICENCE);
        String permalink = permalink(baseUrl, indicator, snapshot);
        Map<String, Citation> citations = new LinkedHashMap<>();
        for (String source : snapshot.sources(indicator.id())) {
            Citation.of(snapshot, indicator.id(), source).ifPresent(citation -> citations.put(source, citation));
        }
        lines.add("citation", "permalink", permalink);
        lines.add(
                "citation",
                "cite_as",
                indicator.title() + ". " + PUBLISHER + ", snapshot " + snapshot.id() + " (created "
                        + manifest.createdAt() + "), indicator " + indicator.id() + ". " + permalink
                        + citedSources(citations));
        for (Map.Entry<String, Citation> entry : citations.entrySet()) {
            String source = entry.getKey();
            Publication cited = entry.getValue().publication();
            Optional<Publication.Release> release = entry.getValue().latestRelease();
            lines.add("citation", source + ".publisher", cited.publisher());
            lines.add("citation", source + ".publication", cited.publication() + " (" + cited.url() + ")");
            lines.add(
                    "citation",
                    source + ".release",
                    release.map(Publication.Release::title).orElse("not listed in the catalogue"));
            if (release.isPresent()) {
                lines.add("citation", source + ".release_url", release.get().url());
                lines.add(
                        "citation",
                        source + ".release_date",
                        release.get().released() == null
                                ? "not known"
                                : release.get().released());
            }
            if (cited.dataFile() != null) {
                lines.add("citation", source + ".table", cited.dataFile());
            }
        }
        lines.add("definition", "numerator", indicator.numerator());
        lines.add("definition", "denominator", indicator.denominator());
        lines.add("definition", "unit", indicator.unit().token());
        lines.add("definition", "polarity", indicator.polarity().token());
        lines.add("definition", "partner", indicator.partner().token());
        lines.add("definition", "period_type", indicator.periodType());
        lines.add("definition", "ci_method", indicator.ciMethod().token());
        lines.add(
                "definition",
                "decimal_places",
                "values and benchmarks " + OpenDataCsv.Rounding.VALUE.places(indicator.unit(), 0.5)
                        + ", confidence limits " + OpenDataCsv.Rounding.LIMIT.places(indicator.unit(), 0.5)
                        + ", counts whole; the JSON API has them unrounded");
        lines.add("definition", "disclosure", indicator.disclosure().token());
        for (String caveat : indicator.caveats()) {
            lines.add("definition", "caveat", caveat);
        }
        for (SeriesBreak breakInSeries : indicator.breaksInSeries()) {
            lines.add("definition", "break_in_series", breakInSeries.token());
        }
        for (IndicatorSource source : indicator.sources()) {
            lines.add("source", source.source(), describe(source));
        }
        List<String> tables = tables(indicator);
        for (Manifest.Input input : manifest.inputs()) {
            if (!tables.contains(input.table())) {
                continue;
            }
            for (FileSummary file : input.files()) {
                lines.add(
                        "input",
                        input.table(),
                        file.file() + " (sha256 " + file.sha256() + ", ingest run " + input.ingestRunId() + ")");
            }
        }
    }

    /** " Source: Department for Education, Education, health and care plans: reporting year 2025 (2025-06-26)." */
    private static String citedSources(Map<String, Citation> citations) {
        List<String> cited = new java.util.ArrayList<>();
        for (Citation citation : citations.values()) {
            String release = citation.latestRelease()
                    .map(known -> known.title() + (known.released() == null ? "" : " (" + known.released() + ")"))
                    .orElse(citation.publication().publication());
            cited.add(citation.publication().publisher() + ", " + release);
        }
        return cited.isEmpty() ? "" : " Source: " + String.join("; ", cited) + ".";
    }

    /** A source entry's recipe and parameters in the order written: {@code recipe=ees_proportion; table=...}. */
    private static String describe(IndicatorSource source) {
        StringBuilder text = new StringBuilder("recipe=").append(source.recipe());
        source.parameters()
                .forEach((name, value) ->
                        text.append("; ").append(name).append('=').append(value));
        return text.toString();
    }

    /** The warehouse tables the indicator's sources name. */
    private static List<String> tables(Indicator indicator) {
        return indicator.sources().stream()
                .flatMap(source -> source.optionalText("table").stream())
                .toList();
    }

    /** Lines of the file, each cell made safe for spreadsheets. */
    private static final class Lines {
        private final CSVPrinter printer;

        Lines(CSVPrinter printer) {
            this.printer = printer;
        }

        void add(String section, String field, String value) throws IOException {
            printer.printRecord(
                    SpreadsheetText.safe(section), SpreadsheetText.safe(field), SpreadsheetText.safe(value));
        }
    }
}
