package org.sendacc.server.area;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sendacc.server.snapshot.Area;

/**
 * The body of {@code GET /api/areas/{code}/profile}: the joint scorecard of one area, grouped by the partner
 * accountable for each indicator (LA, ICB, joint).
 *
 * @param period the period asked for, or null when each indicator shows its latest period
 */
public record AreaProfile(String snapshotId, boolean synthetic, Area area, String period, List<PartnerGroup> partners) {
    public AreaProfile {
        requireNonNull(snapshotId, "snapshotId is null");
        requireNonNull(area, "area is null");
        partners = List.copyOf(requireNonNull(partners, "partners is null"));
    }
}
