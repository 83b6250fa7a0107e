package org.sendacc.contract.catalogue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indicator catalogue: a versioned data file, not code. The analytics job computes what it lists and publishes it
 * beside the figures as the snapshot's {@code catalogue.json}, which the server reads back with this same record
 * (docs/snapshot.md "Catalogue").
 */
public record Catalogue(
        @JsonProperty("catalogue_version") int version,
        @JsonProperty("notes") String notes,
        @JsonProperty("publications") List<Publication> publications,
        @JsonProperty("indicators") List<Indicator> indicators)
        implements Serializable {

    public Catalogue {
        indicators = List.copyOf(requireNonNull(indicators, "indicators is null"));
        publications = publications == null ? List.of() : List.copyOf(publications); // none before citations
        Set<String> ids = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!ids.add(indicator.id())) {
                throw new CatalogueException("indicator " + indicator.id() + " is listed twice");
            }
        }
    }

    public Optional<Indicator> indicator(String id) {
        requireNonNull(id, "id is null");
        return indicators.stream()
                .filter(indicator -> indicator.id().equals(id))
                .findFirst();
    }

    /** The publication of an indicator's series from a source, if the catalogue lists one (docs/snapshot.md). */
    public Optional<Publication> publication(String indicatorId, String source) {
        return indicator(indicatorId).flatMap(indicator -> {
            String table = null;
            for (IndicatorSource entry : indicator.sources()) {
                if (source.equals(entry.source()) && entry.optionalText("table").isPresent()) {
                    table = entry.optionalText("table").get();
                }
            }
            return Publication.of(publications, source, table);
        });
    }

    /** Each indicator's position in the catalogue, the order pages and profiles list them in. */
    public Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        for (int index = 0; index < indicators.size(); index++) {
            positions.put(indicators.get(index).id(), index);
        }
        return Map.copyOf(positions);
    }
}
