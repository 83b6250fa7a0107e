package org.sendacc.server.indicator;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The body of {@code GET /api/indicators}: the snapshot's catalogue, each entry with the periods it has figures for. */
public record IndicatorCatalogue(
        String snapshotId, boolean synthetic, int catalogueVersion, List<IndicatorEntry> indicators) {
    public IndicatorCatalogue {
        requireNonNull(snapshotId, "snapshotId is null");
        indicators = List.copyOf(requireNonNull(indicators, "indicators is null"));
    }
}
