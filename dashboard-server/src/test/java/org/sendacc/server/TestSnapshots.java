package org.sendacc.server;

import static org.sendacc.server.TestRows.row;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.sendacc.contract.catalogue.Token;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.SnapshotReader;
import org.sendacc.server.snapshot.SnapshotStore;

/**
 * Publishes small snapshots into a test warehouse the way the analytics job does (docs/snapshot.md): the indicators
 * table as snappy Parquet with Spark's schema (every column optional; dates as int32 DATE; rank, quartile and trend
 * points int32; ranked areas and neighbours included int64), catalogue.json, manifest.json, then CURRENT replaced by a
 * rename.
 *
 * <p>The sample: England, the North East region, the North East and North Cumbria ICB footprint, and two LAs
 * (Hartlepool, old number 805; Middlesbrough, 806); three indicators, one per partner; two periods of the LA indicator
 * (2023 and 2024) from DfE and one from local returns, a monthly NHS period (2024-03), and one suppressed row
 * (Middlesbrough 2023). Every figure is written here by hand.
 */
public final class TestSnapshots {
    public static final String FIRST_ID = "20260101T000000Z-aaaa";
    public static final String SECOND_ID = "20260102T000000Z-bbbb";

    public static final String ENGLAND = "E92000001";
    public static final String NORTH_EAST = "E12000001";
    public static final String ICB = "E54000050";
    public static final String ICB_NAME = "NHS North East and North Cumbria Integrated Care Board";
    public static final String HARTLEPOOL = "E06000001";
    public static final String MIDDLESBROUGH = "E06000002";

    public static final String TIMELINESS = "ehcp_20wk_excl_exceptions";
    public static final String WAITING = "slt_waiting_over_18wk";
    public static final String TRIBUNAL = "tribunal_appeal_rate";

    /** One page of each template but search and the error page, as the sample has them. */
    public static final List<String> PAGES =
            List.of("/", "/area/" + HARTLEPOOL, "/icb/" + ICB, "/indicator/" + TIMELINESS, "/indicators", "/changes");

    public static final String HOSTILE_REASON = "=SUM(A1:A2) from a hostile source";

    /** Spark's schema for the indicators table, as written by the analytics job. */
    static final MessageType SCHEMA = MessageTypeParser.parseMessageType(String.join(
            "\n",
            "message spark_schema {",
            "  optional binary indicator_id (STRING);",
            "  optional binary area_code (STRING);",
            "  optional binary area_name (STRING);",
            "  optional binary area_level (STRING);",
            "  optional binary period (STRING);",
            "  optional binary period_label (STRING);",
            "  optional int32 period_start (DATE);",
            "  optional double value;",
            "  optional double numerator;",
            "  optional double denominator;",
            "  optional double lower_ci95;",
            "  optional double upper_ci95;",
            "  optional double lower_ci998;",
            "  optional double upper_ci998;",
            "  optional double england_value;",
            "  optional double region_value;",
            "  optional double neighbours_value;",
            "  optional double icb_value;",
            "  optional binary comparison_england (STRING);",
            "  optional binary comparison_region (STRING);",
            "  optional binary comparison_neighbours (STRING);",
            "  optional binary comparison_icb (STRING);",
            "  optional int32 rank;",
            "  optional int64 ranked_areas;",
            "  optional int32 quartile;",
            "  optional double previous_value;",
            "  optional binary trend (STRING);",
            "  optional binary trend_judgement (STRING);",
            "  optional int32 trend_points;",
            "  optional binary source (STRING);",
            "  optional boolean apportioned;",
            "  optional boolean break_in_series;",
            "  optional boolean suppressed;",
            "  optional binary no_value_reason (STRING);",
            "  optional int32 published_date (DATE);",
            "  optional binary evidence_url (STRING);",
            "  optional binary partner (STRING);",
            "  optional binary unit (STRING);",
            "  optional binary polarity (STRING);",
            "  optional binary region_code (STRING);",
            "  optional binary icb_code (STRING);",
            "  optional int64 neighbours_included;",
            "  optional binary snapshot_id (STRING);",
            "}"));

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TestSnapshots() {}

