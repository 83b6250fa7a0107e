package org.sendacc.contract.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one published snapshot to another (docs/snapshot.md "Changes"), figure by figure, written as
 * {@code changes.json} beside the snapshot it leads to. The rules:
 *
 * <ul>
 *   <li>a period new to an indicator's series from a source is one {@code new_period} change, carrying England's
 *       figure (or the first area's, where England has none), not one per area; a period gone from a series is one
 *       {@code withdrawn} change the same way;
 *   <li>within periods both snapshots have, each area's figure is compared: its value ({@code revised}), our
 *       withholding of it ({@code newly_suppressed}, {@code released}, {@code withdrawn}) and, where the value is the
 *       same, its comparison with England ({@code category_moved});
 *   <li>ranks, quartiles, benchmarks and trends are not compared: they move when another area's figure does, and that
 *       figure's own change is listed.
 * </ul>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SnapshotChanges(
        @JsonProperty("snapshot_id") String snapshotId,
        @JsonProperty("previous_snapshot_id") String previousSnapshotId,
        @JsonProperty("changes") List<Change> changes) {
    /** Values closer than this, relative to their size, are the same figure added up in another order. */
    private static final double SAME = 1e-9;

    /** Kinds in their order, then the figure: indicator, source, period, area level and code. */
    private static final Comparator<Change> ORDER = Comparator.comparing(Change::kind)
            .thenComparing(Change::indicatorId)
            .thenComparing(Change::source)
            .thenComparing(Change::period)
            .thenComparing(Change::areaLevel)
            .thenComparing(Change::areaCode);

    public SnapshotChanges {
        requireNonNull(snapshotId, "snapshot_id is null");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** No previous snapshot: nothing to compare with. */
    public static SnapshotChanges first(String snapshotId) {
        return new SnapshotChanges(snapshotId, null, List.of());
    }

    /** The changes from the rows of snapshot {@code previousId} to those of {@code snapshotId}. */
    public static SnapshotChanges between(
            String previousId,
            Collection<? extends ComparedRow> before,
            String snapshotId,
            Collection<? extends ComparedRow> after) {
        Map<String, ComparedRow> old = new HashMap<>();
        before.forEach(row -> old.put(key(row), row));
        Map<String, ComparedRow> oldPeriods = periods(before);
        Map<String, ComparedRow> newPeriods = periods(after);

        List<Change> changes = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (ComparedRow row : after) {
            if (oldPeriods.containsKey(seriesPeriod(row))) {
                String key = key(row);
                kept.add(key);
                ComparedRow was = old.get(key);
                Change change = was == null
                        ? (hasFigure(row) ? change(row, ChangeKind.RELEASED, null, row) : null)
                        : compare(was, row);
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        for (ComparedRow row : before) {
            if (newPeriods.containsKey(seriesPeriod(row)) && !kept.contains(key(row)) && hasFigure(row)) {
                changes.add(change(row, ChangeKind.WITHDRAWN, row, null));
            }
        }
        newPeriods.forEach((period, row) -> {
            if (!oldPeriods.containsKey(period)) {
                changes.add(change(row, ChangeKind.NEW_PERIOD, null, row));
            }
        });
        oldPeriods.forEach((period, row) -> {
            if (!newPeriods.containsKey(period)) {
                changes.add(change(row, ChangeKind.WITHDRAWN, row, null));
            }
        });
        changes.sort(ORDER);
        return new SnapshotChanges(snapshotId, previousId, changes);
    }

    /** Each series period's representative row: England's, or the first area's in level and code order. */
    private static Map<String, ComparedRow> periods(Collection<? extends ComparedRow> rows) {
        Comparator<ComparedRow> first =
                Comparator.comparing(ComparedRow::areaLevel).thenComparing(ComparedRow::areaCode);
        Map<String, ComparedRow> periods = new LinkedHashMap<>();
        for (ComparedRow row : rows) {
            periods.merge(seriesPeriod(row), row, (a, b) -> first.compare(a, b) <= 0 ? a : b);
        }
        return periods;
    }

    /** The change to one figure within a period both snapshots have, or null for none. */
    private static Change compare(ComparedRow was, ComparedRow now) {
        if (!was.suppressed() && now.suppressed()) {
            return change(now, ChangeKind.NEWLY_SUPPRESSED, was, now);
        }
        if (was.value() != null && !was.suppressed() && now.value() == null && !now.suppressed()) {
            return change(now, ChangeKind.WITHDRAWN, was, now);
        }
        if ((was.value() == null || was.suppressed()) && hasFigure(now)) {
            return change(now, ChangeKind.RELEASED, was, now);
        }
        if (was.value() == null || now.value() == null) {
            return null;
        }
        double a = was.value();
        double b = now.value();
        if (Math.abs(a - b) > SAME * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
            return change(now, ChangeKind.REVISED, was, now);
        }
        if (!Objects.equals(was.comparisonEngland(), now.comparisonEngland())) {
            return change(now, ChangeKind.CATEGORY_MOVED, was, now);
        }
        return null;
    }

    private static boolean hasFigure(ComparedRow row) {
        return row.value() != null && !row.suppressed();
    }

    private static Change change(ComparedRow row, ChangeKind kind, ComparedRow was, ComparedRow now) {
        return new Change(
                row.areaCode(),
                row.areaName(),
                row.areaLevel(),
                row.indicatorId(),
                row.source(),
                row.period(),
                row.periodLabel(),
                kind,
                was == null ? null : was.value(),
                now == null ? null : now.value(),
                was == null ? null : was.comparisonEngland(),
                now == null ? null : now.comparisonEngland());
    }

    private static String seriesPeriod(ComparedRow row) {
        return row.indicatorId() + '\u0000' + row.source() + '\u0000' + row.period();
    }

    private static String key(ComparedRow row) {
        return seriesPeriod(row) + '\u0000' + row.areaCode();
    }
}
