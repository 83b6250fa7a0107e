package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.contract.snapshot.NamedGroup;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.contract.snapshot.SnapshotLayout;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.DaemonThreads;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;

/**
 * Reads a published snapshot (docs/snapshot.md) from a warehouse folder into memory: the indicators table with Apache
 * Parquet's own reader ({@link IndicatorParquetFile}; no Spark, no Hadoop file system), {@code catalogue.json} and
 * {@code manifest.json} with Jackson, and the list of areas.
 *
 * <p>A snapshot that breaks the contract (a missing column or file, an empty column that is always filled, rows of an
 * indicator the catalogue lacks, a manifest for another snapshot) is rejected whole, with a message naming the file
 * and what is wrong, so that the server keeps answering from the snapshot it had.
 */
public final class SnapshotReader {

    /** What a snapshot id may look like: it becomes a folder name, so no separators and no leading dot. */
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Supplier<ReferenceData> reference;
    private final ObjectMapper json;

    /**
     * @param reference the reference tables, for the old 3-digit LA numbers that the snapshot does not carry; asked
     *     for on the first read, so that loading them is part of loading the first snapshot, off the main thread
     */
    public SnapshotReader(Supplier<ReferenceData> reference) {
        this.reference = requireNonNull(reference, "reference is null");
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The folder that holds a warehouse's snapshots and its {@code CURRENT} pointer. */
    public static Path snapshotsFolder(Path warehouse) {
        return warehouse.resolve(SnapshotLayout.FOLDER);
    }

    /** The id named by the warehouse's {@code snapshots/CURRENT}, or empty if nothing has been published yet. */
    public Optional<String> currentId(Path warehouse) {
        Path pointer = snapshotsFolder(warehouse).resolve(SnapshotLayout.POINTER);
        String content;
        try {
            content = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new DashboardException(
                    ErrorCategory.UNAVAILABLE, "cannot read " + pointer + ": " + e.getMessage(), e);
        }
        if (!SNAPSHOT_ID.matcher(content).matches()) {
            throw new DashboardException(
                    ErrorCategory.INVALID_SNAPSHOT,
                    pointer + " does not name a snapshot: " + DashboardException.quote(content));
        }
        return Optional.of(content);
    }

    /** Reads the whole snapshot with this id; nothing of it is visible to anyone until this returns. */
    public Snapshot read(Path warehouse, String snapshotId) {
        requireNonNull(warehouse, "warehouse is null");
        requireNonNull(snapshotId, "snapshotId is null");
        if (!SNAPSHOT_ID.matcher(snapshotId).matches()) {
            throw new DashboardException(
                    ErrorCategory.INVALID_SNAPSHOT, "not a snapshot id: " + DashboardException.quote(snapshotId));
        }
        Path folder = snapshotsFolder(warehouse).resolve(snapshotId);
        // The JSON files and the reference tables are read on a second thread while this one reads the Parquet: at
        // start-up each costs its libraries' first use, and the machine has a second core.
        FutureTask<Described> described = new FutureTask<>(() -> new Described(
                readJson(folder.resolve(SnapshotLayout.MANIFEST), Manifest.class),
                readJson(folder.resolve(SnapshotLayout.CATALOGUE), Catalogue.class),
                // a snapshot published before changes were recorded has none
                Files.exists(folder.resolve(SnapshotLayout.CHANGES))
                        ? readJson(folder.resolve(SnapshotLayout.CHANGES), SnapshotChanges.class)
                        : SnapshotChanges.first(snapshotId),
                // a snapshot published before named groups were has none
                Files.exists(folder.resolve(SnapshotLayout.GROUPS))
                        ? List.of(readJson(folder.resolve(SnapshotLayout.GROUPS), NamedGroup[].class))
                        : List.<NamedGroup>of(),
                reference.get()));
        DaemonThreads.start("snapshot-json", described);
        // the breakdowns (the larger table) on a third thread: at start-up most of a read is the code's first use
        FutureTask<Map<String, Map<String, List<BreakdownRow>>>> breakdownsRead =
                new FutureTask<>(() -> Snapshot.indexBreakdowns(readBreakdowns(folder)));
        DaemonThreads.start("snapshot-breakdowns", breakdownsRead);
        List<IndicatorRow> rows = new ArrayList<>();
        for (Path file : parquetFiles(folder.resolve(SnapshotLayout.INDICATORS))) {
            IndicatorParquetFile.read(file, rows);
        }
        Described description = result(described, "JSON files");
        Manifest manifest = description.manifest();
        Catalogue catalogue = description.catalogue();
        if (!manifest.snapshotId().equals(snapshotId)) {
            throw invalid(folder.resolve(SnapshotLayout.MANIFEST) + " is for snapshot " + manifest.snapshotId()
                    + ", not " + snapshotId);
        }
        Set<String> catalogued = new HashSet<>();
        catalogue.indicators().forEach(indicator -> catalogued.add(indicator.id()));
        for (IndicatorRow row : rows) {
            if (!row.snapshotId().equals(snapshotId)) {
                throw invalid("a row of snapshot " + snapshotId + " says snapshot_id " + row.snapshotId());
            }
            if (!catalogued.contains(row.indicatorId())) {
                throw invalid("indicator " + row.indicatorId() + " has rows in snapshot " + snapshotId
                        + " but is not in its catalogue.json");
            }
        }
        if (!description.changes().snapshotId().equals(snapshotId)) {
            throw invalid(folder.resolve(SnapshotLayout.CHANGES) + " is for snapshot "
                    + description.changes().snapshotId() + ", not " + snapshotId);
        }
        // the indicators' indexes are built while the breakdowns may still be read and indexed on their thread
        return new Snapshot(
                snapshotId,
                manifest,
                catalogue,
                rows,
                areas(rows, description.reference()),
                description.changes(),
                () -> result(breakdownsRead, "breakdowns"),
                description.groups());
    }

    /**
     * The unsuppressed indicators of a snapshot ({@code restricted/indicators_unsuppressed/<id>/}), for a partner's own
     * view of its own area (docs/security.md, "Restricted figures"); empty when the snapshot has none. Never part of
     * the snapshot the public pages serve.
     */
    public List<IndicatorRow> readRestricted(Path warehouse, String snapshotId) {
        if (!SNAPSHOT_ID.matcher(snapshotId).matches()) {
            throw invalid("not a snapshot id: " + DashboardException.quote(snapshotId));
        }
        Path folder = warehouse
                .resolve(SnapshotLayout.RESTRICTED)
                .resolve(SnapshotLayout.RESTRICTED_INDICATORS)
                .resolve(snapshotId);
        List<IndicatorRow> rows = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            for (Path file : parquetFiles(folder)) {
                IndicatorParquetFile.read(file, rows);
            }
        }
        return rows;
    }

