package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.contract.snapshot.NamedGroup;
import org.sendacc.contract.snapshot.SnapshotChanges;

/**
 * One published snapshot held in memory, whole and immutable, with the indexes the routes look things up by: rows by
 * indicator and period, rows by area and period, each series in period order, the areas, and the catalogue. Built
 * once when the snapshot is loaded so that no request scans every row.
 */
public final class Snapshot {
    private static final Comparator<IndicatorRow> BY_PERIOD =
            Comparator.comparing(IndicatorRow::periodStart).thenComparing(IndicatorRow::period);

    private final String id;
    private final Manifest manifest;
    /** The day the snapshot was made, read from the manifest once: every dated page line asks for it. */
    private final java.time.LocalDate day;

    private final SnapshotChanges changes;
    private final Catalogue catalogue;
    private final List<IndicatorRow> rows;
    /** Breakdown rows by area, then by indicator. */
    private final Map<String, Map<String, List<BreakdownRow>>> breakdownsByAreaAndIndicator;

    private final List<NamedGroup> groups;
    private final List<Area> areas;
    private final Map<String, Area> areasByCode;
    private final Map<String, Map<String, List<IndicatorRow>>> rowsByIndicatorAndPeriod;
    private final Map<String, Map<String, List<IndicatorRow>>> rowsByAreaAndPeriod;
    private final Map<String, List<IndicatorRow>> latestRowsByArea;
    private final Map<String, List<Period>> periodsByIndicator;
    private final Map<String, List<String>> sourcesByIndicator;
    private final Map<String, List<IndicatorRow>> series;
    private final Set<String> periods;

