package org.sendacc.analytics.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.areas.Populations;
import org.sendacc.contract.warehouse.WarehouseTables;
import org.sendacc.contract.warehouse.WarehouseTables.AssessmentRecords;
import org.sendacc.contract.warehouse.WarehouseTables.CommunityWaitingList;
import org.sendacc.contract.warehouse.WarehouseTables.HealthAdviceRequests;
import org.sendacc.contract.warehouse.WarehouseTables.MidYearPopulation;
import org.sendacc.contract.warehouse.WarehouseTables.TherapyReferrals;

/**
 * Reads the warehouse for one analytics run: each table the catalogue needs once, whatever the number of indicators
 * built on it. Spark does the work that grows with rows: it reduces the person-level records and the waiting lists to
 * counts by the facts the recipes need. The small tables (published aggregates, workforce returns) are read on the
 * driver ({@link SmallTables}), projected to the columns and breakdowns used. Everything after this (recipes,
 * aggregates, intervals, benchmarks, ranks, trends, suppression) is plain Java over what is collected.
 */
public final class WarehouseInputs {
    /** The statutory clocks, as DfE counts them: a plan within 20 weeks (140 days) of the request... */
    public static final int TWENTY_WEEKS_IN_DAYS = 140;
    /** ...the decision to assess, and health advice, within 6 weeks (42 days). */
    public static final int SIX_WEEKS_IN_DAYS = 42;

    private final SparkSession spark;
    private final String warehouse;

    public WarehouseInputs(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    public boolean hasTable(String name) {
        Path path = new Path(warehouse, name);
        try {
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration())
                    .exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for table " + name + " in " + warehouse, e);
        }
    }

    private Dataset<Row> table(String name) {
        return spark.read().parquet(new Path(warehouse, name).toString());
    }

