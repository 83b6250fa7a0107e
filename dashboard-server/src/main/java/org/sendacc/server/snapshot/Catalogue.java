package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue a snapshot was computed with ({@code catalogue.json}), in the file's order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Catalogue(
        @JsonProperty("catalogue_version") int catalogueVersion,
        @JsonProperty("indicators") List<CatalogueIndicator> indicators) {

    public Catalogue {
        indicators = List.copyOf(requireNonNull(indicators, "indicators is null"));
    }

    public Optional<CatalogueIndicator> indicator(String id) {
        requireNonNull(id, "id is null");
        return indicators.stream()
                .filter(indicator -> indicator.id().equals(id))
                .findFirst();
    }

    /** Each indicator's position in the catalogue, the order pages and profiles list them in. */
    Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        for (int index = 0; index < indicators.size(); index++) {
            positions.put(indicators.get(index).id(), index);
        }
        return Map.copyOf(positions);
    }
}
