package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.catalogue.Publication;

/** The catalogue a snapshot was computed with ({@code catalogue.json}), in the file's order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Catalogue(
        @JsonProperty("catalogue_version") int catalogueVersion,
        @JsonProperty("publications") List<Publication> publications,
        @JsonProperty("indicators") List<CatalogueIndicator> indicators) {

    public Catalogue {
        indicators = List.copyOf(requireNonNull(indicators, "indicators is null"));
        publications = publications == null ? List.of() : List.copyOf(publications); // none before citations
    }

    /** The publication of an indicator's series from a source, if the catalogue lists one (docs/snapshot.md). */
    public Optional<Publication> publication(String indicatorId, String source) {
        return indicator(indicatorId).flatMap(indicator -> {
            String table = null;
            for (Map<String, Object> entry : indicator.sources()) {
                if (source.equals(entry.get("source")) && entry.get("table") != null) {
                    table = entry.get("table").toString();
                }
            }
            return Publication.of(publications, source, table);
        });
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