    public Inputs read(InputNeeds needs, Areas areas) {
        Map<String, List<SourceRow>> rows = new LinkedHashMap<>();
        needs.columns().forEach((table, columns) -> rows.put(table, smallTable(table, columns, needs)));
        Set<String> cubes = needs.cubes();
        // The cubes are independent Spark jobs: submitted together, one job's scheduling gaps and driver-side work
        // overlap another's tasks, and the largest table starts first.
        ExecutorService pool = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "sendacc-analytics-cube");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<List<TherapyCell>> therapy = pool.submit(() ->
                    cubes.contains(TherapyReferrals.TABLE) ? therapyReferrals(needs.therapyThresholds()) : List.of());
            Future<List<AssessmentCell>> assessments =
                    pool.submit(() -> cubes.contains(AssessmentRecords.TABLE) ? assessments() : List.of());
            Future<List<HealthAdviceCell>> healthAdvice =
                    pool.submit(() -> cubes.contains(HealthAdviceRequests.TABLE) ? healthAdvice() : List.of());
            Future<List<WaitingListCell>> waitingList =
                    pool.submit(() -> cubes.contains(CommunityWaitingList.TABLE) ? waitingList(needs) : List.of());
            return new Inputs(
                    areas,
                    Populations.of(areas, populationEstimates()),
                    rows,
                    result(waitingList),
                    result(assessments),
                    result(healthAdvice),
                    result(therapy),
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
                spark.sparkContext().hadoopConfiguration())) {
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
                new Path(warehouse, name),
                wanted,
                needs.breakdowns(name),
                spark.sparkContext().hadoopConfiguration());
    }

    /** England and ICB rows of the services asked for, by organisation, month, age group, service and band. */
    private List<WaitingListCell> waitingList(InputNeeds needs) {
        Column level = col(CommunityWaitingList.ORG_LEVEL);
        Column waiting = col(CommunityWaitingList.WAITING).cast("double");
        Column reason = col(WarehouseTables.MISSING_REASONS).getItem(CommunityWaitingList.WAITING);
        List<WaitingListCell> cells = new ArrayList<>();
        for (Row row : table(CommunityWaitingList.TABLE)
                .filter(col(CommunityWaitingList.AGE_GROUP)
                        .isin(needs.waitingListAgeGroups().toArray())
                        // NHS England's editions spell a service with different case ("speech and language"
                        // early in 2023, "Speech and language" later): one service whatever the case.
                        .and(lower(col(CommunityWaitingList.SERVICE))
                                .isin(needs.waitingListServices().stream()
                                        .map(service -> service.toLowerCase(java.util.Locale.UK))
                                        .toArray()))
                        .and(level.equalTo(CommunityWaitingList.ENGLAND_LEVEL)
                                .or(level.equalTo(CommunityWaitingList.ICB_LEVEL)
                                        .and(col(CommunityWaitingList.ICB_ODS_CODE)
                                                .isNotNull()))))
                .groupBy(
                        level,
                        col(CommunityWaitingList.ICB_ODS_CODE),
                        trunc(col(CommunityWaitingList.PERIOD), "month"),
                        col(CommunityWaitingList.AGE_GROUP),
                        lower(col(CommunityWaitingList.SERVICE)),
                        col(CommunityWaitingList.WEEKS_BAND))
                .agg(
                        count(lit(1)),
                        sum(when(waiting.isNull(), 1L).otherwise(0L)),
                        sum(waiting),
                        min(when(waiting.isNull(), reason)))
                .collectAsList()) {
            cells.add(new WaitingListCell(
                    row.getString(0),
                    row.getString(1),
                    localDate(row, 2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    row.getLong(6),
                    row.getLong(7),
                    row.isNullAt(8) ? null : row.getDouble(8),
                    row.getString(9)));
        }
        return inOneOrder(cells);
    }

    private List<AssessmentCell> assessments() {
        Column request = col(AssessmentRecords.REQUEST_DATE);
        Column issued = col(AssessmentRecords.PLAN_ISSUE_DATE);
        Column within20 =
                when(datediff(issued, request).leq(TWENTY_WEEKS_IN_DAYS), true).otherwise(false);
        Column within6 = when(
                        datediff(col(AssessmentRecords.DECISION_DATE), request).leq(SIX_WEEKS_IN_DAYS), true)
                .otherwise(false);
        List<AssessmentCell> cells = new ArrayList<>();
        for (Row row : table(AssessmentRecords.TABLE)
                .groupBy(
                        col(AssessmentRecords.LA_CODE),
                        year(request),
                        year(issued),
                        col(AssessmentRecords.EXCEPTION),
                        col(AssessmentRecords.DECISION),
                        within20,
                        within6)
                .count()
                .collectAsList()) {
            cells.add(new AssessmentCell(
                    row.getString(0),
                    row.isNullAt(1) ? null : row.getInt(1),
                    row.isNullAt(2) ? null : row.getInt(2),
                    row.isNullAt(3) ? null : row.getBoolean(3),
                    row.getString(4),
                    row.getBoolean(5),
                    row.getBoolean(6),
                    row.getLong(7)));
        }
        return inOneOrder(cells);
    }

    private List<HealthAdviceCell> healthAdvice() {
        Column response = col(HealthAdviceRequests.RESPONSE_DATE);
        Column within6 = when(
                        response.isNotNull()
                                .and(datediff(response, col(HealthAdviceRequests.REQUEST_DATE))
                                        .leq(SIX_WEEKS_IN_DAYS)),
                        true)
                .otherwise(false);
        List<HealthAdviceCell> cells = new ArrayList<>();
        for (Row row : table(HealthAdviceRequests.TABLE)
                .groupBy(
                        col(HealthAdviceRequests.LA_CODE),
                        col(HealthAdviceRequests.ICB_ODS_CODE),
                        year(col(HealthAdviceRequests.REQUEST_DATE)),
                        col(HealthAdviceRequests.EXCEPTION),
                        within6)
                .count()
                .collectAsList()) {
            cells.add(new HealthAdviceCell(
                    row.getString(0),
                    row.getString(1),
                    row.isNullAt(2) ? null : row.getInt(2),
                    row.isNullAt(3) ? null : row.getBoolean(3),
                    row.getBoolean(4),
                    row.getLong(5)));
        }
        return inOneOrder(cells);
    }

    /**
     * The referrals of each ICB's latest census in each year (an ICB that returned twice in a year counts once, at its
     * latest census), by service, whether still waiting, and how many of the thresholds the wait exceeded. One pass:
     * the counts keep the census date, and the latest census of each ICB and year is chosen from them.
     */
    private List<TherapyCell> therapyReferrals(List<Integer> thresholds) {
        Column census = col(TherapyReferrals.CENSUS_DATE);
        Column stillWaiting = col(TherapyReferrals.REFERRAL_DATE)
                .leq(census)
                .and(col(TherapyReferrals.FIRST_CONTACT_DATE)
                        .isNull()
                        .or(col(TherapyReferrals.FIRST_CONTACT_DATE).gt(census)));
        Column days = datediff(census, col(TherapyReferrals.REFERRAL_DATE));
        Column exceeded = lit(0);
        for (int threshold : thresholds) {
            exceeded = exceeded.plus(when(days.gt(threshold), 1).otherwise(0));
        }
        List<TherapyCell> cells = new ArrayList<>();
        for (Row row : table(TherapyReferrals.TABLE)
                .groupBy(
                        col(TherapyReferrals.ICB_ODS_CODE),
                        census,
                        col(TherapyReferrals.SERVICE),
                        stillWaiting,
                        when(stillWaiting, exceeded).otherwise(0))
                .count()
                .collectAsList()) {
            cells.add(new TherapyCell(
                    row.getString(0),
                    localDate(row, 1),
                    row.getString(2),
                    row.getBoolean(3),
                    row.getInt(4),
                    row.getLong(5)));
        }
        Map<String, LocalDate> latest = new HashMap<>();
        for (TherapyCell cell : cells) {
            latest.merge(
                    cell.icbOdsCode() + "\u0000" + cell.censusDate().getYear(),
                    cell.censusDate(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        return inOneOrder(cells.stream()
                .filter(cell -> cell.censusDate()
                        .equals(latest.get(
                                cell.icbOdsCode() + "\u0000" + cell.censusDate().getYear())))
                .toList());
    }

    /**
     * The collected counts in one order, whatever order the tasks returned them in: the recipes add fractions (an LA's
     * share of an ICB) in list order, so the same counts give the same bits on one core, two, or a cluster.
     */
    private static <T extends Record> List<T> inOneOrder(List<T> cells) {
        List<T> ordered = new ArrayList<>(cells);
        ordered.sort(java.util.Comparator.comparing(Record::toString));
        return ordered;
    }

    private static LocalDate localDate(Row row, int index) {
        if (row.isNullAt(index)) {
            return null;
        }
        Object value = row.get(index);
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
