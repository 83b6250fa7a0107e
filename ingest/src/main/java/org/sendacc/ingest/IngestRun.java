package org.sendacc.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.sendacc.contract.warehouse.FileSummary;
import org.sendacc.contract.warehouse.RunSummary;
import org.sendacc.contract.warehouse.SourceSummary;
import org.sendacc.contract.warehouse.TableMetadata;
import org.sendacc.contract.warehouse.WarehouseColumn;
import org.sendacc.ingest.source.FileGroups;
import org.sendacc.ingest.source.FileOutcome;
import org.sendacc.ingest.source.FileProcessor;
import org.sendacc.ingest.source.InputFile;
import org.sendacc.ingest.source.Provenance;
import org.sendacc.ingest.source.RejectionsCsv;
import org.sendacc.ingest.source.Resubmissions;
import org.sendacc.ingest.source.SparkTypes;
import org.sendacc.ingest.source.TableFile;
import org.sendacc.ingest.warehouse.Warehouse;
import org.sendacc.ingest.warehouse.WarehouseJson;
import org.sendacc.reference.ReferenceData;
import org.sendacc.rules.contract.Problem;
import org.sendacc.rules.source.Source;
import org.sendacc.spark.Failures;
import org.sendacc.spark.UserError;
import org.sendacc.spark.WarehouseAccess;

/**
 * One ingest run: finds every known source in the input folder, reads and validates its files in Spark tasks,
 * writes the accepted rows as Parquet tables and every rejected row to {@code rejections.csv}, then publishes the
 * tables together (see {@link Warehouse}). A run that fails publishes nothing.
 */
public final class IngestRun {
    /** A file in the input folder's root that marks its contents as the synthetic sample. */
    public static final String SYNTHETIC_MARKER = "SYNTHETIC";

    private static final DateTimeFormatter RUN_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    /** Called after each step: lets a test stop a run part-way, as a crash would. */
    @FunctionalInterface
    public interface Checkpoint {
        void reached(String step);
    }

    private final SparkSession spark;
    private final ReferenceData reference;
    private final List<Source> sources;
    private final Clock clock;
    private final Checkpoint checkpoint;

    public IngestRun(
            SparkSession spark, ReferenceData reference, List<Source> sources, Clock clock, Checkpoint checkpoint) {
        this.spark = requireNonNull(spark, "spark is null");
        this.reference = requireNonNull(reference, "reference is null");
        this.sources = List.copyOf(requireNonNull(sources, "sources is null"));
        this.clock = requireNonNull(clock, "clock is null");
        this.checkpoint = requireNonNull(checkpoint, "checkpoint is null");
    }

    public IngestRun(SparkSession spark) {
        this(spark, ReferenceData.bundled(), SourceCatalog.all(), Clock.systemUTC(), step -> {});
    }

