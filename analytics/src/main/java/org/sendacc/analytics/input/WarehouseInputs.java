package org.sendacc.analytics.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.areas.Populations;
import org.sendacc.contract.warehouse.WarehouseTables.MidYearPopulation;

/**
 * Reads the warehouse for one analytics run: each table the catalogue needs once, whatever the number of indicators
 * built on it. Spark does the work that grows with rows: it reduces the person-level records and the waiting lists to
 * counts by the facts the recipes need. The small tables (published aggregates, workforce returns) are read on the
 * driver ({@link SmallTables}), projected to the columns and breakdowns used. Everything after this (recipes,
 * aggregates, intervals, benchmarks, ranks, trends, suppression) is plain Java over what is collected.
 */
public final class WarehouseInputs {
    /**
     * Below this many bytes of Parquet, the tables that grow with rows are counted on the driver, without Spark: a Spark
     * job (and, from the command line, a session) costs more than reading them (docs/performance.md "Analytics without
     * Spark"). The real public files' waiting lists are about 1 MB; the sample's person-level returns at --scale 1, 60.
     */
    public static final long LOCAL_COUNT_BYTES = 16L << 20;

    private final java.util.function.Supplier<SparkSession> spark;
    private final Configuration hadoop;
    private final String warehouse;

    public WarehouseInputs(SparkSession spark, String warehouse) {
        this(() -> spark, spark.sparkContext().hadoopConfiguration(), warehouse);
    }

    /** With a session made only if the counts need one ({@link #LOCAL_COUNT_BYTES}). */
    public WarehouseInputs(java.util.function.Supplier<SparkSession> spark, Configuration hadoop, String warehouse) {
        this.spark = spark;
        this.hadoop = hadoop;
        this.warehouse = warehouse;
    }

    public boolean hasTable(String name) {
        Path path = new Path(warehouse, name);
        try {
            return path.getFileSystem(hadoop).exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for table " + name + " in " + warehouse, e);
        }
    }

    public Inputs read(InputNeeds needs, Areas areas) {
        Set<String> counted = needs.cubes();
        CountedTables.Therapy therapy = new CountedTables.Therapy(needs.therapyThresholds());
        CountedTables.Assessments assessments = new CountedTables.Assessments();
        CountedTables.HealthAdvice healthAdvice = new CountedTables.HealthAdvice();
        CountedTables.WaitingList waitingList =
                new CountedTables.WaitingList(needs.waitingListAgeGroups(), needs.waitingListServices());
        List<TableReduction<?>> reductions = java.util.stream.Stream.<TableReduction<?>>of(
                        therapy, assessments, healthAdvice, waitingList)
                .filter(reduction -> counted.contains(reduction.table()))
                .toList();
        // Spark counts the tables that grow with rows while the driver reads the small ones.
        ExecutorService pool = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sendacc-analytics-counts");
            thread.setDaemon(true);
            return thread;
        });
        try {
            boolean local = TableScans.bytes(warehouse, reductions, hadoop) < LOCAL_COUNT_BYTES;
            Future<TableScans.Counts> counting = pool.submit(() -> local
                    ? TableScans.reduceLocally(warehouse, reductions, hadoop)
                    : TableScans.reduce(spark.get(), warehouse, reductions));
            Map<String, List<SourceRow>> rows = new LinkedHashMap<>();
            needs.columns().forEach((table, columns) -> rows.put(table, smallTable(table, columns, needs)));
            Populations populations = Populations.of(areas, populationEstimates());
            TableScans.Counts counts = result(counting);
            return new Inputs(
                    areas,
                    populations,
                    rows,
                    inOneOrder(CountedTables.WaitingList.cells(counts.of(waitingList))),
                    inOneOrder(CountedTables.Assessments.cells(counts.of(assessments))),
                    inOneOrder(CountedTables.HealthAdvice.cells(counts.of(healthAdvice))),
                    inOneOrder(CountedTables.Therapy.cells(counts.of(therapy))),
                    needs.therapyThresholds());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the warehouse", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * ONS's mid-year estimates of the 0-25 population of England, its regions and its LAs, where the warehouse has
     * them (docs/snapshot.md "Populations"); none otherwise, and the bundled mid-2020 table serves alone.
     */
    private List<Populations.Estimate> populationEstimates() {
        if (!hasTable(MidYearPopulation.TABLE)) {
            return List.of();
        }
        List<Populations.Estimate> estimates = new ArrayList<>();
        for (SourceRow row : SmallTables.read(
                new Path(warehouse, MidYearPopulation.TABLE),
                Set.of(MidYearPopulation.AREA_CODE, MidYearPopulation.MID_YEAR, MidYearPopulation.AGE_0_25),
                null,
                hadoop)) {
            Double midYear = row.number(MidYearPopulation.MID_YEAR);
            Double people = row.number(MidYearPopulation.AGE_0_25);
            if (midYear != null && people != null && row.text(MidYearPopulation.AREA_CODE) != null) {
                estimates.add(
                        new Populations.Estimate(row.text(MidYearPopulation.AREA_CODE), midYear.intValue(), people));
            }
        }
        return estimates;
    }

    /**
     * A published aggregate or a workforce return: the columns asked for, and for EES tables the headline rows; none
     * when the warehouse has no such table.
     */
    private List<SourceRow> smallTable(String name, Set<String> wanted, InputNeeds needs) {
        if (!hasTable(name)) {
            // a table a recipe reads only where it is there (the needs behind a breakdown); the tables an indicator
            // cannot do without were checked before anything was declared
            return List.of();
        }
        return SmallTables.read(
                new Path(warehouse, name), wanted, needs.breakdowns(name), needs.rowFilter(name), hadoop);
    }

    /**
     * The collected counts in one order, whatever order the tasks returned them in: the recipes add fractions (an LA's
     * share of an ICB) in list order, so the same counts give the same bits on one core, two, or a cluster.
     */
    private static <T extends Record> List<T> inOneOrder(List<T> cells) {
        // each cell's text made once, not once per comparison
        record Keyed<T>(String text, T cell) {}
        return cells.stream()
                .map(cell -> new Keyed<>(cell.toString(), cell))
                .sorted(java.util.Comparator.comparing(Keyed::text))
                .map(Keyed::cell)
                .toList();
    }
}
