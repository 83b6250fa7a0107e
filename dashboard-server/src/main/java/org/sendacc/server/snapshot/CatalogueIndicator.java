package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator of the snapshot's {@code catalogue.json}: its definition, which the CSV export cites and the pages
 * show beside each figure. A source entry keeps whatever parameters its recipe has (table, columns, filters), as the
 * file writes them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueIndicator(
        @JsonProperty("id") String id,
        @JsonProperty("title") String title,
        @JsonProperty("numerator") String numerator,
        @JsonProperty("denominator") String denominator,
        @JsonProperty("unit") String unit,
        @JsonProperty("polarity") String polarity,
        @JsonProperty("partner") String partner,
        @JsonProperty("pathway") String pathway,
        @JsonProperty("family") String family,
        @JsonProperty("period_type") String periodType,
        @JsonProperty("ci_method") String ciMethod,
        @JsonProperty("disclosure") String disclosure,
        @JsonProperty("caveats") List<String> caveats,
        @JsonProperty("breaks_in_series") List<String> breaksInSeries,
        @JsonProperty("sources") List<Map<String, Object>> sources) {

    public CatalogueIndicator {
        requireNonNull(id, "id is null");
        requireNonNull(title, id + ": title is null");
        requireNonNull(numerator, id + ": numerator is null");
        requireNonNull(denominator, id + ": denominator is null");
        requireNonNull(unit, id + ": unit is null");
        requireNonNull(polarity, id + ": polarity is null");
        requireNonNull(partner, id + ": partner is null");
        family = family == null ? id : family; // a catalogue from before families: each indicator its own
        caveats = caveats == null ? List.of() : List.copyOf(caveats);
        breaksInSeries = breaksInSeries == null ? List.of() : List.copyOf(breaksInSeries);
        sources = sources == null ? List.of() : copyOfSources(sources);
    }

    /** Source entries may hold nulls and keep their written order, which {@code Map.copyOf} would not allow. */
    private static List<Map<String, Object>> copyOfSources(List<Map<String, Object>> sources) {
        List<Map<String, Object>> copies = new ArrayList<>();
        for (Map<String, Object> source : sources) {
            copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(source)));
        }
        return List.copyOf(copies);
    }

    /** The value of a source entry's {@code source} field for each entry, e.g. {@code dfe_ees}. */
    public List<String> sourceNames() {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> source : sources) {
            Object name = source.get("source");
            if (name != null) {
                names.add(name.toString());
            }
        }
        return List.copyOf(names);
    }
}