    /** The sample rows, as published in snapshot {@code id}. */
    public static List<IndicatorRow> sampleRows(String id) {
        List<IndicatorRow> rows = new ArrayList<>();
        // New EHC plans within 20 weeks (LA), DfE figures for 2023 and 2024.
        rows.add(timeliness(ENGLAND, "England", AreaLevel.ENGLAND, "2023")
                .figures(50.3, 40000.0, 79523.0)
                .intervals(49.95, 50.65, 49.76, 50.84)
                .england(50.3, "similar")
                .snapshot(id)
                .build());
        rows.add(timeliness(NORTH_EAST, "North East", AreaLevel.REGION, "2023")
                .figures(52.0, 1820.0, 3500.0)
                .intervals(50.34, 53.65, 49.46, 54.52)
                .england(50.3, "better_95")
                .snapshot(id)
                .build());
        rows.add(timeliness(ICB, ICB_NAME, AreaLevel.ICB, "2023")
                .figures(51.0, 2040.0, 4000.0)
                .intervals(49.45, 52.55, 48.63, 53.37)
                .england(50.3, "similar")
                .apportioned()
                .snapshot(id)
                .build());
        rows.add(timeliness(HARTLEPOOL, "Hartlepool", AreaLevel.LA, "2023")
                .figures(40.0, 20.0, 50.0)
                .intervals(27.61, 53.82, 22.12, 60.45)
                .england(50.3, "similar")
                .region(NORTH_EAST, 52.0, "similar")
                .icb(ICB, 51.0, "similar")
                .neighbours(45.0, 10L, "similar")
                .rank(1, 1L, 1)
                .snapshot(id)
                .build());
        rows.add(timeliness(MIDDLESBROUGH, "Middlesbrough", AreaLevel.LA, "2023")
                .suppressed()
                .england(50.3, "not_compared")
                .region(NORTH_EAST, 52.0, "not_compared")
                .icb(ICB, 51.0, "not_compared")
                .neighbours(47.0, 10L, "not_compared")
                .snapshot(id)
                .build());
        rows.add(timeliness(ENGLAND, "England", AreaLevel.ENGLAND, "2024")
                .figures(46.4, 39407.0, 84866.0)
                .intervals(46.1, 46.77, 45.9, 46.96)
                .england(46.4, "similar")
                .trend(50.3, "decreasing", "getting_worse", 2)
                .breakInSeries()
                .snapshot(id)
                .build());
        rows.add(timeliness(NORTH_EAST, "North East", AreaLevel.REGION, "2024")
                .figures(55.0, 2200.0, 4000.0)
                .intervals(53.45, 56.54, 52.58, 57.4)
                .england(46.4, "better_99.8")
                .trend(52.0, "not_enough_data", "no_judgement", 2)
                .snapshot(id)
                .build());
        rows.add(timeliness(ICB, ICB_NAME, AreaLevel.ICB, "2024")
                .figures(52.0, 2340.0, 4500.0)
                .intervals(50.54, 53.46, 49.72, 54.27)
                .england(46.4, "better_99.8")
                .apportioned()
                .trend(51.0, "not_enough_data", "no_judgement", 2)
                .snapshot(id)
                .build());
        rows.add(timeliness(HARTLEPOOL, "Hartlepool", AreaLevel.LA, "2024")
                .figures(50.0, 30.0, 60.0)
                .intervals(37.73, 62.27, 30.62, 69.38)
                .england(46.4, "similar")
                .region(NORTH_EAST, 55.0, "similar")
                .icb(ICB, 52.0, "similar")
                .neighbours(48.0, 10L, "similar")
                .rank(1, 2L, 1)
                .trend(40.0, "not_enough_data", "no_judgement", 2)
                .breakInSeries()
                .snapshot(id)
                .build());
        rows.add(timeliness(MIDDLESBROUGH, "Middlesbrough", AreaLevel.LA, "2024")
                .figures(25.0, 10.0, 40.0)
                .intervals(14.19, 40.1, 9.93, 49.59)
                .england(46.4, "worse_95")
                .region(NORTH_EAST, 55.0, "worse_99.8")
                .icb(ICB, 52.0, "worse_99.8")
                .neighbours(49.0, 9L, "worse_95")
                .rank(2, 2L, 4)
                .trend(null, "not_enough_data", "no_judgement", 1)
                .snapshot(id)
                .build());
        // The same indicator from the LAs' own returns: a separate source, never mixed with DfE's.
        rows.add(row(TIMELINESS, "local_return", ENGLAND, "England", AreaLevel.ENGLAND, "2024")
                .figures(48.4, 38423.0, 79381.0)
                .england(48.4, "similar")
                .snapshot(id)
                .build());
        rows.add(row(TIMELINESS, "local_return", HARTLEPOOL, "Hartlepool", AreaLevel.LA, "2024")
                .figures(41.2, 68.0, 165.0)
                .england(48.4, "worse_95")
                .region(NORTH_EAST, null, "not_compared")
                .icb(ICB, null, "not_compared")
                .rank(1, 1L, 1)
                .snapshot(id)
                .build());
        // Children's SLT waits over 18 weeks (ICB), one NHS month; the LA figures are the ICB's shared out: estimates,
        // published without counts, interval or comparison.
        rows.add(waiting(ENGLAND, "England", AreaLevel.ENGLAND)
                .figures(20.8, 9153.0, 43987.0)
                .england(20.8, "similar")
                .snapshot(id)
                .build());
        rows.add(waiting(ICB, ICB_NAME, AreaLevel.ICB)
                .figures(30.0, 300.0, 1000.0)
                .england(20.8, "worse_99.8")
                .snapshot(id)
                .build());
        rows.add(waiting(HARTLEPOOL, "Hartlepool", AreaLevel.LA)
                .figures(30.0, null, null)
                .england(20.8, "not_compared")
                .region(NORTH_EAST, null, "not_compared")
                .icb(ICB, 30.0, "not_compared")
                .apportioned()
                .snapshot(id)
                .build());
        rows.add(waiting(MIDDLESBROUGH, "Middlesbrough", AreaLevel.LA)
                .figures(30.0, null, null)
                .england(20.8, "not_compared")
                .region(NORTH_EAST, null, "not_compared")
                .icb(ICB, 30.0, "not_compared")
                .apportioned()
                .snapshot(id)
                .build());
        // SEND tribunal appeal rate (joint).
        rows.add(tribunal(ENGLAND, "England", AreaLevel.ENGLAND)
                .figures(2.5, 5000.0, 200000.0)
                .england(2.5, "similar")
                .snapshot(id)
                .build());
        rows.add(tribunal(HARTLEPOOL, "Hartlepool", AreaLevel.LA)
                .figures(3.0, 6.0, 200.0)
                .england(2.5, "similar")
                .region(NORTH_EAST, null, "not_compared")
                .icb(ICB, null, "not_compared")
                .snapshot(id)
                .build());
        rows.add(tribunal(MIDDLESBROUGH, "Middlesbrough", AreaLevel.LA)
                .england(2.5, "not_compared")
                .region(NORTH_EAST, null, "not_compared")
                .icb(ICB, null, "not_compared")
                .noValue(HOSTILE_REASON)
                .snapshot(id)
                .build());
        return List.copyOf(rows);
    }