    /**
     * Indexes the rows of a snapshot. Its breakdowns ({@link #indexBreakdowns}) may still be being read and indexed on
     * another thread: the indicators' indexes are built first, and {@code breakdowns} is asked for last
     * (docs/performance.md, "Equal work, and the start again").
     *
     * @param areas every area with a row, in listing order (see {@link SnapshotReader})
     */
    public Snapshot(
            String id,
            Manifest manifest,
            Catalogue catalogue,
            List<IndicatorRow> rows,
            List<Area> areas,
            SnapshotChanges changes,
            Supplier<Map<String, Map<String, List<BreakdownRow>>>> breakdowns,
            List<NamedGroup> groups) {
        this.id = requireNonNull(id, "id is null");
        this.manifest = requireNonNull(manifest, "manifest is null");
        this.day = dayOf(manifest);
        this.changes = requireNonNull(changes, "changes is null");
        this.groups = List.copyOf(requireNonNull(groups, "groups is null"));
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.areas = List.copyOf(requireNonNull(areas, "areas is null"));
        Map<String, Integer> positions = catalogue.positions();
        Map<String, Map<String, Integer>> sourceOrder = sourceOrder(catalogue);
        Comparator<IndicatorRow> bySource = (left, right) -> {
            int order = Integer.compare(sourcePosition(sourceOrder, left), sourcePosition(sourceOrder, right));
            return order != 0 ? order : left.source().compareTo(right.source());
        };
        // Benchmarks first, then ICB footprints and LAs; within a level by code; then in the catalogue's source order.
        Comparator<IndicatorRow> listing = (left, right) -> {
            int order = left.areaLevel().compareTo(right.areaLevel());
            if (order == 0) {
                order = left.areaCode().compareTo(right.areaCode());
            }
            return order != 0 ? order : bySource.compare(left, right);
        };
        Comparator<IndicatorRow> catalogueOrder = (left, right) -> {
            int order = Integer.compare(
                    positions.getOrDefault(left.indicatorId(), Integer.MAX_VALUE),
                    positions.getOrDefault(right.indicatorId(), Integer.MAX_VALUE));
            if (order == 0) {
                order = left.indicatorId().compareTo(right.indicatorId());
            }
            return order != 0 ? order : bySource.compare(left, right);
        };
        this.rows = List.copyOf(requireNonNull(rows, "rows is null"));

        Map<String, Area> byCode = new HashMap<>();
        for (Area area : this.areas) {
            byCode.put(area.areaCode(), area);
        }
        this.areasByCode = Map.copyOf(byCode);

        Map<String, Map<String, List<IndicatorRow>>> byIndicator = new HashMap<>();
        Map<String, Map<String, List<IndicatorRow>>> byArea = new HashMap<>();
        Map<String, List<IndicatorRow>> bySeries = new HashMap<>();
        Map<String, Map<String, Period>> indicatorPeriods = new HashMap<>();
        Map<String, Set<String>> indicatorSources = new HashMap<>();
        Set<String> allPeriods = new LinkedHashSet<>();
        for (IndicatorRow row : this.rows) {
            byIndicator
                    .computeIfAbsent(row.indicatorId(), key -> new HashMap<>())
                    .computeIfAbsent(row.period(), key -> new ArrayList<>())
                    .add(row);
            byArea.computeIfAbsent(row.areaCode(), key -> new HashMap<>())
                    .computeIfAbsent(row.period(), key -> new ArrayList<>())
                    .add(row);
            bySeries.computeIfAbsent(row.seriesKey(), key -> new ArrayList<>()).add(row);
            indicatorPeriods
                    .computeIfAbsent(row.indicatorId(), key -> new HashMap<>())
                    .putIfAbsent(row.period(), Period.of(row));
            indicatorSources
                    .computeIfAbsent(row.indicatorId(), key -> new LinkedHashSet<>())
                    .add(row.source());
            allPeriods.add(row.period());
        }
        this.rowsByIndicatorAndPeriod = freeze(byIndicator, listing);
        this.rowsByAreaAndPeriod = freeze(byArea, catalogueOrder);
        Map<String, List<IndicatorRow>> frozenSeries = new HashMap<>();
        bySeries.forEach((key, list) -> {
            list.sort(BY_PERIOD);
            frozenSeries.put(key, List.copyOf(list));
        });
        this.series = Map.copyOf(frozenSeries);
        this.latestRowsByArea = latestRowsByArea(frozenSeries, catalogueOrder);
        Map<String, List<Period>> sortedPeriods = new HashMap<>();
        indicatorPeriods.forEach((indicator, byPeriod) -> {
            List<Period> list = new ArrayList<>(byPeriod.values());
            list.sort(Comparator.comparing(Period::periodStart).thenComparing(Period::period));
            sortedPeriods.put(indicator, List.copyOf(list));
        });
        this.periodsByIndicator = Map.copyOf(sortedPeriods);
        Map<String, List<String>> sources = new HashMap<>();
        indicatorSources.forEach((indicator, names) -> {
            List<String> ordered = new ArrayList<>(names);
            Map<String, Integer> order = sourceOrder.getOrDefault(indicator, Map.of());
            // Catalogue order first; a source the catalogue does not name keeps its first-seen place after them.
            ordered.sort(Comparator.comparing((String name) -> order.getOrDefault(name, Integer.MAX_VALUE)));
            sources.put(indicator, List.copyOf(ordered));
        });
        this.sourcesByIndicator = Map.copyOf(sources);
        this.periods = Collections.unmodifiableSet(allPeriods);
        this.breakdownsByAreaAndIndicator = requireNonNull(breakdowns.get(), "breakdowns are null");
    }

    /** Breakdown rows by area, then by indicator, each list in the order read. */
    public static Map<String, Map<String, List<BreakdownRow>>> indexBreakdowns(List<BreakdownRow> breakdowns) {
        Map<String, Map<String, List<BreakdownRow>>> index = new HashMap<>();
        for (BreakdownRow row : requireNonNull(breakdowns, "breakdowns is null")) {
            index.computeIfAbsent(row.areaCode(), key -> new HashMap<>())
                    .computeIfAbsent(row.indicatorId(), key -> new ArrayList<>())
                    .add(row);
        }
        Map<String, Map<String, List<BreakdownRow>>> frozen = new HashMap<>();
        index.forEach((area, byIndicator) -> {
            Map<String, List<BreakdownRow>> lists = new HashMap<>();
            byIndicator.forEach((indicator, list) -> lists.put(indicator, List.copyOf(list)));
            frozen.put(area, Map.copyOf(lists));
        });
        return Map.copyOf(frozen);
    }

