package org.sendacc.contract.snapshot;

/**
 * Where a published snapshot lives in the warehouse (docs/snapshot.md): {@code snapshots/<id>/} holds the
 * indicators table, {@code catalogue.json} and {@code manifest.json}; {@code snapshots/CURRENT} is a one-line file
 * naming the current snapshot. Unsuppressed figures go under {@code restricted/}, never under {@code snapshots/}.
 */
public final class SnapshotLayout {
    public static final String FOLDER = "snapshots";
    public static final String POINTER = "CURRENT";
    public static final String INDICATORS = "indicators";
    public static final String CATALOGUE = "catalogue.json";
    public static final String MANIFEST = "manifest.json";
    public static final String RESTRICTED = "restricted";
    public static final String RESTRICTED_INDICATORS = "indicators_unsuppressed";
    /** The breakdowns table ({@link BreakdownColumns}): figures by age, sex, ethnicity... where the file has them. */
    public static final String BREAKDOWNS = "breakdowns";
    /** The named comparison groups ({@link NamedGroup}), beside the manifest. */
    public static final String GROUPS = "groups.json";
    /** What changed since the previous current snapshot ({@link SnapshotChanges}), beside the manifest. */
    public static final String CHANGES = "changes.json";

    private SnapshotLayout() {}
}