    private static TestRows timeliness(String code, String name, AreaLevel level, String period) {
        return row(TIMELINESS, "dfe_ees", code, name, level, period);
    }

    private static TestRows waiting(String code, String name, AreaLevel level) {
        return row(WAITING, "nhs_cwl", code, name, level, "2024-03").catalogue("ICB", "percent", "lower_is_better");
    }

    private static TestRows tribunal(String code, String name, AreaLevel level) {
        return row(TRIBUNAL, "moj", code, name, level, "2024").catalogue("joint", "percent", "lower_is_better");
    }

    /** The row with another area name, e.g. a hostile one. */
    public static IndicatorRow renamed(IndicatorRow row, String name) {
        return new IndicatorRow(
                row.indicatorId(),
                row.areaCode(),
                name,
                row.areaLevel(),
                row.period(),
                row.periodLabel(),
                row.periodStart(),
                row.value(),
                row.numerator(),
                row.denominator(),
                row.lowerCi95(),
                row.upperCi95(),
                row.lowerCi998(),
                row.upperCi998(),
                row.englandValue(),
                row.regionValue(),
                row.neighboursValue(),
                row.icbValue(),
                row.comparisonEngland(),
                row.comparisonRegion(),
                row.comparisonNeighbours(),
                row.comparisonIcb(),
                row.rank(),
                row.rankedAreas(),
                row.quartile(),
                row.previousValue(),
                row.trend(),
                row.trendJudgement(),
                row.trendPoints(),
                row.source(),
                row.apportioned(),
                row.breakInSeries(),
                row.suppressed(),
                row.noValueReason(),
                row.publishedDate(),
                row.evidenceUrl(),
                row.noSenValue(),
                row.gapToNoSen(),
                row.partner(),
                row.unit(),
                row.polarity(),
                row.regionCode(),
                row.icbCode(),
                row.neighboursIncluded(),
                row.snapshotId());
    }