    public RunSummary run(String input, String warehouseUri) {
        Instant started = clock.instant();
        LocalDate runDate = LocalDate.ofInstant(started, ZoneOffset.UTC);
        String runId = RUN_ID_TIME.format(started) + "Z-"
                + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        // The user's mistakes first, before anything is written: a missing input folder, a warehouse that cannot be
        // written (read-only, no permission).
        InputFolder folder = InputFolder.scan(input, hadoop, sources);
        try {
            WarehouseAccess.checkWritable(warehouseUri, hadoop, true);
        } catch (UserError e) {
            throw new IngestException(IngestException.Category.USER_ERROR, e.getMessage(), e);
        }
        Warehouse warehouse = new Warehouse(warehouseUri, hadoop);
        List<SourceSummary> summaries = new ArrayList<>();
        long rejections = 0;
        try {
            warehouse.recover();
            FileSystem fileSystem = warehouse.fileSystem();
            Path runFolder = warehouse.runFolder(runId);
            fileSystem.mkdirs(runFolder);
            try (Writer writer = new OutputStreamWriter(
                            fileSystem.create(new Path(runFolder, "rejections.csv"), false), StandardCharsets.UTF_8);
                    CSVPrinter rejectionsCsv = RejectionsCsv.printer(writer, true)) {
                SourcesInFlight inFlight = new SourcesInFlight(
                        folder.filesBySource(),
                        (source, files) -> ingestSource(source, files, runDate, runId, warehouse, folder));
                try {
                    for (Source source : folder.filesBySource().keySet()) {
                        SourceRun sourceRun = inFlight.await(source);
                        summaries.add(sourceRun.summary());
                        rejections += sourceRun.writeRejections(rejectionsCsv, writer, fileSystem);
                        checkpoint.reached("staged " + source.table());
                    }
                } finally {
                    inFlight.close(spark);
                }
            }
            List<String> tables = summaries.stream().map(SourceSummary::table).toList();
            checkpoint.reached("before commit");
            warehouse.commit(runId, tables);
            RunSummary summary = summary(
                    runId,
                    RunSummary.COMMITTED,
                    input,
                    warehouse,
                    folder,
                    runDate,
                    started,
                    summaries,
                    rejections,
                    null);
            writeSummary(warehouse, runId, summary);
            return summary;
        } catch (IOException | RuntimeException | FSError e) { // FSError: Hadoop's local file system, disk full
            String reason = Failures.cause(e);
            try {
                warehouse.abandon(runId);
                writeSummary(
                        warehouse,
                        runId,
                        summary(
                                runId,
                                RunSummary.FAILED,
                                input,
                                warehouse,
                                folder,
                                runDate,
                                started,
                                summaries,
                                rejections,
                                reason));
            } catch (IOException | RuntimeException | FSError suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IngestException(
                    IngestException.Category.EXTERNAL,
                    "ingest run " + runId + " failed; the warehouse's tables are unchanged: " + reason,
                    e);
        }
    }

    private RunSummary summary(
            String runId,
            String status,
            String input,
            Warehouse warehouse,
            InputFolder folder,
            LocalDate runDate,
            Instant started,
            List<SourceSummary> summaries,
            long rejections,
            String error) {
        return new RunSummary(
                runId,
                status,
                input,
                warehouse.root().toString(),
                folder.isSynthetic(),
                runDate.toString(),
                started.toString(),
                clock.instant().toString(),
                summaries,
                folder.skipped(),
                rejections,
                error);
    }

    private static void writeSummary(Warehouse warehouse, String runId, RunSummary summary) throws IOException {
        Path path = new Path(warehouse.runFolder(runId), "summary.json");
        try (OutputStream out = warehouse.fileSystem().create(path, true)) {
            WarehouseJson.JSON.writeValue(out, summary);
        }
    }

    private SourceRun ingestSource(
            Source source,
            List<InputFile> files,
            LocalDate runDate,
            String runId,
            Warehouse warehouse,
            InputFolder folder)
            throws IOException {
        FileProcessor processor = new FileProcessor(source, reference, runDate, runId);
        // A return sent twice by the same LA or ICB: only the latest submission is read, the other is only listed.
        Resubmissions.Outcome submissions = Resubmissions.of(source, files);
        files = submissions.latest();
        // One pass: each task reads a group of files, hands their accepted rows to the table's writer, writes their
        // rejected rows' problems as it finds them, and leaves the files' outcomes (checksum, counts, file problems) in
        // a small side file for the run's summary.
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<List<InputFile>> groups = FileGroups.of(files, context.defaultParallelism());
        Path outcomes = warehouse.scratch(runId, source.table() + "-outcomes");
        List<String> outcomeFiles = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            outcomeFiles.add(new Path(outcomes, String.format("%06d.json", i)).toString());
        }
        // The executors open files with the session's Hadoop settings (spark.hadoop.*), and check rows with the
        // processor (its contract and the reference tables, about 120 KB), each sent once, not once per task: a task's
        // closure is deserialized for every task, a broadcast once per executor (never in local mode).
        Broadcast<SerializableConfiguration> hadoop = context.broadcast(
                new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
        Broadcast<FileProcessor> processors = context.broadcast(processor);
        // Largest group first: Spark starts tasks in partition order, so the small ones fill the cores at the end.
        // Each task writes its group's accepted rows as one Parquet file of the staged table (TableFile), straight
        // from the rows' values: a DataFrame would convert every value to Spark's internal row and back.
        Path table = warehouse.stagedTable(runId, source.table());
        String tablePath = table.toString();
        StructType schema = Provenance.tableSchema(source.contract());
        List<String> withoutDictionary = new ArrayList<>(source.contract().uniqueColumns());
        // Distinct within a file: Parquet would build a dictionary of them, then give it up page by page.
        withoutDictionary.add(Provenance.SOURCE_ROW);
        try {
            context.parallelize(
                            java.util.stream.IntStream.range(0, groups.size())
                                    .boxed()
                                    .toList(),
                            groups.size())
                    .foreach(index -> {
                        Configuration configuration = hadoop.value().value();
                        TableFile.write(
                                processors
                                        .value()
                                        .acceptedRows(groups.get(index), configuration, outcomeFiles.get(index)),
                                schema,
                                withoutDictionary,
                                new Path(tablePath, TableFile.name(index)),
                                configuration);
                    });
        } finally {
            hadoop.destroy();
            processors.destroy();
        }

        List<FileOutcome> fileOutcomes = new ArrayList<>();
        for (String outcome : outcomeFiles) {
            fileOutcomes.addAll(FileOutcome.readAll(warehouse.fileSystem(), new Path(outcome)));
        }
        for (Resubmissions.Superseded superseded : submissions.superseded()) {
            fileOutcomes.add(
                    Resubmissions.outcome(superseded, spark.sparkContext().hadoopConfiguration()));
        }
        fileOutcomes.sort(java.util.Comparator.comparing(FileOutcome::file));
        List<FileSummary> fileSummaries = new ArrayList<>();
        for (FileOutcome outcome : fileOutcomes) {
            fileSummaries.add(new FileSummary(
                    outcome.file(),
                    outcome.sha256(),
                    outcome.bytes(),
                    outcome.rowsRead(),
                    outcome.accepted(),
                    outcome.rowsRead() - outcome.accepted(),
                    outcome.fileProblems().stream().map(Problem::message).toList()));
        }
        TableMetadata metadata = new TableMetadata(
                source.table(),
                source.id(),
                source.publisher(),
                source.description(),
                runId,
                folder.isSynthetic(),
                fileSummaries.stream().mapToLong(FileSummary::accepted).sum(),
                fileSummaries,
                Arrays.stream(schema.fields())
                        .map(field ->
                                new WarehouseColumn(field.name(), SparkTypes.logical(field.name(), field.dataType())))
                        .toList());
        WarehouseJson.write(warehouse.fileSystem(), table, metadata);
        return new SourceRun(
                new SourceSummary(source.id(), source.table(), source.publisher(), fileSummaries), fileOutcomes);
    }
}
