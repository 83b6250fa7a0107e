package org.sendacc.server.partner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.sendacc.reference.ReferenceData;
import org.sendacc.rules.contract.Problem;
import org.sendacc.rules.read.SpreadsheetText;
import org.sendacc.rules.source.FileCheck;
import org.sendacc.rules.source.Source;

/**
 * The check of an uploaded return, as a screener shows it (docs/security.md, "Returns"): the same rules ingest runs
 * ({@link FileCheck}, from the Spark-free rules module), every problem counted, the first {@link #SHOWN} listed with
 * file, row, column, rule and value, a summary by rule and column, and every problem as a CSV. Values of personal
 * columns are already withheld by the rules.
 */
public final class Screening {
    /** Problems listed on the page; the CSV has them all. */
    static final int SHOWN = 200;

    /** What kind of file the bytes are, whatever its name. */
    enum Kind {
        CSV("csv"),
        XLSX("xlsx");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        String extension() {
            return extension;
        }
    }

    /** One problem as listed: its row (0 for the file as a whole) and the rule's problem. */
    public record Listed(long row, Problem problem) {}

    /** How many problems of one rule in one column. */
    public record Count(String rule, String column, long problems) {}

    private final String fileName;
    private final long rows;
    private final long accepted;
    private final long problemCount;
    private final List<Listed> listed;
    private final List<Count> summary;
    private final String sha256;
    private final byte[] reportCsv;

    private Screening(
            String fileName,
            long rows,
            long accepted,
            long problemCount,
            List<Listed> listed,
            List<Count> summary,
            String sha256,
            byte[] reportCsv) {
        this.fileName = fileName;
        this.rows = rows;
        this.accepted = accepted;
        this.problemCount = problemCount;
        this.listed = listed;
        this.summary = summary;
        this.sha256 = sha256;
        this.reportCsv = reportCsv;
    }

    /**
     * What the bytes are, whatever the file's name: an Excel workbook (.xlsx, a ZIP archive), or text with no NUL
     * byte in its first 64 kB, read as a CSV (bytes that are not UTF-8 are then reported row by row, as ingest does).
     * Anything else (an old .xls, a PDF, an image...) is refused before any rule runs, with what it looks like.
     */
    static Sniffed sniff(byte[] bytes) {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OOXML) {
            return new Sniffed(Kind.XLSX, "an Excel workbook");
        }
        if (magic == FileMagic.OLE2) {
            return new Sniffed(
                    null, "an Excel 97-2003 workbook (.xls) or another old Office file: save it as .xlsx or CSV");
        }
        if (magic != FileMagic.UNKNOWN && magic != FileMagic.XML && magic != FileMagic.HTML) {
            return new Sniffed(null, "a " + magic.name() + " file");
        }
        for (int i = 0; i < Math.min(bytes.length, 64 * 1024); i++) {
            if (bytes[i] == 0) {
                return new Sniffed(null, "binary, not text");
            }
        }
        return new Sniffed(Kind.CSV, "text");
    }

    /** What an upload's bytes were found to be: a kind the rules read, or null with a description of what it is. */
    record Sniffed(Kind kind, String description) {}

    /** Checks the bytes as the file {@code storedName} of the return {@code source}, as the next batch run would. */
    static Screening check(Source source, String storedName, byte[] bytes, ReferenceData reference, LocalDate today) {
        FileCheck check = new FileCheck(source, reference, today);
        long rows = 0;
        long accepted = 0;
        long problems = 0;
        List<Listed> listed = new ArrayList<>();
        Map<String, Count> counts = new LinkedHashMap<>();
        StringWriter csv = new StringWriter();
        try (CSVPrinter report = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            report.printRecord("file", "row", "column", "rule", "value", "message");
            FileCheck.CheckedFile file = check.open(storedName, new ByteArrayInputStream(bytes), bytes.length);
            while (file.hasNext()) {
                FileCheck.Checked record = file.next();
                rows++;
                if (record.accepted()) {
                    accepted++;
                }
                for (Problem problem : record.problems()) {
                    problems++;
                    note(listed, counts, report, storedName, record.row(), problem);
                }
            }
            for (Problem problem : file.fileProblems()) {
                problems++;
                note(listed, counts, report, storedName, 0, problem);
            }
            report.flush();
            return new Screening(
                    storedName,
                    rows,
                    accepted,
                    problems,
                    List.copyOf(listed),
                    List.copyOf(counts.values()),
                    file.sha256(),
                    csv.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be checked in memory", e);
        }
    }

    private static void note(
            List<Listed> listed, Map<String, Count> counts, CSVPrinter report, String file, long row, Problem problem)
            throws IOException {
        if (listed.size() < SHOWN) {
            listed.add(new Listed(row, problem));
        }
        counts.merge(
                problem.rule() + "\u0000" + problem.column(),
                new Count(problem.rule(), problem.column(), 1),
                (a, b) -> new Count(a.rule(), a.column(), a.problems() + 1));
        report.printRecord(
                file,
                row == 0 ? "" : Long.toString(row),
                problem.column(),
                problem.rule(),
                SpreadsheetText.safe(problem.value()),
                SpreadsheetText.safe(problem.message()));
    }

    /** True when every row meets every rule and the file has no problem: only then is it stored. */
    public boolean accepted() {
        return problemCount == 0 && rows > 0;
    }

    public String fileName() {
        return fileName;
    }

    public long rows() {
        return rows;
    }

    public long acceptedRows() {
        return accepted;
    }

    public long problemCount() {
        return problemCount;
    }

    public List<Listed> listed() {
        return listed;
    }

    public List<Count> summary() {
        return summary;
    }

    public String sha256() {
        return sha256;
    }

    byte[] reportCsv() {
        return reportCsv.clone();
    }
}