    private static int sourcePosition(Map<String, Map<String, Integer>> sourceOrder, IndicatorRow row) {
        Map<String, Integer> sources = sourceOrder.get(row.indicatorId());
        Integer position = sources == null ? null : sources.get(row.source());
        return position == null ? Integer.MAX_VALUE : position;
    }

    /** Each indicator's sources, numbered in the catalogue's order. */
    private static Map<String, Map<String, Integer>> sourceOrder(Catalogue catalogue) {
        Map<String, Map<String, Integer>> order = new HashMap<>();
        for (Indicator indicator : catalogue.indicators()) {
            List<String> names = indicator.sourceNames();
            Map<String, Integer> numbers = new HashMap<>();
            for (int index = 0; index < names.size(); index++) {
                numbers.putIfAbsent(names.get(index), index);
            }
            order.put(indicator.id(), numbers);
        }
        return order;
    }

    private static Map<String, Map<String, List<IndicatorRow>>> freeze(
            Map<String, Map<String, List<IndicatorRow>>> index, Comparator<IndicatorRow> order) {
        Map<String, Map<String, List<IndicatorRow>>> frozen = new HashMap<>();
        index.forEach((key, byPeriod) -> {
            Map<String, List<IndicatorRow>> periods = new HashMap<>();
            byPeriod.forEach((period, list) -> {
                list.sort(order);
                periods.put(period, List.copyOf(list));
            });
            frozen.put(key, Map.copyOf(periods));
        });
        return Map.copyOf(frozen);
    }

    /** Each area's latest row of every series it has, in catalogue order: the default area profile. */
    private static Map<String, List<IndicatorRow>> latestRowsByArea(
            Map<String, List<IndicatorRow>> series, Comparator<IndicatorRow> order) {
        Map<String, List<IndicatorRow>> latest = new HashMap<>();
        for (List<IndicatorRow> rows : series.values()) {
            IndicatorRow last = rows.get(rows.size() - 1);
            latest.computeIfAbsent(last.areaCode(), key -> new ArrayList<>()).add(last);
        }
        Map<String, List<IndicatorRow>> frozen = new HashMap<>();
        latest.forEach((area, rows) -> {
            rows.sort(order);
            frozen.put(area, List.copyOf(rows));
        });
        return Map.copyOf(frozen);
    }

    public String id() {
        return id;
    }

    /** The named comparison groups, in the order loaded. */
    public List<NamedGroup> groups() {
        return groups;
    }

    public Optional<NamedGroup> group(String id) {
        return groups.stream().filter(group -> group.id().equals(id)).findFirst();
    }

    /** An area's breakdowns of an indicator, every period and source, in the table's order (none if it has none). */
    public List<BreakdownRow> breakdowns(String areaCode, String indicatorId) {
        return breakdownsByAreaAndIndicator.getOrDefault(areaCode, Map.of()).getOrDefault(indicatorId, List.of());
    }

    /** An area's breakdowns of an indicator in one period: the one asked, or the latest with breakdowns. */
    public List<BreakdownRow> breakdowns(String areaCode, String indicatorId, Optional<String> period) {
        List<BreakdownRow> all = breakdowns(areaCode, indicatorId);
        Optional<String> chosen = period.isPresent()
                ? period
                : all.stream().map(BreakdownRow::period).max(String::compareTo);
        return chosen.map(
                        p -> all.stream().filter(row -> row.period().equals(p)).toList())
                .orElse(List.of());
    }

