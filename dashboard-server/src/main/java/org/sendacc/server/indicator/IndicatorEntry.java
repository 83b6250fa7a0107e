package org.sendacc.server.indicator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.server.snapshot.Period;

/**
 * One catalogue entry as {@code catalogue.json} has it, plus what the snapshot holds for it: its periods (oldest
 * first) and the sources it has rows from. The catalogue's fields are written inline, not nested.
 */
public record IndicatorEntry(@JsonUnwrapped Indicator indicator, List<Period> periods, List<String> sourcesWithRows) {
    public IndicatorEntry {
        requireNonNull(indicator, "indicator is null");
        periods = List.copyOf(requireNonNull(periods, "periods is null"));
        sourcesWithRows = List.copyOf(requireNonNull(sourcesWithRows, "sourcesWithRows is null"));
    }
}
