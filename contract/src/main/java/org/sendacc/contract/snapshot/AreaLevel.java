package org.sendacc.contract.snapshot;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The geographic level of an area, with the name the snapshot's {@code area_level} column uses and the label of the DfE
 * open data standard's {@code geographic_level} column. ICB footprints are not a DfE level, so they carry our own
 * label. The declaration order is the order areas are listed in: England, regions, ICB footprints, LAs.
 */
public enum AreaLevel {
    ENGLAND("england", "National"),
    REGION("region", "Regional"),
    ICB("icb", "ICB footprint"),
    LA("la", "Local authority");

    /** England's GSS code, the one area of its level. */
    public static final String ENGLAND_CODE = "E92000001";

    private final String snapshotName;
    private final String geographicLevel;

    AreaLevel(String snapshotName, String geographicLevel) {
        this.snapshotName = snapshotName;
        this.geographicLevel = geographicLevel;
    }

    /** The value of the snapshot's {@code area_level} column, also used in JSON. */
    @JsonValue
    public String snapshotName() {
        return snapshotName;
    }

    /** The value of the open data standard's {@code geographic_level} column. */
    public String geographicLevel() {
        return geographicLevel;
    }

    public static Optional<AreaLevel> fromSnapshotName(String name) {
        for (AreaLevel level : values()) {
            if (level.snapshotName.equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
