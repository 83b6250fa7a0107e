package org.sendacc.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares two indicators tables (folders of Parquet) row for row with DuckDB, as an independent reader: rows are
 * matched on indicator, source, area and period; every other column but snapshot_id is compared, texts and flags
 * exactly, numbers both exactly and within a relative 1e-12. Prints a line per column and exits 1 when any differs
 * beyond that tolerance or a row is in one table only.
 *
 * <p>Usage: SnapshotDiff OLD_FOLDER NEW_FOLDER
 */
public final class SnapshotDiff {
    /** A row's identity: its figure; a breakdowns table's rows also by their breakdown. */
    private static final List<String> FIGURE = List.of("indicator_id", "source", "area_code", "period");

    private static final List<String> BREAKDOWN = List.of("breakdown_topic", "breakdown");
    private static final double RELATIVE = 1e-12;

    private SnapshotDiff() {}

    public static void main(String[] args) throws SQLException {
        if (args.length != 2) {
            System.err.println("Usage: SnapshotDiff OLD_FOLDER NEW_FOLDER");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE VIEW o AS SELECT * FROM read_parquet('" + args[0] + "/*.parquet')");
            sql.execute("CREATE VIEW n AS SELECT * FROM read_parquet('" + args[1] + "/*.parquet')");
            List<String> KEY = new ArrayList<>(FIGURE);
            if (single(sql, "SELECT count(*) FROM (DESCRIBE o) WHERE column_name = 'breakdown_topic'") > 0) {
                KEY.addAll(BREAKDOWN);
            }
            long oldRows = single(sql, "SELECT count(*) FROM o");
            long newRows = single(sql, "SELECT count(*) FROM n");
            String on = String.join(" AND ", KEY.stream().map(k -> "o." + k + " = n." + k).toList());
            long onlyOld = single(sql, "SELECT count(*) FROM o ANTI JOIN n ON " + on);
            long onlyNew = single(sql, "SELECT count(*) FROM n ANTI JOIN o ON " + on);
            long duplicates = single(sql, "SELECT count(*) - count(DISTINCT (" + String.join(", ", KEY) + ")) FROM n");
            System.out.printf(
                    Locale.ROOT,
                    "rows: old %,d, new %,d; only in old %,d, only in new %,d; duplicate keys in new %,d%n",
                    oldRows,
                    newRows,
                    onlyOld,
                    onlyNew,
                    duplicates);
            if (duplicates > 0) {
                String keys = String.join(", ", KEY);
                try (ResultSet shared = sql.executeQuery("SELECT " + keys + ", count(*) FROM n GROUP BY " + keys
                        + " HAVING count(*) > 1 LIMIT 5")) {
                    while (shared.next()) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 1; i <= KEY.size() + 1; i++) {
                            cells.add(shared.getString(i));
                        }
                        System.out.println("  a key more than once in new: " + cells);
                    }
                }
            }
            boolean differs = oldRows != newRows || onlyOld > 0 || onlyNew > 0;
            List<String[]> columns = new ArrayList<>();
            try (ResultSet described = sql.executeQuery("DESCRIBE o")) {
                while (described.next()) {
                    columns.add(new String[] {described.getString(1), described.getString(2)});
                }
            }
            for (String[] column : columns) {
                String name = column[0];
                if (KEY.contains(name) || name.equals("snapshot_id")) {
                    continue;
                }
                String newType = single(sql, "SELECT typeof(" + name + ") FROM n LIMIT 1", true);
                boolean numeric = column[1].equals("DOUBLE");
                String exact = "o." + name + " IS DISTINCT FROM n." + name;
                long exactDiffs = single(sql, "SELECT count(*) FROM o JOIN n ON " + on + " WHERE " + exact);
                long toleranceDiffs = exactDiffs;
                if (numeric) {
                    toleranceDiffs = single(
                            sql,
                            "SELECT count(*) FROM o JOIN n ON " + on + " WHERE (o." + name + " IS NULL) <> (n." + name
                                    + " IS NULL) OR abs(o." + name + " - n." + name + ") > " + RELATIVE
                                    + " * greatest(abs(o." + name + "), abs(n." + name + "), 1e-300)");
                }
                String verdict = exactDiffs == 0 ? "identical" : toleranceDiffs == 0 ? "within 1e-12" : "DIFFERS";
                System.out.printf(
                        Locale.ROOT,
                        "  %-24s %-8s -> %-8s %s (%,d differ exactly, %,d beyond tolerance)%n",
                        name,
                        column[1],
                        newType,
                        verdict,
                        exactDiffs,
                        toleranceDiffs);
                if (toleranceDiffs > 0) {
                    differs = true;
                    try (ResultSet examples = sql.executeQuery("SELECT o.indicator_id, o.source, o.area_code, o.period, o."
                            + name + ", n." + name + " FROM o JOIN n ON " + on + " WHERE " + exact + " LIMIT 5")) {
                        while (examples.next()) {
                            System.out.printf(
                                    "      %s %s %s %s: %s -> %s%n",
                                    examples.getString(1),
                                    examples.getString(2),
                                    examples.getString(3),
                                    examples.getString(4),
                                    examples.getString(5),
                                    examples.getString(6));
                        }
                    }
                }
            }
            System.out.println(differs ? "The tables DIFFER." : "The tables are the same, row for row.");
            if (differs) {
                System.exit(1);
            }
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String single(Statement sql, String query, boolean text) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            return result.next() ? result.getString(1) : "";
        }
    }
}
