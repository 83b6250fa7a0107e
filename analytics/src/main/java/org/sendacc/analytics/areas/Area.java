package org.sendacc.analytics.areas;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.sendacc.contract.snapshot.AreaLevel;

/**
 * One area an indicator is computed for: England, a region, an ICB footprint or an LA (current or a predecessor), with
 * the region and main ICB footprint an LA is benchmarked against, its population aged 0 to 25 (null where our tables
 * have none of its own), and the day a new LA came into being (null for one that always existed).
 */
public record Area(
        String code,
        String name,
        AreaLevel level,
        String regionCode,
        String icbCode,
        String icbOdsCode,
        Double population0to25,
        boolean isCurrent,
        LocalDate validFrom) {
    public Area {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(level, "level is null");
    }
}
