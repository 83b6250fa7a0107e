package org.sendacc.server.area;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sendacc.server.snapshot.Area;

/** The body of {@code GET /api/areas}: every area the snapshot has figures for. */
public record AreaList(String snapshotId, boolean synthetic, List<Area> areas) {
    public AreaList {
        requireNonNull(snapshotId, "snapshotId is null");
        areas = List.copyOf(requireNonNull(areas, "areas is null"));
    }
}