    private static List<BreakdownRow> readBreakdowns(Path folder) {
        // a snapshot published before breakdowns were has none
        List<BreakdownRow> breakdowns = new ArrayList<>();
        Path breakdownFolder = folder.resolve(SnapshotLayout.BREAKDOWNS);
        if (Files.isDirectory(breakdownFolder)) {
            for (Path file : parquetFiles(breakdownFolder)) {
                BreakdownParquetFile.read(file, breakdowns);
            }
        }
        return breakdowns;
    }

    /** What a task read on its own thread; its failure is this read's, as if it had been read here. */
    private static <T> T result(FutureTask<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw invalid("interrupted while reading the snapshot's " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw invalid("cannot read the snapshot's " + what + ": " + e.getCause(), e.getCause());
        }
    }

    /** What the snapshot's JSON files and the reference tables say, read beside the Parquet. */
    private record Described(
            Manifest manifest,
            Catalogue catalogue,
            SnapshotChanges changes,
            List<NamedGroup> groups,
            ReferenceData reference) {}

    private <T> T readJson(Path file, Class<T> type) {
        try {
            return json.readValue(file.toFile(), type);
        } catch (IOException | RuntimeException e) {
            throw invalid("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> parquetFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.parquet")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                // Spark's writers leave checksums and markers beside the data, hidden by a leading dot or underscore.
                if (!name.startsWith(".") && !name.startsWith("_")) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw invalid("cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw invalid(folder + " holds no Parquet file");
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /** The areas with rows, each with its region and ICB footprint, in listing order. */
    private static List<Area> areas(List<IndicatorRow> rows, ReferenceData reference) {
        Map<String, IndicatorRow> firstRowByArea = new LinkedHashMap<>();
        Map<String, String> regionCodeByArea = new HashMap<>();
        Map<String, String> icbCodeByArea = new HashMap<>();
        for (IndicatorRow row : rows) {
            firstRowByArea.putIfAbsent(row.areaCode(), row);
            if (row.regionCode() != null) {
                regionCodeByArea.putIfAbsent(row.areaCode(), row.regionCode());
            }
            if (row.icbCode() != null) {
                icbCodeByArea.putIfAbsent(row.areaCode(), row.icbCode());
            }
        }
        List<Area> areas = new ArrayList<>();
        for (IndicatorRow row : firstRowByArea.values()) {
            String code = row.areaCode();
            boolean isLa = row.areaLevel() == AreaLevel.LA;
            Optional<LocalAuthority> authority =
                    isLa ? reference.localAuthority(code) : Optional.<LocalAuthority>empty();
            String regionCode = isLa ? regionCodeByArea.get(code) : null;
            String icbCode = isLa ? icbCodeByArea.get(code) : null;
            String regionName = regionCode == null ? null : nameOf(firstRowByArea, regionCode);
            if (regionName == null && authority.isPresent()) {
                regionName = authority.get().regionName();
            }
            areas.add(new Area(
                    code,
                    row.areaName(),
                    row.areaLevel(),
                    regionCode,
                    regionName,
                    icbCode,
                    icbCode == null ? null : nameOf(firstRowByArea, icbCode),
                    authority.map(LocalAuthority::oldLaCode).orElse(null)));
        }
        areas.sort(Comparator.comparing(Area::areaLevel)
                .thenComparing(Area::areaName)
                .thenComparing(Area::areaCode));
        return List.copyOf(areas);
    }

    private static String nameOf(Map<String, IndicatorRow> firstRowByArea, String code) {
        IndicatorRow row = firstRowByArea.get(code);
        return row == null ? null : row.areaName();
    }

    private static DashboardException invalid(String message) {
        return new DashboardException(ErrorCategory.INVALID_SNAPSHOT, message);
    }

    private static DashboardException invalid(String message, Throwable cause) {
        return new DashboardException(ErrorCategory.INVALID_SNAPSHOT, message, cause);
    }
}
