package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import org.sendacc.contract.snapshot.AreaLevel;

/**
 * An area the snapshot has figures for, with the areas it sits in. Names come from the snapshot itself (the region's
 * and ICB footprint's own rows); DfE's old 3-digit LA number, which the snapshot does not carry, comes from the
 * reference tables.
 *
 * @param regionCode the LA's region (null for England, regions and ICB footprints)
 * @param icbCode the LA's main ICB footprint (null for England, regions and ICB footprints)
 * @param oldLaCode DfE's 3-digit LA number, null for other levels or an LA the reference tables do not know
 */
public record Area(
        String areaCode,
        String areaName,
        AreaLevel areaLevel,
        String regionCode,
        String regionName,
        String icbCode,
        String icbName,
        String oldLaCode) {
    public Area {
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(areaName, "areaName is null");
        requireNonNull(areaLevel, "areaLevel is null");
    }

    /** True for a local authority: the templates ask this rather than compare the level's name as text. */
    public boolean isLocalAuthority() {
        return areaLevel == AreaLevel.LA;
    }

    /** True for an ICB footprint, whose page is the ICB page. */
    public boolean isIcbFootprint() {
        return areaLevel == AreaLevel.ICB;
    }
}