    /**
     * Writes the sample's restricted table ({@code restricted/indicators_unsuppressed/<id>/}), as the analytics job
     * does beside the snapshot: every row as published, but Middlesbrough's 2023 timeliness, withheld in public, is
     * there: 3 of 4 (75%, Wilson's 95% interval 30.06-95.44, worked out by hand).
     */
    public static void publishRestrictedSample(Path warehouse, String id) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorRow row : sampleRows(id)) {
            rows.add(
                    row.suppressed()
                            ? timeliness(MIDDLESBROUGH, "Middlesbrough", AreaLevel.LA, "2023")
                                    .figures(75.0, 3.0, 4.0)
                                    .intervals(30.06, 95.44, 15.0, 99.0)
                                    .snapshot(id)
                                    .build()
                            : row);
        }
        Path folder = warehouse
                .resolve("restricted")
                .resolve("indicators_unsuppressed")
                .resolve(id);
        try {
            Files.createDirectories(folder);
            writeIndicators(folder.resolve("part-00000-test-c000.snappy.parquet"), rows, Set.of(), Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes the sample as snapshot {@code id} and makes it current. */
    public static void publishSample(Path warehouse, String id) {
        publish(warehouse, id, sampleRows(id), Set.of());
    }

    /** Writes a whole snapshot, then points CURRENT at it by a rename, as the analytics job does. */
    public static void publish(Path warehouse, String id, List<IndicatorRow> rows, Set<String> omittedColumns) {
        publish(warehouse, id, rows, omittedColumns, Set.of());
    }

    /**
     * Publishes a snapshot whose Parquet lacks some columns altogether ({@code omittedColumns}) or keeps them but
     * leaves them empty in every row ({@code emptiedColumns}), as a broken pipeline might.
     */
    public static void publish(
            Path warehouse,
            String id,
            List<IndicatorRow> rows,
            Set<String> omittedColumns,
            Set<String> emptiedColumns) {
        Path folder = writeSnapshot(warehouse, id, rows, omittedColumns, emptiedColumns);
        pointCurrentAt(folder.getParent(), id);
    }

    /** Writes a snapshot's files without making it current. */
    public static Path writeSnapshot(
            Path warehouse,
            String id,
            List<IndicatorRow> rows,
            Set<String> omittedColumns,
            Set<String> emptiedColumns) {
        Path folder = warehouse.resolve("snapshots").resolve(id);
        try {
            Files.createDirectories(folder.resolve("indicators"));
            writeIndicators(
                    folder.resolve("indicators").resolve("part-00000-test-c000.snappy.parquet"),
                    rows,
                    omittedColumns,
                    emptiedColumns);
            // Spark leaves these beside its data; the reader must not take them for data.
            Files.writeString(folder.resolve("indicators").resolve("_SUCCESS"), "");
            Files.writeString(folder.resolve("indicators").resolve(".part-00000-test-c000.snappy.parquet.crc"), "crc");
            JSON.writeValue(folder.resolve("catalogue.json").toFile(), catalogue());
            JSON.writeValue(folder.resolve("manifest.json").toFile(), manifest(id, rows.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static void pointCurrentAt(Path snapshots, String id) {
        try {
            Path next = snapshots.resolve(".CURRENT-" + id);
            Files.writeString(next, id + "\n", StandardCharsets.UTF_8);
            Files.move(next, snapshots.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes rows with Spark's schema, less any omitted columns and with emptied ones left null, as snappy Parquet. */
    public static void writeIndicators(
            Path file, List<IndicatorRow> rows, Set<String> omittedColumns, Set<String> emptiedColumns)
            throws IOException {
        writeIndicators(file, rows, omittedColumns, emptiedColumns, CompressionCodecName.SNAPPY);
    }

    /** Writes rows as {@link #writeIndicators(Path, List, Set, Set)} does, compressed with the codec given. */
    public static void writeIndicators(
            Path file,
            List<IndicatorRow> rows,
            Set<String> omittedColumns,
            Set<String> emptiedColumns,
            CompressionCodecName codec)
            throws IOException {
        MessageType schema = new MessageType(
                SCHEMA.getName(),
                SCHEMA.getFields().stream()
                        .filter(field -> !omittedColumns.contains(field.getName()))
                        .toList());
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withType(schema)
                .withCompressionCodec(codec)
                .build()) {
            for (IndicatorRow row : rows) {
                Group group = groups.newGroup();
                Map<String, Object> cells = cells(row);
                for (String column : SnapshotColumns.ALL) {
                    Object cell = cells.get(column);
                    if (cell == null || omittedColumns.contains(column) || emptiedColumns.contains(column)) {
                        continue;
                    }
                    if (cell instanceof String text) {
                        group.append(column, text);
                    } else if (cell instanceof Token token) {
                        group.append(column, token.token()); // a vocabulary as the snapshot spells it
                    } else if (cell instanceof Double number) {
                        group.append(column, number);
                    } else if (cell instanceof Integer number) {
                        group.append(column, number);
                    } else if (cell instanceof Long number) {
                        group.append(column, number);
                    } else if (cell instanceof Boolean flag) {
                        group.append(column, flag);
                    } else {
                        throw new IllegalStateException("no Parquet type for " + cell.getClass());
                    }
                }
                writer.write(group);
            }
        }
    }

    private static Map<String, Object> cells(IndicatorRow row) {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put(SnapshotColumns.INDICATOR_ID, row.indicatorId());
        cells.put(SnapshotColumns.AREA_CODE, row.areaCode());
        cells.put(SnapshotColumns.AREA_NAME, row.areaName());
        cells.put(SnapshotColumns.AREA_LEVEL, row.areaLevel().snapshotName());
        cells.put(SnapshotColumns.PERIOD, row.period());
        cells.put(SnapshotColumns.PERIOD_LABEL, row.periodLabel());
        cells.put(SnapshotColumns.PERIOD_START, (int) row.periodStart().toEpochDay());
        cells.put(SnapshotColumns.VALUE, row.value());
        cells.put(SnapshotColumns.NUMERATOR, row.numerator());
        cells.put(SnapshotColumns.DENOMINATOR, row.denominator());
        cells.put(SnapshotColumns.LOWER_CI95, row.lowerCi95());
        cells.put(SnapshotColumns.UPPER_CI95, row.upperCi95());
        cells.put(SnapshotColumns.LOWER_CI998, row.lowerCi998());
        cells.put(SnapshotColumns.UPPER_CI998, row.upperCi998());
        cells.put(SnapshotColumns.ENGLAND_VALUE, row.englandValue());
        cells.put(SnapshotColumns.REGION_VALUE, row.regionValue());
        cells.put(SnapshotColumns.NEIGHBOURS_VALUE, row.neighboursValue());
        cells.put(SnapshotColumns.ICB_VALUE, row.icbValue());
        cells.put(SnapshotColumns.COMPARISON_ENGLAND, row.comparisonEngland());
        cells.put(SnapshotColumns.COMPARISON_REGION, row.comparisonRegion());
        cells.put(SnapshotColumns.COMPARISON_NEIGHBOURS, row.comparisonNeighbours());
        cells.put(SnapshotColumns.COMPARISON_ICB, row.comparisonIcb());
        cells.put(SnapshotColumns.RANK, row.rank());
        cells.put(SnapshotColumns.RANKED_AREAS, row.rankedAreas());
        cells.put(SnapshotColumns.QUARTILE, row.quartile());
        cells.put(SnapshotColumns.PREVIOUS_VALUE, row.previousValue());
        cells.put(SnapshotColumns.TREND, row.trend());
        cells.put(SnapshotColumns.TREND_JUDGEMENT, row.trendJudgement());
        cells.put(SnapshotColumns.TREND_POINTS, row.trendPoints());
        cells.put(SnapshotColumns.SOURCE, row.source());
        cells.put(SnapshotColumns.APPORTIONED, row.apportioned());
        cells.put(SnapshotColumns.BREAK_IN_SERIES, row.breakInSeries());
        cells.put(SnapshotColumns.SUPPRESSED, row.suppressed());
        cells.put(SnapshotColumns.NO_VALUE_REASON, row.noValueReason());
        cells.put(
                SnapshotColumns.PUBLISHED_DATE,
                row.publishedDate() == null ? null : (int) row.publishedDate().toEpochDay());
        cells.put(SnapshotColumns.EVIDENCE_URL, row.evidenceUrl());
        cells.put(SnapshotColumns.PARTNER, row.partner());
        cells.put(SnapshotColumns.UNIT, row.unit());
        cells.put(SnapshotColumns.POLARITY, row.polarity());
        cells.put(SnapshotColumns.REGION_CODE, row.regionCode());
        cells.put(SnapshotColumns.ICB_CODE, row.icbCode());
        cells.put(SnapshotColumns.NEIGHBOURS_INCLUDED, row.neighboursIncluded());
        cells.put(SnapshotColumns.SNAPSHOT_ID, row.snapshotId());
        return cells;
    }

    private static Map<String, Object> catalogue() {
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("catalogue_version", 1);
        catalogue.put("notes", "A test catalogue.");
        catalogue.put(
                "publications",
                List.of(Map.of(
                        "source", "dfe_ees",
                        "table", "dfe_timeliness_20_week",
                        "publisher", "Department for Education",
                        "publication", "Education, health and care plans",
                        "url",
                                "https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans",
                        "data_file", "timeliness_20_week.csv",
                        "covers", "series",
                        "releases",
                                List.of(Map.of(
                                        "title", "Education, health and care plans: reporting year 2025",
                                        "url",
                                                "https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans/2025",
                                        "released", "2025-06-26",
                                        "latest_period", "2024")))));
        catalogue.put(
                "indicators",
                List.of(
                        indicator(
                                TIMELINESS,
                                "New EHC plans issued within 20 weeks (excluding exceptions)",
                                "New EHC plans issued within 20 weeks of the request, excluding exceptions",
                                "New EHC plans issued in the calendar year, excluding exceptions",
                                "LA",
                                "calendar_year",
                                List.of("From 2023 SEN2 is collected person by person."),
                                List.of(
                                        Map.of(
                                                "source",
                                                "dfe_ees",
                                                "recipe",
                                                "ees_proportion",
                                                "table",
                                                "dfe_timeliness_20_week"),
                                        Map.of("source", "local_return", "recipe", "assessment_records_timeliness"))),
                        indicator(
                                WAITING,
                                "Children waiting over 18 weeks for speech and language therapy",
                                "Children on the SLT waiting list waiting over 18 weeks",
                                "Children on the SLT waiting list",
                                "ICB",
                                "month",
                                List.of("The NHS publishes waits by ICB, never by LA: LA figures are apportioned."),
                                List.of(Map.of(
                                        "source",
                                        "nhs_cwl",
                                        "recipe",
                                        "waiting_list",
                                        "table",
                                        "nhs_community_waiting_list"))),
                        indicator(
                                TRIBUNAL,
                                "SEND tribunal appeal rate",
                                "Appeals registered",
                                "Appealable decisions",
                                "joint",
                                "calendar_year",
                                List.of(),
                                List.of(Map.of(
                                        "source",
                                        "moj",
                                        "recipe",
                                        "tribunal_appeals",
                                        "table",
                                        "moj_tribunal_appeal_rate")))));
        return catalogue;
    }

    private static Map<String, Object> indicator(
            String id,
            String title,
            String numerator,
            String denominator,
            String partner,
            String periodType,
            List<String> caveats,
            List<Map<String, Object>> sources) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("id", id);
        indicator.put("title", title);
        indicator.put("numerator", numerator);
        indicator.put("denominator", denominator);
        indicator.put("unit", "percent");
        indicator.put("polarity", partner.equals("LA") ? "higher_is_better" : "lower_is_better");
        indicator.put("partner", partner);
        indicator.put(
                "pathway",
                id.equals(TIMELINESS) ? "assessment" : id.equals(WAITING) ? "health_services" : "disagreement");
        indicator.put("period_type", periodType);
        indicator.put("ci_method", "wilson");
        indicator.put("disclosure", "suppress_counts_1_to_4");
        indicator.put("caveats", caveats);
        indicator.put("breaks_in_series", id.equals(TIMELINESS) ? List.of("sen2_person_level_2023") : List.of());
        indicator.put("sources", sources);
        indicator.put("disclosureControlled", true);
        return indicator;
    }

    private static Map<String, Object> manifest(String id, int rows) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("snapshot_id", id);
        manifest.put("created_at", id.equals(FIRST_ID) ? "2026-01-01T00:00:00Z" : "2026-01-02T00:00:00Z");
        manifest.put("warehouse", "file:/test/warehouse");
        manifest.put("catalogue_version", 1);
        manifest.put("synthetic", true);
        manifest.put(
                "inputs",
                List.of(
                        Map.of(
                                "table",
                                "dfe_timeliness_20_week",
                                "ingest_run_id",
                                "20251231T000000Z-run1",
                                "synthetic",
                                true,
                                "files",
                                List.of(Map.of(
                                        "file",
                                        "ees/timeliness_20_week.csv",
                                        "sha256",
                                        "a78f749b995e69735e7c2238493b1f2838f135cec21ecea503a8e8d8479b7227",
                                        "bytes",
                                        224892,
                                        "rows_read",
                                        1135))),
                        Map.of(
                                "table",
                                "moj_tribunal_appeal_rate",
                                "ingest_run_id",
                                "20251231T000000Z-run1",
                                "synthetic",
                                true,
                                "files",
                                List.of(Map.of(
                                        "file",
                                        "moj/send_tribunals_appeal_rate_2019-2025.csv",
                                        "sha256",
                                        "22501fe49f9de9ba838c6ae1747e051839351504785ba290c63467e68a51e2e9",
                                        "bytes",
                                        27006)))));
        manifest.put("skipped", List.of());
        manifest.put("rows", rows);
        manifest.put("indicators", 3);
        manifest.put("areas", 5);
        manifest.put("periods", 3);
        manifest.put("suppressed_rows", 1);
        manifest.put("seconds", 1.5);
        manifest.put("population_mid_years", Map.of("2023", List.of(2020), "2024", List.of(2020)));
        return manifest;
    }

    /** A store over the warehouse that has looked at CURRENT once (no background poll). */
    public static SnapshotStore store(Path warehouse) {
        SnapshotStore store = new SnapshotStore(warehouse, reader(), Duration.ofSeconds(2));
        store.refresh();
        return store;
    }

    public static SnapshotReader reader() {
        return new SnapshotReader(ReferenceData::bundled);
    }

    /** Options for an app over the warehouse, on a port JavalinTest chooses. */
    public static ServerOptions options(Path warehouse) {
        return new ServerOptions(warehouse, 0, null);
    }
}
