package org.sendacc.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sendacc.contract.warehouse.SourceSummary;
import org.sendacc.ingest.source.FileOutcome;
import org.sendacc.ingest.source.RejectionsCsv;
import org.sendacc.rules.contract.Problem;

/** A source's outcome within the run: its summary, and each file's outcome for the rejections file. */
record SourceRun(SourceSummary summary, List<FileOutcome> outcomes) {
    /**
     * Every problem, by file, row and the order the rules found them; file problems first (row left blank). The
     * tasks wrote each file's row problems as they found them; they are copied as they are, never held whole.
     */
    long writeRejections(CSVPrinter csv, Writer out, FileSystem fileSystem) throws IOException {
        long written = 0;
        for (FileOutcome outcome : outcomes) {
            for (Problem problem : outcome.fileProblems()) {
                RejectionsCsv.print(csv, outcome.file(), 0, problem);
            }
            if (outcome.rowProblemsFile() != null) {
                csv.flush();
                try (Reader rows = new InputStreamReader(
                        fileSystem.open(new Path(outcome.rowProblemsFile())), StandardCharsets.UTF_8)) {
                    rows.transferTo(out);
                }
            }
            written += outcome.fileProblems().size() + outcome.rowProblemCount();
        }
        return written;
    }
}