    /** What changed since the snapshot that was current when this one was published (none for the first). */
    public SnapshotChanges changes() {
        return changes;
    }

    public Manifest manifest() {
        return manifest;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** True when the figures come from the synthetic sample (the manifest says so). */
    public boolean isSynthetic() {
        return manifest.synthetic();
    }

    /** Every row, in the order the files hold them. */
    public List<IndicatorRow> rows() {
        return rows;
    }

    /** Every area with a row: England, regions, ICB footprints, LAs, each by name. */
    public List<Area> areas() {
        return areas;
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(areasByCode.get(code));
    }

    public Optional<Indicator> indicator(String id) {
        return catalogue.indicator(id);
    }

    /** The periods the indicator has rows for, oldest first; empty for an indicator without rows. */
    public List<Period> periods(String indicatorId) {
        return periodsByIndicator.getOrDefault(indicatorId, List.of());
    }

    /** The sources the indicator has rows from, in the catalogue's order. */
    public List<String> sources(String indicatorId) {
        return sourcesByIndicator.getOrDefault(indicatorId, List.of());
    }

    /** True when some indicator has rows for this period. */
    public boolean hasPeriod(String period) {
        return periods.contains(period);
    }

    /** Every area's rows for one indicator and period (all sources): England, regions, ICB footprints, LAs. */
    public List<IndicatorRow> rows(String indicatorId, String period) {
        return rowsByIndicatorAndPeriod.getOrDefault(indicatorId, Map.of()).getOrDefault(period, List.of());
    }

    /** One area's rows for a period, every indicator and source, in catalogue order. */
    public List<IndicatorRow> areaRows(String areaCode, String period) {
        return rowsByAreaAndPeriod.getOrDefault(areaCode, Map.of()).getOrDefault(period, List.of());
    }

    /** One area's latest row of every series (indicator and source) it has, in catalogue order. */
    public List<IndicatorRow> latestAreaRows(String areaCode) {
        return latestRowsByArea.getOrDefault(areaCode, List.of());
    }

    /** Every period of a row's series (same indicator, source and area), oldest first. */
    public List<IndicatorRow> series(IndicatorRow row) {
        return series.getOrDefault(row.seriesKey(), List.of(row));
    }

    /** Every period of one area's series of an indicator from one source, oldest first; empty when there is none. */
    public List<IndicatorRow> series(String indicatorId, String source, String areaCode) {
        return series.getOrDefault(IndicatorRow.seriesKey(indicatorId, source, areaCode), List.of());
    }

    /** The row of the period before this one in its series, if there is one. */
    public Optional<IndicatorRow> previousInSeries(IndicatorRow row) {
        List<IndicatorRow> rows = series(row);
        int index = rows.indexOf(row);
        return index > 0 ? Optional.of(rows.get(index - 1)) : Optional.empty();
    }

    /**
     * The measured row behind a row: the row itself, or for an estimate (an LA's share of figures measured per ICB) the
     * row of the ICB footprint it was shared out from (the LA's main ICB), in the same period; empty when that ICB has
     * no row. Pages and findings state an ICB's figure as the ICB's, never as the LA's (docs/snapshot.md "Estimates").
     */
    public Optional<IndicatorRow> measured(IndicatorRow row) {
        if (!row.isEstimate()) {
            return Optional.of(row);
        }
        if (row.icbCode() == null) {
            return Optional.empty();
        }
        return series(row.indicatorId(), row.source(), row.icbCode()).stream()
                .filter(candidate -> candidate.period().equals(row.period()))
                .findFirst();
    }

    /** The day the snapshot was made (UTC), from its manifest; null where the manifest's time cannot be read. */
    public java.time.LocalDate day() {
        return day;
    }

    private static java.time.LocalDate dayOf(Manifest manifest) {
        try {
            return java.time.Instant.parse(manifest.createdAt())
                    .atZone(java.time.ZoneOffset.UTC)
                    .toLocalDate();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
