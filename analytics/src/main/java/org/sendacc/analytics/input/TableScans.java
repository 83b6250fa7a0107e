package org.sendacc.analytics.input;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.sendacc.parquet.ColumnCursor;

/**
 * Reduces warehouse tables to counts with one Spark job: one task per Parquet file reads the columns its table's
 * {@link TableReduction} names ({@link ColumnCursor}) and counts each row in its cell. The tasks of every table are
 * one job, largest file first, so the cores stay busy to the end whatever the mix of tables. The driver adds the
 * tasks' cells in file order, so the sums do not depend on which task finished first. The work grows with the rows and
 * runs where Spark runs it (local cores or a cluster's executors); what comes back grows only with the cells
 * (docs/performance.md "Analytics' counts").
 */
public final class TableScans {
    private TableScans() {}

    /** A cell's totals: how many rows counted in it, and the sum of their measures. */
    public static final class Totals implements Serializable {
        private long rows;
        private double sum;

        void add(double measure) {
            rows++;
            sum += measure;
        }

        void add(Totals other) {
            rows += other.rows;
            sum += other.sum;
        }

        public long rows() {
            return rows;
        }

        public double sum() {
            return sum;
        }
    }

    /** The cells of each table reduced, by its reduction. */
    public static final class Counts {
        private final Map<TableReduction<?>, Map<?, Totals>> cells = new IdentityHashMap<>();

        @SuppressWarnings("unchecked") // each reduction's cells were keyed by that reduction's own keys
        public <K extends Serializable> Map<K, Totals> of(TableReduction<K> reduction) {
            return (Map<K, Totals>) cells.getOrDefault(reduction, Map.of());
        }
    }

    /** One task's work: a file of the table of the reduction with this index, the {@code order}-th file listed. */
    private record Task(int order, int reduction, String file, long bytes) implements Serializable {}

    /** The tasks of the reductions: one per file of each table, in file order. */
    private static List<Task> tasks(String warehouse, List<TableReduction<?>> reductions, Configuration configuration) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < reductions.size(); i++) {
            for (FileStatus file : files(new Path(warehouse, reductions.get(i).table()), configuration)) {
                tasks.add(new Task(tasks.size(), i, file.getPath().toString(), file.getLen()));
            }
        }
        return tasks;
    }

    /** The bytes of every file the reductions would read. */
    public static long bytes(String warehouse, List<TableReduction<?>> reductions, Configuration configuration) {
        return tasks(warehouse, reductions, configuration).stream()
                .mapToLong(Task::bytes)
                .sum();
    }

    /**
     * The same counts read on the driver, two files at a time, without Spark: for tables small enough that starting
     * Spark (a session, a job) costs more than reading them (docs/performance.md "Analytics without Spark").
     */
    public static Counts reduceLocally(
            String warehouse, List<TableReduction<?>> reductions, Configuration configuration) {
        List<Task> tasks = tasks(warehouse, reductions, configuration);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "sendacc-analytics-local-counts");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<java.util.concurrent.Future<HashMap<Object, Totals>>> futures = new ArrayList<>();
            for (Task task : tasks) {
                futures.add(pool.submit(
                        () -> count(reductions.get(task.reduction()), new Path(task.file()), configuration)));
            }
            List<HashMap<Object, Totals>> inFileOrder = new ArrayList<>();
            for (java.util.concurrent.Future<HashMap<Object, Totals>> future : futures) {
                inFileOrder.add(future.get());
            }
            return merged(tasks, reductions, inFileOrder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads every file of each reduction's table in one Spark job and counts its rows by cell. */
    public static Counts reduce(SparkSession spark, String warehouse, List<TableReduction<?>> reductions) {
        Configuration configuration = spark.sparkContext().hadoopConfiguration();
        List<Task> tasks = tasks(warehouse, reductions, configuration);
        // file order within a table, for the merge below; largest first for Spark, which starts tasks in order
        List<Task> largestFirst = new ArrayList<>(tasks);
        largestFirst.sort(Comparator.comparingLong(Task::bytes).reversed());
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // The executors open the files with the session's Hadoop settings (spark.hadoop.*), sent once.
        Broadcast<SerializableConfiguration> hadoop = context.broadcast(new SerializableConfiguration(configuration));
        List<HashMap<Object, Totals>> perTask;
        try {
            context.setJobDescription("count rows of "
                    + String.join(
                            ", ", reductions.stream().map(TableReduction::table).toList()));
            perTask = context.parallelize(largestFirst, Math.max(1, largestFirst.size()))
                    .map(task -> count(
                            reductions.get(task.reduction()),
                            new Path(task.file()),
                            hadoop.value().value()))
                    .collect();
        } finally {
            hadoop.destroy();
        }
        List<HashMap<Object, Totals>> inFileOrder = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
        for (int i = 0; i < largestFirst.size(); i++) {
            inFileOrder.set(largestFirst.get(i).order(), perTask.get(i));
        }
        return merged(tasks, reductions, inFileOrder);
    }

    /** The tasks' cells added up per reduction, in file order, so that the sums do not depend on timing. */
    private static Counts merged(
            List<Task> tasks, List<TableReduction<?>> reductions, List<HashMap<Object, Totals>> inFileOrder) {
        Counts counts = new Counts();
        for (TableReduction<?> reduction : reductions) {
            counts.cells.put(reduction, new LinkedHashMap<Object, Totals>());
        }
        for (Task task : tasks) {
            @SuppressWarnings("unchecked")
            Map<Object, Totals> cells = (Map<Object, Totals>) counts.cells.get(reductions.get(task.reduction()));
            inFileOrder
                    .get(task.order())
                    .forEach((key, totals) ->
                            cells.computeIfAbsent(key, k -> new Totals()).add(totals));
        }
        return counts;
    }

    private static HashMap<Object, Totals> count(TableReduction<?> reduction, Path file, Configuration configuration)
            throws IOException {
        HashMap<Object, Totals> cells = new HashMap<>();
        try (ColumnCursor row = ColumnCursor.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(file, configuration), reduction.columns())) {
            while (row.next()) {
                Object key = reduction.key(row);
                if (key != null) {
                    Totals totals = cells.get(key);
                    if (totals == null) {
                        totals = new Totals();
                        cells.put(key, totals);
                    }
                    totals.add(reduction.measure(row));
                }
            }
        }
        return cells;
    }

    /** The Parquet files of a table, by name, leaving out hidden and metadata files as Spark does. */
    static List<FileStatus> files(Path table, Configuration configuration) {
        try {
            FileSystem fileSystem = table.getFileSystem(configuration);
            List<FileStatus> files = new ArrayList<>();
            for (FileStatus file : fileSystem.listStatus(table)) {
                String name = file.getPath().getName();
                if (file.isFile() && name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_")) {
                    files.add(file);
                }
            }
            files.sort(Comparator.comparing(FileStatus::getPath));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + table, e);
        }
    }
}
