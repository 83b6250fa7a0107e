package org.sendacc.server.area;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.server.snapshot.IndicatorRow;

/**
 * One indicator of an area profile: what the pages need to label it, and the area's rows (one per source), each with
 * its England, region, ICB and neighbour benchmarks and comparisons.
 */
public record ProfileIndicator(
        String indicatorId, String title, Unit unit, Polarity polarity, List<IndicatorRow> rows) {
    public ProfileIndicator {
        requireNonNull(indicatorId, "indicatorId is null");
        requireNonNull(title, "title is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(polarity, "polarity is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }
}
