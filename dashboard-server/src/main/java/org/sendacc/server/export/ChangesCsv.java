package org.sendacc.server.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sendacc.contract.snapshot.Change;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.rules.read.SpreadsheetText;

/**
 * The changes between two snapshots as a tidy CSV (docs/api.md "Changes"): one row per change, its figure's keys,
 * the values before and after unrounded (a revision may be small) and the comparisons with England.
 */
final class ChangesCsv {
    static final List<String> COLUMNS = List.of(
            "snapshot_id",
            "since_snapshot_id",
            "kind",
            "indicator_id",
            "source",
            "period",
            "period_label",
            "area_level",
            "area_code",
            "area_name",
            "old_value",
            "new_value",
            "old_category",
            "new_category");

    private ChangesCsv() {}

    static void write(SnapshotChanges all, List<Change> changes, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(COLUMNS);
        for (Change change : changes) {
            List<String> cells = new ArrayList<>();
            cells.add(all.snapshotId());
            cells.add(all.previousSnapshotId());
            cells.add(change.kind().token());
            cells.add(change.indicatorId());
            cells.add(change.source());
            cells.add(change.period());
            cells.add(change.periodLabel());
            cells.add(change.areaLevel().snapshotName());
            cells.add(change.areaCode());
            cells.add(change.areaName());
            cells.add(number(change.oldValue()));
            cells.add(number(change.newValue()));
            cells.add(change.oldCategory() == null ? null : change.oldCategory().token());
            cells.add(change.newCategory() == null ? null : change.newCategory().token());
            List<String> safe = new ArrayList<>();
            cells.forEach(cell -> safe.add(SpreadsheetText.safe(cell)));
            printer.printRecord(safe);
        }
        printer.flush();
    }

    private static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).toPlainString();
    }
}
