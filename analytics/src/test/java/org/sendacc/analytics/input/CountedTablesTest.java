package org.sendacc.analytics.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.warehouse.WarehouseTables;
import org.sendacc.contract.warehouse.WarehouseTables.AssessmentRecords;
import org.sendacc.contract.warehouse.WarehouseTables.CommunityWaitingList;
import org.sendacc.contract.warehouse.WarehouseTables.HealthAdviceRequests;
import org.sendacc.contract.warehouse.WarehouseTables.TherapyReferrals;
import org.sendacc.parquet.ColumnCursor;
import org.sendacc.testing.SharedSpark;
import org.sendacc.testing.Tiers;

/**
 * The reduction of the tables that grow with rows to counts ({@link CountedTables} run by {@link TableScans}), on
 * tables of a few rows written by Spark across two files, each count worked out by hand from the rows: the statutory
 * clocks at their edges (day 140 and 141, day 42 and 43), missing dates, the therapy census rules, and the waiting
 * list's filters and folding.
 */
@Tag(Tiers.SPARK)
class CountedTablesTest {
    @TempDir
    Path warehouse;

    private static SparkSession spark() {
        return SharedSpark.session();
    }

    private static Date day(String date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** Writes the rows as a warehouse table of two Parquet files, as Spark writes one. */
    private void write(String table, StructType schema, List<Row> rows) {
        spark().createDataFrame(rows, schema)
                .repartition(2)
                .write()
                .parquet(warehouse.resolve(table).toString());
    }

    private static StructType schema(Object... namesAndTypes) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(DataTypes.createStructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * The counts by Spark; every case also checks that the driver's count without Spark ({@link
     * TableScans#reduceLocally}, for small warehouses) gives the same cells, rows and sums.
     */
    private <K extends java.io.Serializable> Map<K, TableScans.Totals> counts(TableReduction<K> reduction) {
        Map<K, TableScans.Totals> bySpark = TableScans.reduce(spark(), warehouse.toString(), List.of(reduction))
                .of(reduction);
        Map<K, TableScans.Totals> local = TableScans.reduceLocally(
                        warehouse.toString(),
                        List.of(reduction),
                        spark().sparkContext().hadoopConfiguration())
                .of(reduction);
        assertThat(local.keySet()).isEqualTo(bySpark.keySet());
        bySpark.forEach((key, totals) -> {
            assertThat(local.get(key).rows()).as(key.toString()).isEqualTo(totals.rows());
            assertThat(local.get(key).sum()).as(key.toString()).isEqualTo(totals.sum());
        });
        return bySpark;
    }

    @Test
    void countsAssessmentsByTheStatutoryClocksAtTheirEdges() {
        write(
                AssessmentRecords.TABLE,
                schema(
                        AssessmentRecords.RECORD_ID, DataTypes.StringType,
                        AssessmentRecords.LA_CODE, DataTypes.StringType,
                        AssessmentRecords.REQUEST_DATE, DataTypes.DateType,
                        AssessmentRecords.DECISION_DATE, DataTypes.DateType,
                        AssessmentRecords.DECISION, DataTypes.StringType,
                        AssessmentRecords.PLAN_ISSUE_DATE, DataTypes.DateType,
                        AssessmentRecords.EXCEPTION, DataTypes.BooleanType),
                List.of(
                        // 2024-01-10 + 140 days = 2024-05-29 (31 days of January from the 10th: 21, Feb 29, Mar 31,
                        // Apr 30: 111, + 29 = 140); + 42 days = 2024-02-21
                        RowFactory.create(
                                "a",
                                "E06000001",
                                day("2024-01-10"),
                                day("2024-02-21"),
                                "assess",
                                day("2024-05-29"),
                                false),
                        RowFactory.create(
                                "b",
                                "E06000001",
                                day("2024-01-10"),
                                day("2024-02-21"),
                                "assess",
                                day("2024-05-29"),
                                false),
                        // one day over each clock
                        RowFactory.create(
                                "c",
                                "E06000001",
                                day("2024-01-10"),
                                day("2024-02-22"),
                                "assess",
                                day("2024-05-30"),
                                false),
                        // no decision yet, no plan: both clocks false, no year of issue
                        RowFactory.create("d", "E06000001", day("2024-01-10"), null, null, null, false),
                        // a plan issued the next year, an exception applying
                        RowFactory.create(
                                "e",
                                "E06000002",
                                day("2024-12-01"),
                                day("2024-12-20"),
                                "assess",
                                day("2025-03-01"),
                                true)));

        CountedTables.Assessments reduction = new CountedTables.Assessments();
        List<AssessmentCell> cells = CountedTables.Assessments.cells(counts(reduction));

        assertThat(cells)
                .containsExactlyInAnyOrder(
                        new AssessmentCell("E06000001", 2024, 2024, false, "assess", true, true, 2),
                        new AssessmentCell("E06000001", 2024, 2024, false, "assess", false, false, 1),
                        new AssessmentCell("E06000001", 2024, null, false, null, false, false, 1),
                        // 2024-12-01 to 2025-03-01: 30 + 31 + 28 + 1 = 90 days; to 2024-12-20: 19 days
                        new AssessmentCell("E06000002", 2024, 2025, true, "assess", true, true, 1));
    }

    @Test
    void countsHealthAdviceAnsweredWithinSixWeeksAndNotWhenUnanswered() {
        write(
                HealthAdviceRequests.TABLE,
                schema(
                        HealthAdviceRequests.REQUEST_ID, DataTypes.StringType,
                        HealthAdviceRequests.LA_CODE, DataTypes.StringType,
                        HealthAdviceRequests.ICB_ODS_CODE, DataTypes.StringType,
                        HealthAdviceRequests.REQUEST_DATE, DataTypes.DateType,
                        HealthAdviceRequests.RESPONSE_DATE, DataTypes.DateType,
                        HealthAdviceRequests.EXCEPTION, DataTypes.BooleanType),
                List.of(
                        // 2023-03-01 + 42 days = 2023-04-12 (30 days to the 31st, + 12)
                        RowFactory.create("a", "E06000001", "QHM", day("2023-03-01"), day("2023-04-12"), false),
                        RowFactory.create("b", "E06000001", "QHM", day("2023-03-01"), day("2023-04-13"), false),
                        RowFactory.create("c", "E06000001", "QHM", day("2023-03-01"), null, false),
                        RowFactory.create("d", "E06000001", "QHM", day("2023-03-01"), day("2023-03-02"), null)));

        List<HealthAdviceCell> cells = CountedTables.HealthAdvice.cells(counts(new CountedTables.HealthAdvice()));

        assertThat(cells)
                .containsExactlyInAnyOrder(
                        new HealthAdviceCell("E06000001", "QHM", 2023, false, true, 1),
                        new HealthAdviceCell("E06000001", "QHM", 2023, false, false, 2),
                        new HealthAdviceCell("E06000001", "QHM", 2023, null, true, 1));
    }

    @Test
    void countsTherapyReferralsAtEachIcbsLatestCensusOfAYear() {
        write(
                TherapyReferrals.TABLE,
                schema(
                        TherapyReferrals.REFERRAL_ID, DataTypes.StringType,
                        TherapyReferrals.ICB_ODS_CODE, DataTypes.StringType,
                        TherapyReferrals.SERVICE, DataTypes.StringType,
                        TherapyReferrals.REFERRAL_DATE, DataTypes.DateType,
                        TherapyReferrals.FIRST_CONTACT_DATE, DataTypes.DateType,
                        TherapyReferrals.CENSUS_DATE, DataTypes.DateType),
                List.of(
                        // census 2024-03-31; 126 days before it is 2023-11-26 (5 + 31 + 31 + 29 + 30 = 126)
                        RowFactory.create("a", "QHM", "SLT", day("2023-11-26"), null, day("2024-03-31")),
                        RowFactory.create("b", "QHM", "SLT", day("2023-11-25"), null, day("2024-03-31")),
                        // 364 days before is 2023-04-02; 365 is 2023-04-01
                        RowFactory.create("c", "QHM", "SLT", day("2023-04-01"), day("2024-04-01"), day("2024-03-31")),
                        // seen on the census day: not waiting
                        RowFactory.create("d", "QHM", "SLT", day("2023-04-01"), day("2024-03-31"), day("2024-03-31")),
                        // referred on the census day: waiting, 0 days
                        RowFactory.create("e", "QHM", "OT", day("2024-03-31"), null, day("2024-03-31")),
                        // an earlier census of the same year: left out
                        RowFactory.create("f", "QHM", "SLT", day("2023-01-01"), null, day("2024-01-31")),
                        // another ICB's only census of 2023
                        RowFactory.create("g", "QNQ", "SLT", day("2023-06-01"), null, day("2023-06-30"))));

        List<TherapyCell> cells = CountedTables.Therapy.cells(counts(new CountedTables.Therapy(List.of(126, 364))));

        LocalDate census = LocalDate.of(2024, 3, 31);
        assertThat(cells)
                .containsExactlyInAnyOrder(
                        new TherapyCell("QHM", census, "SLT", true, 0, 1),
                        new TherapyCell("QHM", census, "SLT", true, 1, 1),
                        new TherapyCell("QHM", census, "SLT", true, 2, 1),
                        new TherapyCell("QHM", census, "SLT", false, 0, 1),
                        new TherapyCell("QHM", census, "OT", true, 0, 1),
                        new TherapyCell("QNQ", LocalDate.of(2023, 6, 30), "SLT", true, 0, 1));
    }

    @Test
    void foldsTheWaitingListByMonthAndServiceWhateverItsCaseKeepingBlanksAndTheirFirstReason() {
        DataType reasons = DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType);
        StructType schema = schema(
                CommunityWaitingList.PERIOD, DataTypes.DateType,
                CommunityWaitingList.ORG_LEVEL, DataTypes.StringType,
                CommunityWaitingList.ICB_ODS_CODE, DataTypes.StringType,
                CommunityWaitingList.AGE_GROUP, DataTypes.StringType,
                CommunityWaitingList.SERVICE, DataTypes.StringType,
                CommunityWaitingList.WEEKS_BAND, DataTypes.StringType,
                CommunityWaitingList.WAITING, DataTypes.LongType,
                WarehouseTables.MISSING_REASONS, reasons);
        Map<String, String> none = Collections.emptyMap();
        write(
                CommunityWaitingList.TABLE,
                schema,
                List.of(
                        RowFactory.create(
                                day("2024-03-31"), "England", null, "0-17", "Speech and language", "total", 100L, none),
                        RowFactory.create(
                                day("2024-03-01"), "England", null, "0-17", "speech and language", "total", 20L, null),
                        RowFactory.create(
                                day("2024-03-31"),
                                "ICB",
                                "QHM",
                                "0-17",
                                "Speech and language",
                                "total",
                                null,
                                Map.of(CommunityWaitingList.WAITING, "suppressed", "other", "x")),
                        RowFactory.create(
                                day("2024-03-31"),
                                "ICB",
                                "QHM",
                                "0-17",
                                "Speech and language",
                                "total",
                                null,
                                Map.of(CommunityWaitingList.WAITING, "not submitted")),
                        RowFactory.create(
                                day("2024-03-31"), "ICB", "QHM", "0-17", "Speech and language", "total", 7L, none),
                        // left out: an ICB row without a code, a region, another age group, another service
                        RowFactory.create(
                                day("2024-03-31"), "ICB", null, "0-17", "Speech and language", "total", 5L, none),
                        RowFactory.create(
                                day("2024-03-31"), "Region", null, "0-17", "Speech and language", "total", 5L, none),
                        RowFactory.create(
                                day("2024-03-31"), "England", null, "18+", "Speech and language", "total", 5L, none),
                        RowFactory.create(day("2024-03-31"), "England", null, "0-17", "Audiology", "total", 5L, none)));

        List<WaitingListCell> cells = CountedTables.WaitingList.cells(
                counts(new CountedTables.WaitingList(Set.of("0-17"), Set.of("Speech and language"))));

        LocalDate march = LocalDate.of(2024, 3, 1);
        assertThat(cells)
                .containsExactlyInAnyOrder(
                        new WaitingListCell(
                                "England", null, march, "0-17", "speech and language", "total", 2, 0, 120.0, null),
                        new WaitingListCell(
                                "ICB",
                                "QHM",
                                march,
                                "0-17",
                                "speech and language",
                                "total",
                                3,
                                2,
                                7.0,
                                "not submitted"));
    }

    @Test
    void readsEveryRowOfAFileOfManyRowGroupsWithDictionaryAndPlainPages() throws Exception {
        // Enough distinct words that Parquet gives up its dictionary, and row groups of a few kilobytes.
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(RowFactory.create(
                    i % 3 == 0 ? null : "word-" + i,
                    "E0600000" + (i % 7),
                    i % 5 == 0
                            ? null
                            : day(LocalDate.of(2020, 1, 1).plusDays(i % 1000).toString())));
        }
        spark().createDataFrame(
                        rows,
                        schema(
                                "distinct", DataTypes.StringType,
                                "repeated", DataTypes.StringType,
                                "when", DataTypes.DateType))
                .coalesce(1)
                .write()
                .option("parquet.block.size", 8192)
                .option("parquet.dictionary.page.size", 4096)
                .parquet(warehouse.resolve("table").toString());
        List<org.apache.hadoop.fs.FileStatus> files = TableScans.files(
                new org.apache.hadoop.fs.Path(warehouse.resolve("table").toString()),
                spark().sparkContext().hadoopConfiguration());
        assertThat(files).hasSize(1);
        try (var reader = org.apache.parquet.hadoop.ParquetFileReader.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromStatus(
                        files.get(0), spark().sparkContext().hadoopConfiguration()))) {
            assertThat(reader.getRowGroups()).hasSizeGreaterThan(3);
        }

        List<String> read = new ArrayList<>();
        try (ColumnCursor row = ColumnCursor.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(
                        files.get(0).getPath(), spark().sparkContext().hadoopConfiguration()),
                List.of("distinct", "repeated", "when", "absent"))) {
            while (row.next()) {
                read.add(row.text(0) + "|" + row.text(1) + "|"
                        + (row.isNull(2)
                                ? "null"
                                : LocalDate.ofEpochDay(row.day(2)).toString()) + "|"
                        + row.isNull(3));
            }
        }

        List<String> expected = new ArrayList<>();
        for (Row row : rows) {
            expected.add(row.get(0) + "|" + row.get(1) + "|" + row.get(2) + "|true");
        }
        assertThat(read).containsExactlyElementsOf(expected);
    }
}
